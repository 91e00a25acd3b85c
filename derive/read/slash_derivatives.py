"""A derivative written with a slash, ``\\partial L / \\partial z_k`` (∂L/∂z_k inline, as notes write it).

Right after ``\\partial``: one name (a letter, a Greek letter, or an accent or font over one, with its scripts),
then ``/``, then ``\\partial`` and one name with its scripts. That is ∂A/∂x, read as ``\\frac{\\partial A}{\\partial
x}`` reads; anything else after ``\\partial`` is left to the other readings (``\\partial_{z_k}``, or refused).
"""

from __future__ import annotations

from derive.read.cursor import argument_end
from derive.read.latex_lexer import Token
from derive.read.names import GREEK

#: Commands that put an accent or a font on the name after them: \\hat{y}, \\mathbf{z}.
_OVER = frozenset({"hat", "widehat", "tilde", "widetilde", "bar", "overline", "mathbf", "boldsymbol", "bm", "dot"})


def _name_end(tokens: list[Token], at: int) -> int | None:
    """The index past one name starting at ``at`` and its subscript and superscript, or None."""
    if at >= len(tokens):
        return None
    token = tokens[at]
    if token.kind == "letter":
        end: int | None = at + 1
    elif token.kind == "command" and token.value in GREEK:
        end = at + 1
    elif token.kind == "command" and token.value in _OVER and at + 1 < len(tokens):
        end = argument_end(tokens, at + 1)
    else:
        return None
    while end is not None and end < len(tokens) and tokens[end].kind in ("_", "^") and end + 1 < len(tokens):
        end = argument_end(tokens, end + 1)
    return end


def slash_derivative(tokens: list[Token], at: int) -> tuple[list[Token], list[Token], int] | None:
    """After a ``\\partial`` whose next token is at ``at``: the numerator's and the denominator's names of
    ``\\partial A / \\partial x`` and the index past it, or None where the tokens are not that."""
    top = _name_end(tokens, at)
    if top is None or top + 1 >= len(tokens) or tokens[top].kind != "/":
        return None
    after = tokens[top + 1]
    if not (after.kind == "command" and after.value == "partial"):
        return None
    bottom = _name_end(tokens, top + 2)
    if bottom is None:
        return None
    return tokens[at:top], tokens[top + 2 : bottom], bottom


__all__ = ["slash_derivative"]
