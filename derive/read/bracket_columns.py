"""A column written as a transposed list, ``[x_1, x_2]^T`` or ``(\\theta_1, \\theta_2, \\theta_3)^\\top``, as tutorials
write a vector inline: the column whose entries the list gives, read as ``\\begin{bmatrix} x_1 \\\\ x_2
\\end{bmatrix}`` is. Only with the transpose: ``[a, b]`` alone reads as an interval or a row as well."""

from __future__ import annotations

from derive.read.latex_lexer import Token, group_end

#: The transpose marks after ``^``: a letter T, ``\\top``, ``\\intercal``; braced or not.
_MARKS = frozenset({"T", "top", "intercal"})
_CLOSERS = {"[": "]", "(": ")"}
#: Commands that size a bracket: it is still a list's.
_SIZES = frozenset({"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr"})


def bracket_columns(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each transposed list of two or more entries written as the column it is (the tokens a
    bmatrix becomes: ``\\matrixenv{ a \\matrow b }``); anything else as it was."""
    kept: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        back = at - 1 if at and tokens[at - 1].value in _SIZES else at  # f\\left(a, b\\right)^T: f's too
        before = tokens[back - 1] if back else None  # f(a, b)^T: an application; \\left( a, b \\right)^T: a list
        applied = before is not None and before.kind in ("letter", "command", "}", ")", "]", "'")
        applied = applied and not (before is not None and before.value in _SIZES)
        found = _column(tokens, at) if token.kind in _CLOSERS and not applied else None
        if found is None:
            kept.append(token)
            at += 1
            continue
        entries, after = found
        if kept and kept[-1].kind == "command" and kept[-1].value in _SIZES:
            kept.pop()  # \\left( a, b \\right)^T: the column only
        line, start = token.line, token.start
        kept += [Token("command", "matrixenv", line, start, start), Token("{", "{", line, start, start)]
        for k, entry in enumerate(entries):
            kept += [Token("command", "matrow", entry[0].line)] if k else []
            kept += entry
        kept.append(Token("}", "}", tokens[after - 1].line, tokens[after - 1].end, tokens[after - 1].end))
        at = after
    return kept


def _column(tokens: list[Token], at: int) -> tuple[list[list[Token]], int] | None:
    """The entries of the list opened at ``at`` and the index past its transpose mark, where the list (two or more
    entries, none empty) is followed by one; else None."""
    closer, level = _CLOSERS[tokens[at].kind], 0
    entries: list[list[Token]] = []
    entry: list[Token] = []
    for k in range(at + 1, len(tokens)):
        token = tokens[k]
        if token.kind == "command" and token.value in _SIZES:
            continue
        if level == 0 and token.kind == closer:
            entries.append(entry)
            after = _transposed(tokens, k + 1)
            return (entries, after) if after is not None and len(entries) > 1 and all(entries) else None
        if level == 0 and token.kind == ",":
            entries.append(entry)
            entry = []
            continue
        level += 1 if token.kind in ("{", "(", "[") else -1 if token.kind in ("}", ")", "]") else 0
        if level < 0:
            return None
        entry.append(token)
    return None


def _transposed(tokens: list[Token], at: int) -> int | None:
    """The index past a transpose mark at ``at`` (``^T``, ``^{\\top}``), or None."""
    if at + 1 >= len(tokens) or tokens[at].kind != "^":
        return None
    mark = tokens[at + 1]
    if mark.kind == "{":
        close = group_end(tokens, at + 1)  # the index of its '}'
        inner = tokens[at + 2 : close]
        return close + 1 if len(inner) == 1 and inner[0].value in _MARKS else None
    return at + 2 if mark.kind in ("letter", "command") and mark.value in _MARKS else None


__all__ = ["bracket_columns"]
