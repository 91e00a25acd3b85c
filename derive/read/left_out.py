"""A sum that leaves out an index standing nowhere else (``\\sum_{i \\neq j}`` with j in no other place): a sum at
one j, or the double sum over every pair i ≠ j? Found in a link's sides (``derive.read.pair_sums``) and in a
definition's body (``derive.read.declarations``), each refused where it reads two ways."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Dummy, Expr, Symbol

from derive.model.notation import SumExcept, used_symbols


def left_out_alone(exprs: Sequence[Basic], fixed: set[Basic]) -> tuple[str, str] | None:
    """(the sum's index, the index it leaves out) of a sum in ``exprs`` whose left-out index is free there only
    (not summed around it, not elsewhere in ``exprs``, not in ``fixed``: a case, a parameter), else None."""
    sides = [expr for expr in exprs if isinstance(expr, Expr)]
    sums = [s for side in sides for s in side.atoms(SumExcept)]
    for found in sums:
        left_out = found.excluded
        if not isinstance(left_out, Symbol) or "_" in str(left_out):
            continue  # \\sum_{j \\neq y_i}: the label of example i, a value no sum runs over
        if left_out in fixed or not any(left_out in used_symbols(side) for side in sides):
            continue  # a case or a parameter fixes it; or a sum around it binds it: the double sum, written
        without = {s: Dummy() for s in sums if s.excluded == left_out}
        if not any(left_out in used_symbols(side.xreplace(without)) for side in sides):
            return str(found.variable), str(left_out)
    return None


def two_ways(index: str, left_out: str) -> str:
    """The refusal's words: both readings, and how to write the pairs."""
    return (
        f"\\sum_{{{index} \\neq {left_out}}} with {left_out} nowhere else can be read two ways: a sum over {index} at "
        f"one {left_out}, a free index, or the double sum over every pair {index} \\neq {left_out} (write "
        f"\\sum_{{{left_out}}} \\sum_{{{index} \\neq {left_out}}} for the pairs)"
    )
