"""An equation number typed before a display's math, ``$$ 1: \\frac{d}{dx} x^2 = 2x $$`` (a student's numbered
steps): a label, as ``\\tag{1}`` is, blanked so the equation is read; read as written, the display held ':' and was
set aside as another relation. Only a whole number right before its colon, a space after it, and no other colon in
the display, and no number after it: ``1 : x = 2 : 4`` (a proportion), ``1:2`` and ``2: 1 = 2`` (the ratio 2:1, which a
probe saw refuted as 1 = 2) stay as written."""

from __future__ import annotations

import re

#: A number and its colon opening the display (after ``$$`` or ``\\[`` and spaces), then a space or a newline.
_LEADING = re.compile(r"^(?P<lead>\s*)(?P<number>[0-9]+:)(?=\s)(?!\s*[-0-9.(])")  # not "2: 1 = 2", a ratio


def blank_leading_number(text: str) -> str:
    """``text`` with a leading equation number ``N:`` blanked (offsets kept), where it is the display's only colon."""
    match = _LEADING.match(text)
    if match is None or text.count(":") != 1:
        return text
    return match.group("lead") + " " * len(match.group("number")) + text[match.end() :]
