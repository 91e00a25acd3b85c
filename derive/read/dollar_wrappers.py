"""``$$`` written around display math that is display math already, as GitHub pages write it.

- ``$$`` on a line of its own, ``\\begin{align} … \\end{align}``, ``$$`` on a line of its own: one display, as
  MathJax shows it. Right after a line of prose (no blank line between), the plugins read it otherwise: amsmath
  takes the environment out of the paragraph, and the closing ``$$`` then opens a display that runs over the prose
  below to the next ``$$``. The two ``$$`` lines are blanked (lines kept), so the environment is read alone.
- A ```` ```math ```` fence holding ``$$ … $$``: GitHub sets the fence as display math between ``$$`` of its own,
  so the inner ``$$`` close and open empty displays around the one formula; that formula is the display.
"""

from __future__ import annotations

import re

#: A line that is only ``$$``.
_ALONE = re.compile(r"^\s*\$\$\s*$")
#: A fence's opening or closing line (``` or ~~~, indented at most three spaces).
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
#: A display environment opening a line, and its name.
_OPENING = re.compile(r"^\s*\\begin\{(?P<env>(?:equation|align|gather|multline|eqnarray|alignat|flalign)\*?)\}")


def unwrap_environments(body: str) -> str:
    """``body`` with each pair of ``$$`` lines that only wraps one display environment blanked, lines kept. Only
    where the first ``$$`` opens (an even count of ``$$`` before it, outside fences) and nothing but the environment
    stands between them."""
    lines = body.split("\n")
    dollars = 0  # how many $$ stood before, outside fences
    fence: str | None = None
    at = 0
    while at < len(lines):
        line = lines[at]
        marker = _FENCE.match(line)
        if marker is not None and fence in (None, marker.group(1)):  # a fence opens, or the open one closes
            fence = marker.group(1) if fence is None else None
        if marker is not None or fence is not None:
            at += 1
            continue
        closing = _wrapped(lines, at) if dollars % 2 == 0 and _ALONE.match(line) else None
        if closing is not None:
            lines[at] = lines[closing] = ""
            at = closing + 1
            continue
        dollars += line.count("$$")
        at += 1
    return "\n".join(lines)


def _wrapped(lines: list[str], at: int) -> int | None:
    """Where the ``$$`` that closes the one at ``at`` stands, when only one display environment is between them."""
    opening = _OPENING.match(lines[at + 1]) if at + 1 < len(lines) else None
    if opening is None:
        return None
    closing = "\\end{" + opening.group("env") + "}"
    for k in range(at + 1, len(lines)):
        if "$$" in lines[k] or _FENCE.match(lines[k]) or not lines[k].strip():
            return None  # a blank line ends the paragraph, and the display with it
        if closing in lines[k]:
            after, below = lines[k].split(closing, 1)[1], k + 1
            return below if not after.strip() and below < len(lines) and _ALONE.match(lines[below]) else None
    return None


def fence_display(content: str) -> str:
    """A math fence's display: the formula between ``$$`` where the fence holds ``$$ … $$`` and nothing else
    (spaces kept, so offsets stay); else the content as it is."""
    match = re.fullmatch(r"(\s*)\$\$(?P<inner>(?:(?!\$\$).)*)\$\$\s*", content, re.S)
    if match is None:
        return content
    return match.group(1) + "  " + match.group("inner")


__all__ = ["fence_display", "unwrap_environments"]
