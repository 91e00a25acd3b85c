"""A case on a lead's line that ends a sentence begun on the lines above it: "…holds for every pair of indices, and
not only\\nwhen $i = j$:", "…it is not restricted to the special case\\n$i = j$.". Read line by line, the last
line stated the case, and ∂x_i/∂x_j = 1 was proven under it (probe s51-C's l01, l02). Where the sentence's words
above its last line may turn the case around or widen it ("including", "even", "also"), or words after the case on
its own line widen it ("When $i = j$, and in fact for each pair:"), the case is not taken, and the display's links
are never refuted (probe s52's r3v–r3ag, r3h, r3r)."""

from __future__ import annotations

import dataclasses
import re

from derive.read.chain_cases import states_case
from derive.read.display_prose import above_lead
from derive.read.find import Display, Found
from derive.read.lead_clauses import turns_case

#: The end of a sentence or of a line that stands alone: ". ! ? : ;", a closing bracket ("[Insert Diagram Here]").
_ENDED = re.compile(r"[.!?:;\])]\s*$")


def _begun_above(display: Display) -> str:
    """The words of the lead's sentence on the lines above the lead (in its paragraph), or ""."""
    above = above_lead(display.lead_block, display.lead).strip()
    if not above or _ENDED.search(above):
        return ""
    return re.split(r"(?<=[.!?;:])\s", above)[-1]


#: Words that widen a case to more than itself: "…for each pair, including\nwhen $i = j$:", "even", "also".
_WIDER = re.compile(
    r"\b(?:each|includ\w*|also|even|besides|beyond|likewise|in\s+fact|indeed|whatever|whichever|whenever|as\s+well"
    r"|limited|restricted|just|merely|too|regardless|in\s+general|coincide|or\s+(?:when|if|for|else))\b",
    re.I,
)


def _held(display: Display) -> Display:
    stated = bool(display.lead) and states_case(display.lead)
    begun = _begun_above(display) if stated else ""
    after = re.split(r"\$[^$]*\$|\\\(.+?\\\)", display.lead, maxsplit=1)[-1] if stated else ""  # "When $i = j$, and …"
    if not (begun and (turns_case(begun) or _WIDER.search(begun))) and not _WIDER.search(after):
        return display
    sentence = f"{begun} {display.lead.strip()}".strip()
    return dataclasses.replace(display, lead="", unheld=display.unheld or sentence)


def unheld_sentence_cases(found: Found) -> Found:
    """``found`` with each case a sentence may turn around (see the module) taken off its display's lead, and the
    sentence kept as a condition derive does not hold: the display's links are never refuted."""
    return dataclasses.replace(found, displays=tuple(_held(display) for display in found.displays))


__all__ = ["unheld_sentence_cases"]
