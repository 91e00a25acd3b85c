"""A case a heading states holds over its section: under "### When $j \\neq i$", a display whose own lead is plain
words ("Taking the results from Equation (3), we found that") is a step of that case, as a reader reads it.

The case is carried to the first display under the heading only. Every other display of the section (up to the
next heading of any level) whose lead states a case of its own keeps it; one whose lead widens the case to every
index ("In general, we have", "both cases together") is checked as written; any other (a lead in words derive
cannot tell apart from another case, "When the two are the same class", a bold title of its own, a subheading)
is checked without the case, which a counterexample must keep (``with_heading_case``): proven only for every
index, refuted only where the heading's case holds. Without
this, a step of the case j ≠ i was refuted at j = i, a counterexample the heading excludes, and a step of j = i
under it proven as one of j ≠ i.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from sympy import S

from derive.errors import InputError
from derive.read.chain_cases import lead_case, states_case, states_number_case
from derive.read.find import Display, Found
from derive.read.lead_sums import WIDENED
from derive.read.links import Link
from derive.read.names import Names
from derive.read.stated_leads import states_condition

#: Words of a lead that speak of the cases themselves ("Putting both cases together", "The other case is similar").
_CASES = re.compile(
    r"\b(?:cases?|similar\w*|either|diagonal|remaining|rest|other|equal|unequal|swap\w*|entries|indices|index"
    r"|instead|otherwise)\b",
    re.I,
)
#: Words of a lead that widen the case to every index ("In general", "Putting both cases together").
_WIDER = re.compile(r"\b(?:both|together|overall|combin\w*|general\w*)\b", re.I)
#: A line that titles a part of the section, in bold or italics alone ("**When $j = i$**").
_RUN_IN = re.compile(r"^\s*(?:\*\*|__|\*|_).+(?:\*\*|__|\*|_)\s*:?\s*$")


def _plain(lead: str) -> bool:
    """Whether a lead is words alone, stating nothing derive reads: no math, no case, no condition, and nothing that
    widens the case ("In general, …", "For every …", "both cases together")."""
    return (
        "$" not in lead
        and "\\(" not in lead
        and not states_condition(lead)
        and not _widens(lead)
        and not _CASES.search(lead)
    )


def _widens(lead: str) -> bool:
    """Whether a lead says the display holds for every index ("In general, …", "For every …", "both cases")."""
    return bool(WIDENED.search(lead) or _WIDER.search(lead))


def _titled_between(lines: list[str], heading: int, line: int) -> bool:
    """Whether a line between the heading and the display titles a part of its own or states a case of its own
    ("**When $j = i$**" under "### When $j \\neq i$"): the heading's case then stops there."""
    return any(_RUN_IN.match(text) or states_case(text) for text in lines[heading : max(heading, line - 1)])


def _governing(lines: list[str], headings: list[int], line: int) -> tuple[str, int, bool] | None:
    """The heading above ``line`` that states a case, its line, and whether it is the nearest heading (else a heading
    of a higher level above the nearest, whose section holds it: ``## When $j \neq i$`` over ``### Step 1``)."""
    at = bisect.bisect_left(headings, line) - 1
    level = 7
    for back in range(at, -1, -1):
        text = lines[headings[back] - 1].strip() if headings[back] <= len(lines) else ""
        depth = len(text) - len(text.lstrip("#")) or 7
        if back < at and depth >= level:
            continue
        if text and (states_case(text) or states_number_case(text)):  # "### Case $k = 1$"
            return text, headings[back], back == at
        level = min(level, depth)
    return None


def with_heading_cases(found: Found, text: str) -> Found:
    """``found`` with each display under a heading that states a case, its lead plain words, given that heading
    (``chain_cases`` reads the case from it); one in that section that the case may not govern (a lead on other
    cases, a title of its own between, a subheading) gets it as a condition it does not read: refuted by nothing."""
    headings = sorted(found.headings)
    if not headings:
        return found
    lines = text.split("\n")
    displays: list[Display] = []
    changed = False
    shown = [d.line for d in found.displays]
    for display in found.displays:
        governing = _governing(lines, headings, display.line)
        if governing is None or states_case(display.lead):
            displays.append(display)
            continue
        heading, at, nearest = governing
        first = not any(at < line < display.line for line in shown)  # right under it: no display between
        if nearest and first and not _titled_between(lines, at, display.line) and _plain(display.lead):
            display = dataclasses.replace(display, lead=heading)
        elif _widens(display.lead):  # "In general, we found that": checked as written, for every index
            pass
        else:
            display = dataclasses.replace(display, heading_case=heading, heading_line=at)
        changed = True
        displays.append(display)
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


def with_heading_case(link: Link, display: Display, names: Names) -> Link:
    """``link`` with the case of the heading above its display, where the case may not govern it, as a condition the
    page states: checked without it, a counterexample that breaks it refutes nothing, one that keeps it stands; a
    case derive cannot read is a condition it does not read."""
    if not display.heading_case:
        return link
    try:
        relation = lead_case(display.heading_case, names)
    except InputError:
        relation = S.true
    if relation == S.true:
        return link if link.unheld else dataclasses.replace(link, unheld=display.heading_case.lstrip("#").strip())
    math = " ".join(re.findall(r"\$([^$]+)\$", display.heading_case)) or display.heading_case.lstrip("#").strip()
    return dataclasses.replace(link, stated=(*link.stated, (display.heading_line, math, relation)))


__all__ = ["with_heading_case", "with_heading_cases"]
