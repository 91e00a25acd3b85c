"""A prime after a bracketed expression, ``\\left( \\frac{1}{1 + e^{-z}} \\right)'``, ``[\\sigma(x)^{-1}]'``: the
derivative of the expression, by the one variable it is written in (Lagrange's prime on an expression, as a blog's
sigmoid derivation writes it). With no variable, or more than one, or a name the page defines (by that name, or by
what it is made of?), or an entry of a vector (by the entry, or by the whole?), it reads more than one way and is
refused naming them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import Expr, Indexed, Sum, Symbol

from derive.read.latex_parser import ambiguous
from derive.read.shapes import Shaped

if TYPE_CHECKING:
    from derive.read.latex_calculus import CalculusParser


def primed_group(parser: CalculusParser, start: int, item: object) -> Expr | None:
    """The derivative a prime right after the bracketed factor ``tokens[start:position]`` writes, the parser then
    past the primes; None where no prime follows a bracketed factor."""
    tokens = parser.tokens
    taken = tokens[start : parser.position]
    if not taken or not parser.at("'") or parser.peek().gap:  # type: ignore[union-attr]
        return None
    opened = taken[0].kind in ("(", "[") or (taken[0].kind, taken[0].value) == ("command", "left")
    if not opened or taken[-1].kind not in (")", "]") or isinstance(item, Shaped) or not isinstance(item, Expr):
        return None
    expr: Expr = item
    primes = 0
    while parser.at("'"):
        parser.next()
        primes += 1
    after = parser.peek()
    if after is not None and (after.kind in ("(", "[") or after.value == "left"):  # (x^3)''(2), (w-1)'(w-1)
        raise ambiguous(
            after,
            "a bracket right after a primed one",
            "the derivative evaluated there, written \\left.(…)'\\right|_{x=2}",
            "a product (or, as code writes it, a transpose times it)",
        )
    names = parser.names
    defined = {s.name for s in names.defined_scalars.values()} | set(names.defined_scalars)
    variables = [s for s in expr.free_symbols if isinstance(s, Symbol) and not s.is_integer]
    made_of = [s for s in variables if s.name in defined]
    entries = expr.atoms(Indexed) or expr.has(Sum)  # (e^{-z_j})': by z_j, or by a z the entry is not
    if len(variables) != 1 or made_of or entries:
        shown = ", ".join(sorted(s.name for s in variables)) or "no variable"
        raise ambiguous(
            taken[0],
            f"a prime after a bracketed expression in {shown}",
            "its derivative by one variable, written \\frac{d}{dx}(…)",
            "by another, or through a name's definition",
        )
    (variable,) = variables
    result = expr
    for _ in range(primes):
        result = parser.differentiate(result, variable)
    return result


__all__ = ["primed_group"]
