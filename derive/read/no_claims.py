"""Displays that hold an '=' but claim nothing: a question ("… = … ?"), and a case stated on its own ("In the diagonal
case $$i = k$$", two of the page's indices equal or not): it had been refuted as a claim, at i = 2, k = 1."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.find import Display, Unchecked
from derive.read.latex_lexer import tokenize
from derive.read.names import Names

_CASE = "states a case of the page's indices on its own, not a claim: derive reads a case stated before a display, "
_CASE += "as 'If $i = k$:'"


def not_a_claim(display: Display, names: Names) -> Unchecked | None:
    """Why a display that holds an '=' is no claim, or None."""
    if display.text.rstrip().endswith("?") and "=" in display.text:  # "∂J/∂w = ∂J/∂p ∂p/∂z (∂z/∂w) ?"
        return Unchecked(display.line, "asks (it ends with '?'): a question, not a claim", equality=True)
    try:
        tokens = [t for t in tokenize(display.text, display.line) if t.kind not in (".", ",")]
    except InputError:
        return None
    kinds = [t.kind for t in tokens]
    related = kinds[1:2] == ["="] or (kinds[1:2] == ["command"] and tokens[1].value in ("neq", "ne"))
    sides = kinds[:1] == ["letter"] and kinds[2:] == ["letter"] and related
    if sides and tokens[0].value in names.indices and tokens[2].value in names.indices:
        return Unchecked(display.line, _CASE, equality=kinds[1] == "=")
    return None


__all__ = ["not_a_claim"]
