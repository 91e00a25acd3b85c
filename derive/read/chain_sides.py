"""A chain's side read as TeX reads it, and refused where a reader could read it two ways: a sum followed by terms
that use its index, which no other side keeps free (``J(\\theta) = -\\frac{1}{m} \\sum_i y^{(i)} \\log h + (1 - y^{(i)})
\\log (1 - h)``), is the sum over the first term with i free in the rest (TeX), or over every term (as a definition
of it is read, ``derive.read.sum_reach``): both are named. A side that stands for a name whose definition could not
be read is refused too (``derive.read.unread_names``)."""

from __future__ import annotations

from sympy import Expr

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.sum_reach import extend_sum
from derive.read.unread_names import refuse_unread_names


def read_side_expression(side: list[Token], names: Names, line: int) -> tuple[Expr, tuple[Expr, ...]]:
    """``read_expression`` of a chain's side; refused where its sum's reach reads two ways, or where it stands for a
    name whose definition is unread."""
    keep = {*names.declared_indices, *(str(index) for index in names.kept_free)}
    if extend_sum(side, keep) != side:
        sums = [t for t in side if (t.kind, t.value) == ("command", "sum")]
        raise InputError(
            f"line {sums[0].line if sums else line}: the sum is followed by terms that use its index, free on no other "
            "side: read two ways, the sum of its first term with the index free in the others (as TeX reads it), or "
            "the sum of every term; write the sum's terms in parentheses, \\sum_i \\left( … \\right)"
        )
    expr, nonzero = read_expression(side, names, line)
    refuse_unread_names(expr, names, line)
    return expr, nonzero


__all__ = ["read_side_expression"]
