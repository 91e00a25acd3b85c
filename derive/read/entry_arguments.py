"""The entry a function of a whole vector is taken at, as Wikipedia's softmax page writes it: ``\\sigma(\\mathbf{q})_k``
after ``\\sigma(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}``, or, "a function of a vector and an index",
``\\sigma(\\mathbf{q}, i)``: the index after the parentheses, or as one argument more than the vectors.

Used by ``derive.read.vector_arguments``, which writes the body out with the vector's entries and this index.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import display_name
from derive.read.value_labels import VECTOR_FONTS

if TYPE_CHECKING:
    from derive.read.vector_arguments import VectorFunction


def entry_index(
    entry: str, count: int, parts: list[list[Token]], tokens: list[Token], end: int
) -> tuple[list[list[Token]], list[Token] | None, int]:
    """The arguments without the index, the index's tokens (None where none is written, or the function has no
    entry's parameter) and the position after it all."""
    if not entry:
        return parts, None, end
    if len(parts) == count + 1 and len(parts[-1]) == 1 and parts[-1][0].kind in ("letter", "number"):
        return parts[:-1], parts[-1], end  # σ(q, i)
    if len(parts) != count or end + 1 >= len(tokens) or tokens[end].kind != "_":
        return parts, None, end
    if tokens[end + 1].kind != "{":
        return parts, [tokens[end + 1]], end + 2  # σ(q)_k
    level = 0
    for at in range(end + 1, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[at].kind, 0)
        if level == 0:
            return parts, tokens[end + 2 : at], at + 1  # σ(q)_{k}
    return parts, None, end


def unfonted(part: list[Token]) -> list[Token]:
    """An argument without the font it is set in: ``\\mathbf{q}`` is q."""
    fonted = len(part) > 3 and part[0].kind == "command" and part[0].value in VECTOR_FONTS
    return part[2:-1] if fonted and part[1].kind == "{" and part[-1].kind == "}" else part


def apart(function: VectorFunction, index: list[Token], token: Token, around: list[Token]) -> VectorFunction:
    """``function`` with the letters of its body's sums renamed apart from the index it is taken at (σ(q)_j beside
    the body's Σ_j), each to a letter neither the body nor the display ``around`` writes; an index whose letter the
    body uses for anything else is refused (it would be captured)."""
    body = list(function.body)
    own = {t.value for t in body if t.kind == "letter"} - {*function.parameters, function.entry}
    for letter in sorted({t.value for t in index if t.kind == "letter"} & own):
        if letter not in _summed(body):
            raise InputError(
                f"line {token.line}: {display_name(function.name)}(…)_{letter} at {letter}, a letter its "
                f"definition (line {function.line}) uses too; name it apart"
            )
        used = {t.value for t in (*body, *around) if t.kind == "letter"}  # the display's letters too
        fresh = next(c for c in _FRESH if c not in used)
        body = [dataclasses.replace(t, value=fresh) if t.kind == "letter" and t.value == letter else t for t in body]
    return dataclasses.replace(function, body=tuple(body))


#: Letters a sum's index may be renamed to.
_FRESH = "uvwrstabcdfgh"


def _summed(body: list[Token]) -> set[str]:
    """The letters the body's sums run over: ``\\sum_j``, ``\\sum_{j=1}^K``."""
    found = set()
    for at in range(len(body) - 2):
        if body[at].kind == "command" and body[at].value in ("sum", "prod") and body[at + 1].kind == "_":
            script = body[at + 3] if body[at + 2].kind == "{" and at + 3 < len(body) else body[at + 2]
            if script.kind == "letter":
                found.add(script.value)
    return found
