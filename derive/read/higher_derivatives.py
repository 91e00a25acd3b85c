"""The order and variables of a higher derivative as people write it: ``\\partial^2 A`` over ``\\partial x^2`` or
``\\partial x \\partial y`` (``d^2 y`` over ``dx^2``). Below a numerator of order k, ``\\partial x^2`` is ∂x twice,
Leibniz's notation; the parser then differentiates by each in turn (``derive.read.latex_calculus``)."""

from __future__ import annotations

from collections.abc import Callable

from derive.read.latex_lexer import Token

#: The highest order read (pages write ∂² and, rarely, ∂³).
MAX_ORDER = 3
#: How to write a second derivative, and one entry of a Hessian, for the messages.
SECOND = "\\frac{\\partial^2 A}{\\partial x^2}"
HESSIAN_ENTRY = "\\frac{\\partial^2 L}{\\partial w_i \\partial w_j}"


def _power(tokens: list[Token], at: int) -> tuple[int | None, int]:
    """The integer power ``^2`` or ``^{2}`` at ``at`` (a ``^`` token), and where it ends; None if it is no integer."""
    if at + 1 < len(tokens) and tokens[at + 1].kind == "number":
        return int(tokens[at + 1].value) if tokens[at + 1].value.isdigit() else None, at + 2
    if (
        at + 3 < len(tokens)
        and tokens[at + 1].kind == "{"
        and tokens[at + 2].kind == "number"
        and tokens[at + 3].kind == "}"
    ):
        value = tokens[at + 2].value
        return int(value) if value.isdigit() else None, at + 4
    return None, at + 1


def higher_order(numerator: list[Token]) -> tuple[int | None, list[Token]]:
    """The order of ``^2 A`` (the numerator after its ∂ or d) and A; None where it is no order 2 to 3."""
    order, end = _power(numerator, 0)
    if order is None or not 2 <= order <= MAX_ORDER:
        return None, []
    return order, numerator[end:]


def denominator_variables(denominator: list[Token], error: Callable[[str], Exception]) -> list[list[Token]]:
    """Each variable of ``\\partial x^2``, ``\\partial x \\partial y`` (its tokens), as many times as it is taken."""
    pieces: list[list[Token]] = []
    for token in denominator:
        if token.kind == "command" and token.value == "partial":
            pieces.append([])
        elif not pieces:
            raise error("a derivative's denominator must be \\partial followed by a variable")
        else:
            pieces[-1].append(token)
    found: list[list[Token]] = []
    for piece in pieces:
        times: int | None = 1
        power = next((k for k, token in enumerate(piece) if token.kind == "^"), None)
        if power is not None:  # x^2: x twice; a power that does not end the piece is no count
            times, end = _power(piece, power)
            times, piece = (times if end == len(piece) else None), piece[:power]
        if not piece or times is None or not 1 <= times <= MAX_ORDER:
            raise error("a higher derivative's denominator: write \\partial x^2 or \\partial x \\partial y")
        found += [piece] * times
    return found


__all__ = ["HESSIAN_ENTRY", "MAX_ORDER", "SECOND", "denominator_variables", "higher_order"]
