"""Numbered entries on a page whose sums count from 0 (a generic neuron's ``\\sum_{i=0}^N x_i w_i``, the bias trick's
x_0 = 1). The entry x_1 of a vector counted from 0 is the entry 1 later in derive's count from 1, or the page counts
x from 1 after all: two readings, refused. One such sum had made every numbered entry of the page unreadable (a
backprop page's w_1, r_1, b_1 of other vectors). Only the vectors the page counts from 0 are so: those a sum from 0
indexes (each name its display writes with that sum's index), those written with the entry 0, and those a
definition of one of them is made of (p_i = e^{z_i}/…: z counted as p is), found from the page's text before
anything reads it (``sum_lengths.zero_based``). Any other vector's entries count from 1, as the page writes them;
an entry derive cannot tie to a vector (a Kronecker delta's, an array's, a sum's bound), or the length as an
entry, stays refused."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import Names


def refuse_zero_count(names: Names, token: Token, vector: str | None) -> None:
    """Refuse the entry ``token`` (a number, or the length's letter) of ``vector`` (None: of no one vector) where the
    page counts that vector from 0, naming both readings."""
    if 0 not in names.bases or (token.kind != "number" and token.value != names.length_name):
        return
    counted = names.zero_based
    if token.kind == "number" and vector is not None and counted is not None and vector not in counted:
        return  # r_1, where the page counts r from 1
    raise ambiguous(
        token,
        f"the entry {token.value} on a page whose sums count from 0 (line {names.bases[0]})",
        "counted from 0 as those sums count, the entry 1 later in a count from 1",
        "counted from 1 as the page's lengths are (write every sum from 1, \\sum_{i=1}^{n})",
    )


__all__ = ["refuse_zero_count"]
