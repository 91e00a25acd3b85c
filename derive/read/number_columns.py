"""A column or matrix written of numbers alone (R-10's ``y = (0, 0, 0, 1, 0, …)`` "For example, if the label is
"3""): after words that make a value a case, it is one, as a number is, not the name's definition for the whole
page (which had made R-10's cost C = Σ (y_i − a^L_i)² unreadable: y of length 10 beside a^L of length n)."""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: What a number is written with, and the rows and columns of a matrix.
_NUMBER = frozenset({"number", "+", "-", "/", "(", ")", "{", "}", ".", ",", "newline", "&"})
_ALLOWED = frozenset({"frac", "dfrac", "tfrac", "sqrt", "cdot", "times", "vdots", "dots", "ldots"})
_MATRICES = frozenset({"pmatrix", "bmatrix", "matrix", "vmatrix", "Bmatrix"})


def column_of_numbers(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are one ``\\begin{pmatrix} … \\end{pmatrix}`` (or bmatrix, matrix) of numbers alone."""
    opened, closed = _environment(tokens, "begin"), _environment(tokens[::-1], "end", backwards=True)
    if opened is None or closed is None or opened[0] != closed[0] or opened[0] not in _MATRICES:
        return False
    inside = tokens[opened[1] : len(tokens) - closed[1]]
    return bool(inside) and all(t.kind in _NUMBER or (t.kind == "command" and t.value in _ALLOWED) for t in inside)


def _environment(tokens: list[Token], command: str, backwards: bool = False) -> tuple[str, int] | None:
    """The environment ``\\begin{…}`` opens at the start of ``tokens`` (``\\end{…}`` closes at their end, read
    ``backwards``) and how many tokens that takes, else None."""
    if not tokens:
        return None
    if backwards:
        close = next((k for k, t in enumerate(tokens) if t.kind == "{"), None)
        if tokens[0].kind != "}" or close is None or close + 1 >= len(tokens):
            return None
        name = tokens[1:close][::-1]
        head = tokens[close + 1]
        count = close + 2
    else:
        close = next((k for k, t in enumerate(tokens) if t.kind == "}"), None)
        if len(tokens) < 2 or tokens[1].kind != "{" or close is None:
            return None
        name = tokens[2:close]
        head = tokens[0]
        count = close + 1
    if head.kind != "command" or head.value != command or not all(t.kind == "letter" for t in name):
        return None
    return "".join(t.value for t in name), count
