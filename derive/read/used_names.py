"""The names a formula writes, as the displays below a name defined twice are told apart by them: not the letters of
an environment's name (``\\begin{pmatrix}`` writes no a), nor a function's own parameters in its definition
(σ(z) = 1/(1 + e^{-z}) is made of no z of the page). Before, R-10's columns and matrices were all taken to use its
twice-defined a, and every display below was refused for it."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token, tokenize

#: Commands whose braced argument names an environment, not a quantity.
_ENVIRONMENT = frozenset({"begin", "end"})


def written_names(tokens: list[Token]) -> set[str]:
    """The letters and commands ``tokens`` write, an environment's name (``\\begin{pmatrix}``) aside."""
    used: set[str] = set()
    skip = False
    for at, token in enumerate(tokens):
        if skip:
            skip = token.kind != "}"
            continue
        if token.kind == "command" and token.value in _ENVIRONMENT and at + 1 < len(tokens):
            skip = tokens[at + 1].kind == "{"
            used.add(token.value)
            continue
        if token.kind in ("letter", "command"):
            used.add(token.value)
    return used


def body_names(head: str, body: str) -> set[str] | None:
    """The names a definition ``head = body`` is made of: its body's, without the parameters its head lists in
    parentheses (σ(z)'s z: bound there); None where either cannot be read."""
    try:
        head_tokens, body_tokens = tokenize(head), tokenize(body)
    except InputError:
        return None
    opening = next((at for at, t in enumerate(head_tokens) if t.kind == "("), None)
    bound = set() if opening is None else {t.value for t in head_tokens[opening:] if t.kind in ("letter", "command")}
    return written_names(body_tokens) - bound
