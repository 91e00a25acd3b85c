"""Lines of a page inside fenced code (```` ``` ```` or ``~~~``, as CommonMark fences them): a ``# comment`` there is
code, not a heading (a section of its own had been opened at a Python comment, and a slip below it proven)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def fenced(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of the lines inside a fenced code block, its fences too (an unclosed one runs to the end)."""
    inside: set[int] = set()
    opened: str | None = None
    for number, line in enumerate(lines, start=1):
        fence = _FENCE.match(line)
        if opened is None and fence is not None:
            opened = fence.group(1)
            inside.add(number)
        elif opened is not None:
            inside.add(number)
            closes = fence is not None and fence.group(1)[0] == opened[0] and len(fence.group(1)) >= len(opened)
            if closes and not line.strip().strip(opened[0]):
                opened = None
    return frozenset(inside)


__all__ = ["fenced"]
