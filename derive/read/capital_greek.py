"""Capital Greek letters that are also operators: Δ of an increment (Δx) and Π of a product (Π_i): read as a name
only where the operator reading cannot stand, refused naming both readings where it can."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import GREEK

#: The capital Greek letters that typeset a sign of their own: Δx an increment, Π_{i} a product over i.
OPERATOR_CAPITALS = frozenset(["Delta", "Pi"])


def refuse_operator_capital(token: Token, following: Token | None) -> None:
    """``\\Delta x`` reads as the name Δ times x or as the increment Δx, one quantity; ``\\Pi_i a_i`` as the name Π
    with a script or as the product sign: both refused, naming the two readings. ``\\Delta`` elsewhere (before
    ``+``, ``)``, ``>``, at the end) can only be a name, and is read so."""
    if token.value not in OPERATOR_CAPITALS or following is None:
        return
    shown = f"\\{token.value}"
    after = following.describe()
    if token.value == "Delta" and (following.kind == "letter" or (following.kind == "command" and _name(following))):
        raise InputError(
            f"line {token.line}: {shown} {after} can be read two ways: the name {shown} times {after}, written "
            f"{shown} \\cdot {after}, or the increment of {after}, one quantity: declare it as one name"
        )
    if token.value == "Pi" and following.kind in ("_", "^"):
        raise InputError(
            f"line {token.line}: {shown}{following.kind}… can be read two ways: the product sign, written "
            f"\\prod{following.kind}…, or a name {shown} with a script, written {{{shown}}}{following.kind}…"
        )


def _name(token: Token) -> bool:
    return token.value in GREEK or token.value in ("delta", "hat", "bar", "tilde", "mathbf", "boldsymbol")
