"""A display whose cases environment states its own cases on the indices of the case the prose states above it
(``If $i \\neq k$,`` over ``\\begin{cases} … & i = k \\\\ … & i \\neq k \\end{cases}``): its rows are the
display's cases, each shown and each to be checked, where the prose's case would leave out all rows but its own."""

from __future__ import annotations

from sympy import Basic, Eq, Ne, Symbol

from derive.read.latex_lexer import Token

#: The environments whose rows state their own conditions (``p & \\text{if } i = k``).
_CASES = ("cases", "dcases", "rcases", "cases*", "dcases*")


def restated_case(case: Basic, tokens: list[Token]) -> bool:
    """Whether a cases environment in ``tokens`` states conditions on both indices of ``case`` (the case a line
    before the display states): its rows are then the display's cases, every one of them shown and to be checked,
    where the case before would leave out all rows but its own (``If $i \\neq k$`` over a summary of both cases).
    Read as written (``& i = k``) or as ``derive.read.rows.strip_markup`` leaves it (``\\casesif i = k``)."""
    if not isinstance(case, (Eq, Ne)) or not all(isinstance(side, Symbol) for side in case.args):
        return False
    depth, conditions = 0, set()
    for at, token in enumerate(tokens):
        if token.kind == "command" and token.value in ("begin", "end") and _environment(tokens, at + 1) in _CASES:
            depth += 1 if token.value == "begin" else -1
        elif (depth > 0 and token.kind == "&") or (token.kind == "command" and token.value == "casesif"):
            conditions |= _condition_letters(tokens, at + 1)
    return {str(side) for side in case.args} <= conditions


def _condition_letters(tokens: list[Token], start: int) -> set[str]:
    """The letters of a row's condition from ``start``: up to the row's end, the next row or the cases' end."""
    letters, depth = set(), 0
    for token in tokens[start:]:
        if token.kind == "newline" or (token.kind == "command" and token.value in ("end", "casesor")):
            break
        depth += {"{": 1, "}": -1}.get(token.kind, 0)
        if depth < 0:
            break
        if token.kind == "letter":
            letters.add(token.value)
    return letters


def _environment(tokens: list[Token], at: int) -> str:
    """The name in ``{cases}`` from ``at`` (the opening brace), or ""."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return ""
    end = next((k for k in range(at, len(tokens)) if tokens[k].kind == "}"), at)
    return "".join(t.value for t in tokens[at + 1 : end])


__all__ = ["restated_case"]
