"""An equation number typed before a display's math, ``$$ 1: \\frac{d}{dx} x^2 = 2x $$`` (a student's numbered
steps): a label, as ``\\tag{1}`` is, blanked so the equation is read; read as written, the display held ':' and was
set aside as another relation. Only a whole number right before its colon, a space after it, and no other colon in
the display: ``1 : x = 2 : 4`` (a proportion) and ``1:2`` stay as written."""

from __future__ import annotations

import re

#: A number and its colon opening the display (after ``$$`` or ``\\[`` and spaces), then a space or a newline.
_LEADING = re.compile(r"^(?P<lead>\s*)(?P<number>[0-9]+:)(?=\s)")


def blank_leading_number(text: str) -> str:
    """``text`` with a leading equation number ``N:`` blanked (offsets kept), where it is the display's only colon."""
    match = _LEADING.match(text)
    if match is None or text.count(":") != 1:
        return text
    return match.group("lead") + " " * len(match.group("number")) + text[match.end() :]
