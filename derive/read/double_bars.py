"""``\\Vert``, the double bar TeX sets as ``\\|`` is set: ``\\Vert w \\Vert_2^2`` is ``\\|w\\|_2^2``, a norm read as
``\\|…\\|`` is (``derive.read.latex_constructs``); as written it was "the construct \\Vert is not supported here"."""

from __future__ import annotations

from dataclasses import replace

from derive.read.latex_lexer import Token


def double_bars(tokens: list[Token]) -> list[Token]:
    """The tokens with each ``\\Vert`` spelled ``\\|``."""
    return [replace(t, value="|") if t.kind == "command" and t.value == "Vert" else t for t in tokens]
