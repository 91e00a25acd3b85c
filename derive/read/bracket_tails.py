"""What follows ``\\[ … \\]`` on its own line. markdown-it's texmath reads a line that opens with ``\\[`` as one
display and drops the rest of the line: ``\\[ a + a = 2a \\] and \\[ a a = 2 a \\]`` lost its second, false
display with no word. The rest is handed back, at its line, to be read as any other text is."""

from __future__ import annotations

import re

#: The closing ``\\]`` of a display, and the rest of its line.
_CLOSING = re.compile(r"\s*\\\](?P<rest>[^\n]*)")


def bracket_tail(body: str, end: int) -> str | None:
    """The page with every line blank but the rest of the line after the display whose content ends at ``end`` (at
    that line), where that rest holds anything; else None."""
    closing = _CLOSING.match(body, end)
    if closing is None or not closing.group("rest").strip():
        return None
    line = body.count("\n", 0, closing.start("rest"))
    rest, below = closing.group("rest").strip(), body[closing.end() + 1 :].split("\n")
    while rest.count("\\[") > rest.count("\\]") and below:  # "and \[ a a = 2a" closed on a line below
        rest += "\n" + below.pop(0)
    return "\n" * line + rest + "\n"


__all__ = ["bracket_tail"]
