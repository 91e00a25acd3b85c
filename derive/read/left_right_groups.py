"""TeX's ``\\left … \\right``, a group as braces are: ``\\left( a \\over b \\right)`` is the fraction a/b in
parentheses (``derive.read.latex_lexer``), read backwards from ``\\over`` and forwards to its ``\\right``."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.read.latex_lexer import Token


def left_right(token: Token) -> int:
    """-1 for ``\\left``, 1 for ``\\right`` (a group's opening and closing, read backwards), else 0."""
    return {"left": -1, "right": 1}.get(token.value, 0) if token.kind == "command" else 0


def right_at(tokens: list[Token], at: int) -> int:
    """The index of the ``\\right`` that closes the ``\\left`` group holding ``at``."""
    depths = itertools.accumulate({"{": 1, "}": -1}.get(t.kind, 0) - left_right(t) for t in tokens[at:])
    return next((at + k for k, depth in enumerate(depths) if depth < 0), len(tokens))


__all__ = ["left_right", "right_at"]
