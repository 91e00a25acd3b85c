"""``$$`` written around display math that is display math already, as GitHub pages write it.

- ``$$`` on a line of its own, ``\\begin{align} … \\end{align}``, ``$$`` on a line of its own: one display, as
  MathJax shows it. Right after a line of prose (no blank line between), the plugins read it otherwise: amsmath
  takes the environment out of the paragraph, and the closing ``$$`` then opens a display that runs over the prose
  below to the next ``$$``. The two ``$$`` lines are blanked (lines kept), so the environment is read alone.

A ```` ```math ```` fence holding ``$$ … $$`` is not unwrapped: what a renderer shows of it (the inner ``$$`` may pair
with the fence's own, leaving the formula as text, or be a TeX error) is not known, so it stays refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token as MdToken

#: A line that is only ``$$`` (indented as a paragraph's lines may be: at most three spaces).
_ALONE = re.compile(r"^ {0,3}\$\$\s*$")


def unwrap_environments(body: str, tokens: Sequence[MdToken]) -> str:
    """``body`` with each pair of ``$$`` lines that only wraps one display environment blanked, lines kept.
    ``tokens``, markdown-it's parse of ``body``, confirms each: the opening ``$$`` ends a paragraph's lines and the
    amsmath plugin took the environment from the next line (so no ``$$`` closes a display there, no code holds it,
    and it is no indented code once the ``$$`` is gone); the closing ``$$`` stands alone right after it."""
    lines = body.split("\n")
    paragraphs = [t.map for t in tokens if t.type == "paragraph_open" and t.map is not None]
    for token in tokens:
        if token.type != "amsmath" or token.map is None:
            continue
        first, last = token.map[0], token.map[1]  # the environment's lines: first .. last (the plugin's map)
        opening, closing = first - 1, last + 1
        if opening < 0 or closing >= len(lines) or not (_ALONE.match(lines[opening]) and _ALONE.match(lines[closing])):
            continue
        if len(lines[first]) - len(lines[first].lstrip(" ")) > 3:
            continue  # after a blank line, four spaces start indented code
        if not any(start <= opening < end == first for start, end in paragraphs):
            continue  # "$$" closing a display above, or a paragraph of its own: as it is
        lines[opening] = lines[closing] = ""
    return "\n".join(lines)


def display_openings(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Where each display opens in ``text`` (an HTML block's): every ``\\[`` or ``\\begin{…}`` that ``pattern``
    finds, and every other ``$$``, the one that opens its pair."""
    found, inside = [], False
    for match in pattern.finditer(text):
        if match.group(0) != "$$" or not inside:
            found.append(match.start())
        inside = not inside if match.group(0) == "$$" else inside
    return found


__all__ = ["display_openings", "unwrap_environments"]


def dollar_displays(content: str) -> list[tuple[str, int, str | None, str | None]]:
    """A ``$$`` block whose text holds ``$$`` (``$$a = b,$$ so $$c = d$$``, which dollarmath reads as one block): TeX
    ends display math at the first ``$$``, so the text is displays with prose between. Each display's text, its offset
    in ``content``, its lead (the prose before it, None for the first) and its trail (all that follows it)."""
    parts = content.split("$$")
    found: list[tuple[str, int, str | None, str | None]] = []
    offset = 0
    for number, part in enumerate(parts):
        if number % 2 == 0 and part.strip():
            lead = parts[number - 1].strip() if number else None
            trail = "$$".join(parts[number + 1 :]) if number + 2 < len(parts) else None
            found.append((part, offset, lead or None, trail))
        offset += len(part) + 2
    return found
