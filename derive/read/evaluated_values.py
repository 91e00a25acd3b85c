"""A value a variable takes, not a definition: "which gives $$y = 2$$" below ``\\frac{d}{dy}(y^2) = 2y``. A display
``y = 2`` whose right side is a number, for a name the page differentiates by, gives y no meaning page-wide: read
as a definition, it had made ``\\frac{d}{dy}(y^2) = 2y = 4`` proven (2y with y := 2). It is a claim: checked as
following from a condition the page sets (``derive.read.consequences``), else refuted where it does not hold."""

from __future__ import annotations

import re
from collections.abc import Iterable

from derive.errors import InputError
from derive.read.latex_lexer import tokenize

#: What a derivative is taken by: ``\\partial y``, ``\\partial_{y}``, and the ``dy`` of ``\\frac{…}{dy}``.
_BY = (
    re.compile(r"\\partial\s*_?\s*\{?\s*(\\[A-Za-z]+|[A-Za-z])"),
    re.compile(r"\\frac\s*\{[^{}]*\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d)\s*(\\[A-Za-z]+|[A-Za-z])"),
)
#: The tokens a number is written with.
_NUMBER = frozenset({"number", "+", "-", "/", "(", ")", "{", "}", ".", ","})


def differentiated(texts: Iterable[str]) -> set[str]:
    """The letters (``y``, ``sigma``) the page differentiates by, or writes after a ∂."""
    return {match.lstrip("\\") for text in texts for pattern in _BY for match in pattern.findall(text)}


def is_value(name: str, body: str, line: int, varied: set[str]) -> bool:
    """Whether ``name = body`` gives a variable the page differentiates by a number: a value, not a definition."""
    if name not in varied:
        return False
    try:
        tokens = tokenize(body, line)
    except InputError:
        return False
    allowed = {"frac", "dfrac", "tfrac", "sqrt", "cdot", "times"}
    return bool(tokens) and all(t.kind in _NUMBER or (t.kind == "command" and t.value in allowed) for t in tokens)


__all__ = ["differentiated", "is_value"]
