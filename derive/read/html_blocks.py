"""The display math a browser's MathJax typesets inside an HTML block, which derive does not read: each listed."""

from __future__ import annotations

import re

from derive.read.dollar_wrappers import display_openings

#: A comment, closed or left open to the block's end: not shown, so nothing in it is math.
_COMMENT = re.compile(r"<!--.*?(-->|$)", re.S)


def html_block_math(content: str, first: int, openings: re.Pattern[str]) -> list[tuple[int, str, bool]]:
    """Each display an HTML block's ``content`` opens (``openings`` finds them), from its first line ``first``: its
    line, why it is not read and how to fix it, and whether it holds '='."""
    shown = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), content)
    found = []
    for stray in display_openings(shown, openings):
        line = shown.count("\n", 0, stray)
        if "-->" in content[content.rfind("\n", 0, stray) + 1 : stray]:  # <!-- c --> $$x = y$$: the comment's line
            why = "display math after an HTML comment on its line is not read (Markdown makes the line HTML): put it "
            why += "on a line of its own"
        else:
            why = "display math inside an HTML block is not read: move it out of the HTML, with blank lines around it"
        found.append((first + line, why, "=" in shown[stray:]))
    return found
