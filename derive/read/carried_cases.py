"""A case stated in the prose goes on over the displays right below it: "If $i = j$, this gives:" then three
displays with no prose between them (David Bieber's steps) are three steps of that case, as a reader reads them.
The next line of prose (or a heading) ends it; each link's case is stated in the report, as for one display."""

from __future__ import annotations

import dataclasses
import re

from derive.read.chain_cases import states_case
from derive.read.display_prose import EVERY_IN_MATH, WORDS_IN_MATH, same_item
from derive.read.find import Display, Found

#: What a display's lead is when only math stands between it and the display before: $$…$$, \], \end{…}, $…$.
_MATH_ONLY = re.compile(r"^\s*(?:\$\$.*|.*\$\$|\\\]|\\end\{[A-Za-z*]+\}.*|\$[^$]+\$[.,]?)\s*$")


def with_carried_cases(found: Found, text: str = "") -> Found:
    """``found`` with each display right below a display under a case (no prose between) given that case's lead."""
    displays: list[Display] = []
    changed = False
    lines = text.split("\n") if text else []
    for display in found.displays:
        before = displays[-1] if displays else None
        if (
            before is not None
            and before.line < display.line
            and _MATH_ONLY.match(display.lead)
            and not WORDS_IN_MATH.search(display.lead)
            and not EVERY_IN_MATH.search(display.text)  # "= … \quad \text{for all } i, k": no step of the case
            and states_case(before.lead)
            and not states_case(display.lead)
            and same_item(lines, before.line, display.line)
        ):
            display = dataclasses.replace(display, lead=before.lead)
            changed = True
        displays.append(display)
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


__all__ = ["with_carried_cases"]
