"""A case stated before a display that the statement right above it contradicts: "### Case $i = k$" then "If
$i \\neq k$:", or "Assume $i \\neq k$." then "If $i = k$:", with no display between them and no word that one takes
the other's place ("now", "instead"). Under both no index values remain; under the display's alone the statement
above is broken: a probe's pages were refuted at i = 2, k = 1 below "### Case $i = k$". Such a display is listed as
unreadable, naming both lines, for the writer to say which holds. A case after a display of the statement's own
("Suppose $i \\neq k$. $$…$$ If $i = k$: $$…$$") is the next case, as ever.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.chain_cases import case_letters
from derive.read.find import Display, Found, Unchecked

#: Words of a lead that say its case takes the place of the one above: "Now if $i \\neq k$:", "If instead $i = k$".
_TURNS = re.compile(
    r"\b(?:now|instead|next|otherwise|other|conversely|alternatively|turn\w*|switch\w*|remaining|second)\b", re.I
)
#: A sentence that states a relation of two letters as a fact of the page: "Assume $i \\neq k$.", "Let $i = k$.".
_STATED = re.compile(
    r"\b(?:assume|assuming|suppose|let|take|here|we\s+(?:assume|suppose|take))\b(?:\s+that)?\s*\$(?P<math>[^$]*)\$",
    re.I,
)
#: How a case's relation is written back.
_RELATIONS = {True: "=", False: "\\neq"}
#: Words before such a relation that deny it: "We do not assume $i = k$.".
_DENIED = re.compile(r"\b(?:not|never|without|rather|instead|unless|whether)\b|n't\b", re.I)


def refuse_contradicting_cases(found: Found, text: str) -> Found:
    """``found`` with each display whose lead's case the statement right above contradicts (see the module) listed
    as unreadable instead."""
    lines = text.split("\n")
    shown = sorted([d.line for d in found.displays] + [u.line for u in found.unchecked])
    kept: list[Display] = []
    refused: list[Unchecked] = []
    for display in found.displays:
        case = case_letters(display.lead)
        above = None if case is None or _TURNS.search(display.lead) else _above(lines, found, shown, display)
        contradicted = above is not None and case is not None and _opposite(case, above[1])
        if above is None or case is None or not contradicted:
            kept.append(display)
            continue
        line, other = above
        said = f"{case[0]} {_RELATIONS[case[1]]} {case[2]}"
        refused.append(
            Unchecked(
                display.line,
                f"unreadable: the case ${said}$ stated before this display contradicts ${other}$ stated at line {line}"
                ": under both no index values remain; say which holds ('Now if …', 'instead', or a heading of its "
                "own)",
            )
        )
    if not refused:
        return found
    return dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *refused))


def _above(lines: list[str], found: Found, shown: list[int], display: Display) -> tuple[int, str] | None:
    """The statement of a relation of two letters right above ``display``'s lead, with no display between: the
    heading above it that states a case, or a sentence "Assume $…$." in its section; its line and its math."""
    heading = max((h for h in found.headings if h < display.line), default=0)
    start = max([heading, *(d for d in shown if d < display.line)])
    lead = display.line - 1
    while lead > start and not lines[lead - 1].strip():  # the blank lines between the lead and its display
        lead -= 1
    while lead > start and lines[lead - 1].strip():  # the lead's paragraph: not the statement above it
        lead -= 1
    for number in range(lead, start, -1):
        for match in reversed(list(_STATED.finditer(lines[number - 1]))):
            if not _DENIED.search(lines[number - 1][: match.start()]) and case_letters(f"${match.group('math')}$"):
                return number, match.group("math").strip()
    if heading and start == heading and case_letters(lines[heading - 1]) is not None:
        math = re.findall(r"\$([^$]+)\$", lines[heading - 1])
        return heading, math[0].strip() if math else lines[heading - 1].lstrip("# ").strip()
    return None


def _opposite(case: tuple[str, bool, str], other: str) -> bool:
    """Whether the relation ``other`` (as written) is on the same two letters as ``case`` and says the opposite."""
    said = case_letters(f"${other}$") or case_letters(other)
    return said is not None and {said[0], said[2]} == {case[0], case[2]} and said[1] != case[1]


__all__ = ["refuse_contradicting_cases"]
