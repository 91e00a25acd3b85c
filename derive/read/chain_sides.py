"""A chain's side read as its reader reads it, beyond TeX's tokens: a sum whose index the terms after it use, and
that no other side keeps free, reaches over them (``derive.read.sum_reach``, as in a definition: the page's
``J(\\theta) = -\\frac{1}{m} \\sum_i y^{(i)} \\log h + (1 - y^{(i)}) \\log (1 - h)`` restated its definition, and
TeX's reading left i free on one side, refuted at i = 2); and a side that stands for a name whose definition could
not be read is refused (``derive.read.unread_names``)."""

from __future__ import annotations

from sympy import Expr

from derive.read.latex_lexer import Token
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.sum_reach import extend_sum
from derive.read.unread_names import refuse_unread_names


def read_side_expression(side: list[Token], names: Names, line: int) -> tuple[Expr, tuple[Expr, ...]]:
    """``read_expression`` of a chain's side, its sum's reach as in a definition, refused where it stands for a
    name whose definition is unread."""
    keep = {*names.declared_indices, *(str(index) for index in names.kept_free)}
    expr, nonzero = read_expression(extend_sum(side, keep), names, line)
    refuse_unread_names(expr, names, line)
    return expr, nonzero


__all__ = ["read_side_expression"]
