"""A case a heading states holds over its section: under "### When $j \\neq i$", a display whose own lead is plain
words ("Taking the results from Equation (3), we found that") is a step of that case, as a reader reads it.

The section runs from the heading to the next heading of any level (a narrower reach is the safe side: a case
left out only costs a refutation its counterexample, which then breaks what the page states). A display whose
lead holds math or states anything of its own (a case, a constraint, an assumption), or widens the case ("In
general, we have"), keeps its lead. Without this,
a step of the case j ≠ i was refuted at j = i, a counterexample the heading excludes.
"""

from __future__ import annotations

import bisect
import dataclasses

from derive.read.chain_cases import states_case
from derive.read.find import Display, Found
from derive.read.lead_sums import WIDENED
from derive.read.stated_leads import states_condition


def _plain(lead: str) -> bool:
    """Whether a lead is words alone, stating nothing derive reads: no math, no case, no condition, and nothing that
    widens the case ("In general, …", "For every …")."""
    return "$" not in lead and "\\(" not in lead and not states_condition(lead) and not WIDENED.search(lead)


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
        if heading and states_case(heading) and not states_case(display.lead) and _plain(display.lead):
            display = dataclasses.replace(display, lead=heading)
            changed = True
        displays.append(display)
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


__all__ = ["with_heading_cases"]
