"""A column or matrix written of numbers alone after "For example" (R-10's ``y = (0, 0, 0, 1, 0, …)`` "For example,
if the label is "3""): an instance, as a number in a case is, not the name's definition for the whole page (which had
made R-10's cost C = Σ (y_i − a^L_i)² unreadable: y of length 10 beside a^L of length n). A link that writes the
name is then checked with any entries: it proves what holds for every one, and refutes nothing (the example's
entries may be the page's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sympy import Basic

from derive.read.find import Unchecked
from derive.read.latex_lexer import Token

if TYPE_CHECKING:
    from derive.read.names import Names

#: How the report lists a value stated in a case (``derive.read.unread_values`` finds the display below it so).
IN_A_CASE = "a value in a case"

#: Words that make what follows an instance.
EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.\s?g)\b", re.I)
#: The note ``value_reading`` lists such a column with: its name.
_NOTED = re.compile(rf"(\\?[A-Za-z]+) = \\begin\{{\w+\}}.* after '[^']*': {IN_A_CASE}, not a definition")

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


def example_columns(unchecked: Sequence[Unchecked], names: Names) -> list[tuple[Basic, str, int]]:
    """Each vector whose value a column of numbers states for an example (listed in ``unchecked``), as read, as
    written, and its line: what a link that writes it cannot be refuted by."""
    found: list[tuple[Basic, str, int]] = []
    for note in unchecked:
        match = _NOTED.match(note.reason)
        name = match[1].lstrip("\\") if match is not None else ""
        read = names.vectors.get(name) or names.arrays.get(name) or names.scalars.get(name)
        if read is not None:
            found.append((read, name, note.line))
    return found
