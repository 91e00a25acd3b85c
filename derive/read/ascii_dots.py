"""Three periods typed for an ellipsis, ``w_1x_1+...+w_nx_n`` (a survey's neural-network post): TeX sets them as
three dots, and the page means ``\\dots``, as ``…`` (typed as one character) already reads; derive had stopped at the
first period ("expected a term but found '.'") and refused every display that used the name so defined."""

from __future__ import annotations

from itertools import pairwise

from derive.read.latex_lexer import Token, rewrite_runs


def ascii_dots(tokens: list[Token]) -> list[Token]:
    """Each run of exactly three periods with nothing between them, as ``\\dots``."""

    def dots(tokens: list[Token], at: int) -> tuple[Token, int] | None:
        run = tokens[at : at + 3]
        if len(run) < 3 or any(t.kind != "." for t in run) or any(b.start != a.end for a, b in pairwise(run)):
            return None
        if at + 3 < len(tokens) and tokens[at + 3].kind == "." and tokens[at + 3].start == run[-1].end:
            return None  # four or more: not an ellipsis TeX users type
        if at and tokens[at - 1].kind == "." and tokens[at - 1].end == run[0].start:
            return None
        first = run[0]
        return Token("command", "dots", first.line, first.start, run[-1].end, first.gap, first.origin), at + 3

    return rewrite_runs(tokens, dots)


__all__ = ["ascii_dots"]
