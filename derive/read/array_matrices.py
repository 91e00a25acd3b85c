"""``\\left[\\begin{array}{cc} … \\end{array}\\right]``: a matrix, as pages wrote one before amsmath's bmatrix. Only
right inside ``\\left(`` or ``\\left[`` and with letters alone as its column types: an array of aligned equations
(``{rcl}`` at the top of a display) is no value. One column of two rows in parentheses reads two ways, a column of
two entries or the binomial coefficient (the old way to write C(m, 2)), and is refused naming both."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token


def brace_end(tokens: list[Token], at: int) -> int:
    """The position just past the braced group that opens at ``at`` (the tokens' end if it is never closed)."""
    level = 0
    for position in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[position].kind, 0)
        if level == 0:
            return position + 1
    return len(tokens)


def _rows(tokens: list[Token], start: int) -> int:
    """How many rows the array whose cells start at ``start`` has (its own ``\\\\``, none of an inner one's)."""
    rows, depth = 1, 0
    for at in range(start, len(tokens)):
        token = tokens[at]
        if token.kind == "command" and token.value in ("begin", "end"):
            if token.value == "end" and depth == 0:
                trailing = at > start and tokens[at - 1].kind == "newline"  # a last "\\" closes no row
                return rows - trailing
            depth += 1 if token.value == "begin" else -1
        elif token.kind == "newline" and depth == 0:
            rows += 1
    return rows


def bracketed_array(tokens: list[Token], end: int, kept: list[Token]) -> bool:
    """Whether the ``\\begin{array}`` whose name's group ends at ``end`` is a matrix (see the module); ``kept``:
    the tokens read before it."""
    opener = [(t.kind, t.value) for t in kept[-2:]]
    if opener not in ([("command", "left"), ("(", "(")], [("command", "left"), ("[", "[")]):
        return False
    spec = tokens[end : brace_end(tokens, end)] if end < len(tokens) and tokens[end].kind == "{" else []
    columns = "".join(t.value for t in spec[1:-1] if t.kind == "letter")
    if len(spec) < 3 or any(t.kind != "letter" for t in spec[1:-1]) or set(columns) - set("clr"):
        return False
    if opener[1][0] == "(" and len(columns) == 1 and _rows(tokens, end + len(spec)) == 2:
        raise InputError(
            f"line {tokens[end].line}: an array of one column and two rows in parentheses can be read two ways: a "
            "column of two entries (write \\begin{pmatrix} a \\\\ b \\end{pmatrix}), or the binomial coefficient "
            "(write \\binom{a}{b})"
        )
    return True
