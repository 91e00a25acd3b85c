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
from derive.read.shapes import Shaped
from derive.read.sum_reach import extend_sum
from derive.read.unread_names import refuse_unread_names


def read_side_expression(side: list[Token], names: Names, line: int) -> tuple[Expr, tuple[Expr, ...]]:
    """``read_expression`` of a chain's side; refused where its sum's reach reads two ways, or where it stands for a
    name whose definition is unread."""
    keep = {*names.declared_indices, *(str(index) for index in names.kept_free)}
    expr, nonzero = read_expression(side, names, line)
    core = expr.entry if isinstance(expr, Shaped) else expr
    free = {str(s) for s in getattr(core, "free_symbols", set()) if s in set(names.indices.values())} - keep
    if free and any(_two_ways(part, keep) for part in (side, *_groups(side))):  # TeX leaves the index free after it
        sums = [t for t in side if (t.kind, t.value) == ("command", "sum")]
        raise InputError(
            f"line {sums[0].line if sums else line}: the sum is followed by terms that use its index, free on no other "
            "side: read two ways, the sum of its first term with the index free in the others (as TeX reads it), or "
            "the sum of every term; write the sum's terms in parentheses, \\sum_i \\left( … \\right)"
        )
    refuse_unread_names(expr, names, line)
    return expr, nonzero


def _groups(tokens: list[Token]) -> list[list[Token]]:
    """What each pair of brackets or braces in ``tokens`` holds: ``\\left( \\sum_i x_i + y_i \\right)`` is read
    there as at the top (a probe's ∂/∂y_k (Σ_i x_i + y_i) = δ_ik had been proven, TeX's reading taken silently)."""
    found, opened = [], []
    for at, token in enumerate(tokens):
        if token.kind in ("(", "[", "{"):
            opened.append(at)
        elif token.kind in (")", "]", "}") and opened:
            found.append(tokens[opened.pop() + 1 : at])
    return found


def _two_ways(tokens: list[Token], keep: set[str]) -> bool:
    """Whether a sum in ``tokens`` is followed by terms that use its index (|a_i - b_i| is one term)."""
    try:
        return extend_sum(tokens, keep) != tokens
    except InputError:
        return True


__all__ = ["read_side_expression"]
