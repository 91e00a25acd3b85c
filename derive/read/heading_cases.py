"""A case a heading states holds over its section: under "### When $j \\neq i$", a display whose own lead is plain
words ("Taking the results from Equation (3), we found that") is a step of that case, as a reader reads it.

The section runs from the heading to the next heading of any level (a narrower reach is the safe side: a case
left out only costs a refutation its counterexample, which then breaks what the page states). A display whose
lead holds math or states anything of its own (a case, a constraint, an assumption), widens the case ("In
general, we have", "Putting both cases together"), or stands below a bold title of its own ("**When $j = i$**"),
keeps its lead. Without this,
a step of the case j ≠ i was refuted at j = i, a counterexample the heading excludes.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from derive.read.chain_cases import states_case, states_number_case
from derive.read.find import Display, Found
from derive.read.lead_sums import WIDENED
from derive.read.stated_leads import states_condition

#: Words of a lead that speak of the cases themselves ("Putting both cases together", "The other case is similar").
_CASES = re.compile(r"\b(?:cases?|both|together|overall|combin\w*|similar\w*|either)\b", re.I)
#: A line that titles a part of the section, in bold or italics alone ("**When $j = i$**").
_RUN_IN = re.compile(r"^\s*(?:\*\*|__|\*|_).+(?:\*\*|__|\*|_)\s*:?\s*$")


def _plain(lead: str) -> bool:
    """Whether a lead is words alone, stating nothing derive reads: no math, no case, no condition, and nothing that
    widens the case ("In general, …", "For every …", "both cases together")."""
    return (
        "$" not in lead
        and "\\(" not in lead
        and not states_condition(lead)
        and not WIDENED.search(lead)
        and not _CASES.search(lead)
    )


def _titled_between(lines: list[str], heading: int, line: int) -> bool:
    """Whether a line between the heading and the display titles a part of its own or states a case of its own
    ("**When $j = i$**" under "### When $j \\neq i$"): the heading's case then stops there."""
    return any(_RUN_IN.match(text) or states_case(text) for text in lines[heading : max(heading, line - 1)])


def with_heading_cases(found: Found, text: str) -> Found:
    """``found`` with each display under a heading that states a case, its lead plain words, given that heading
    (``chain_cases`` reads the case from it)."""
    headings = sorted(found.headings)
    if not headings:
        return found
    lines = text.split("\n")
    displays: list[Display] = []
    changed = False
    for display in found.displays:
        at = bisect.bisect_left(headings, display.line) - 1
        heading = lines[headings[at] - 1].strip() if at >= 0 and headings[at] <= len(lines) else ""
        stated = heading and (states_case(heading) or states_number_case(heading))  # "### Case $k = 1$"
        below = stated and not _titled_between(lines, headings[at], display.line)
        if below and not states_case(display.lead) and _plain(display.lead):
            display = dataclasses.replace(display, lead=heading)
            changed = True
        displays.append(display)
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


__all__ = ["with_heading_cases"]
