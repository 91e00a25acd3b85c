"""``\\frac{\\delta C}{\\delta w_i}``, δ written where ∂ stands: a derivative, or a quotient of products with δ?

A page may write δ for the derivative sign (a variational or partial derivative, ``\\frac{\\delta}{\\delta w}``); read
as a number, δ cancels and the quotient C/w_i is checked, which refuted a page's true line. Both readings are named.
δ with a subscript (``\\delta_{ik}``, Kronecker's; ``\\delta_j``, an error signal) is no derivative sign: not refused.
"""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token


def _bare_delta(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with δ carrying no subscript."""
    if not tokens or (tokens[0].kind, tokens[0].value) != ("command", "delta"):
        return False
    return len(tokens) == 1 or tokens[1].kind != "_"


def refuse_delta_derivative(numerator: list[Token], denominator: list[Token]) -> None:
    """Refuse a fraction whose numerator and denominator both open with a bare δ, the denominator δ of something."""
    if not (_bare_delta(numerator) and _bare_delta(denominator) and len(denominator) > 1):
        return
    by = "".join(token.describe() for token in denominator[1:])
    raise InputError(
        f"line {numerator[0].line}: \\frac{{\\delta …}}{{\\delta {by}}} can be read two ways: a derivative by {by}, "
        f"δ the derivative sign (write \\frac{{\\partial …}}{{\\partial {by}}}), or a quotient of products with the "
        "number δ (write \\delta \\cdot …)"
    )
