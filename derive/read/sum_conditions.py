"""A sum's subscript that stacks conditions on its index, as people write it: ``\\sum_{j=1, j \\neq i}``,
``\\sum_{\\substack{j=1 \\\\ j \\neq i}}``, ``\\sum_{j \\in C, j \\neq i}``, ``\\sum_{j \\neq i \\in C}``.

Each reads one way: the index over its range (``j``, ``j=1``, ``j \\in C``) with one value left out. The split
is shared by the page's scan (which letters are indices) and the sum's grammar, so both see the same range.
"""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: The relations that leave one value out: ``\\neq`` and its short form ``\\ne``.
EXCLUDES = ("neq", "ne")


def unstacked(script: list[Token]) -> list[Token]:
    """The subscript's tokens without ``\\substack{…}`` around them and without the commas and row breaks that
    separate its conditions."""
    if len(script) > 2 and script[0].value == "substack" and script[1].kind == "{" and script[-1].kind == "}":
        script = script[2:-1]
    return [token for token in script if token.kind not in (",", "newline")]


def stacked_conditions(script: list[Token]) -> tuple[list[Token], Token] | None:
    """(the range's tokens, the value left out) for a subscript of conditions on one index that leaves one value
    out, each condition written once; None for any other, which the sum's grammar reads (or refuses) as written."""
    tokens = unstacked(script)
    if not tokens or tokens[0].kind != "letter":
        return None
    variable = tokens[0]
    bound: list[Token] = []
    excluded: Token | None = None
    at = 1
    while at < len(tokens):
        if tokens[at].kind == "letter" and tokens[at].value == variable.value:
            at += 1  # the index written again before its next condition
        relation = tokens[at : at + 2]
        if len(relation) != 2 or relation[1].kind not in ("letter", "number"):
            return None
        if relation[0].kind == "command" and relation[0].value in EXCLUDES and excluded is None:
            excluded = relation[1]
        elif not bound and ((relation[0].kind == "=" and relation[1].value in ("0", "1")) or relation[0].value == "in"):
            bound = relation  # j=1, or j \\in C
        else:
            return None
        at += 2
    if excluded is None:
        return None
    return [variable, *bound], excluded


def summed_range(script: list[Token]) -> tuple[list[Token], list[Token]]:
    """A sum's subscript as the page's scan reads it: the range's tokens, and the value left out (none when the
    subscript stacks no conditions)."""
    split = stacked_conditions(script)
    return (script, []) if split is None else (split[0], [split[1]])
