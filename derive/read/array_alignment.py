"""``\\begin{array}{rcl} A &=& B \\\\ &=& C \\end{array}`` as a whole display: equations aligned in an array's
columns, as math.SE posts and notes wrote them before amsmath's align (held-out U-11, U-13), read as eqnarray's
rows are, an equation taking as many cells as the array has columns (at most three), where its rows are one chain
(each after the first goes on with ``&=``). An array inside an expression, after anything but spacing, with no '='
outside its cells' braces, or with rows of their own (a system to solve), is not read so."""

from __future__ import annotations

from derive.read.array_matrices import brace_end
from derive.read.latex_lexer import Token


def _closing(tokens: list[Token], start: int) -> int | None:
    """The position of the ``\\end`` that closes the environment whose cells start at ``start``."""
    depth = 0
    for at in range(start, len(tokens)):
        token = tokens[at]
        if token.kind == "command" and token.value == "begin":
            depth += 1
        elif token.kind == "command" and token.value == "end":
            if depth == 0:
                return at
            depth -= 1
    return None


def aligning_array(tokens: list[Token], end: int, kept: list[Token]) -> tuple[int, int] | None:
    """Where the cells of the ``\\begin{array}`` whose name's group ends at ``end`` start, and how many cells an
    equation takes, when the array is the whole display (``kept``, what was read before it, is empty; after its
    ``\\end`` only punctuation) and its cells hold '=' outside braces; else None."""
    if kept or end >= len(tokens) or tokens[end].kind != "{":
        return None
    spec_end = brace_end(tokens, end)
    columns = "".join(t.value for t in tokens[end + 1 : spec_end - 1] if t.kind == "letter")
    if (
        not columns
        or set(columns) - set("lcr")
        or any(t.kind not in ("letter", "|") for t in tokens[end + 1 : spec_end - 1])
    ):
        return None
    close = _closing(tokens, spec_end)
    if close is None:
        return None
    after = brace_end(tokens, close + 1)
    if any(t.kind not in (".", ",") for t in tokens[after:]):
        return None
    level, equates = 0, False
    for token in tokens[spec_end:close]:
        level += {"{": 1, "}": -1, "(": 1, ")": -1}.get(token.kind, 0)
        equates = equates or (level == 0 and token.kind == "=")
    return (spec_end, min(len(columns), 3)) if equates and _one_chain(tokens[spec_end:close]) else None


def _one_chain(cells: list[Token]) -> bool:
    """Whether every row after the first goes on from the one before (``&=& C``, ``&= C``): one chain, as a
    derivation writes it. Rows with left sides of their own (a system to solve, definitions beside claims) are
    not read so (probe s54: a system's rows had been refuted as identities)."""
    rows: list[list[Token]] = [[]]
    for token in cells:
        if token.kind == "newline":
            rows.append([])
        else:
            rows[-1].append(token)
    later = [row for row in rows[1:] if row]
    return all([t.kind for t in row[:2]] == ["&", "="] or row[0].kind == "=" for row in later)


__all__ = ["aligning_array"]
