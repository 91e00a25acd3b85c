"""A sum to one the prose states written out at a concrete n ("with $y_1 + y_2 + y_3 = 1$"): an assumption of the
page, read as the front matter's ``assume``, so that no counterexample breaks what the page states. (A sum written
with \\sum is ``inline_assumptions``' on main; this module reads only the written-out form.)"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter

#: y_1 + y_2 + y_3 = 1, every entry once, at a concrete n.
_WRITTEN = re.compile(r"^([a-z])_\{?1\}?(?:\s*\+\s*\1_\{?\d\}?)+\s*=\s*1\s*[.,]?$")


def _vector(text: str, n: int | None) -> str | None:
    """The vector a sum to one names, or None when ``text`` is not one."""
    written = _WRITTEN.match(text)
    if written is not None and n is not None:
        entries = re.findall(r"_\{?(\d)\}?", text)
        return written.group(1) if entries == [str(k) for k in range(1, n + 1)] else None
    return None


#: The words before a formula that state it as a fact of the page: "with $…$", "since $…$", "where $…$".
_STATES = re.compile(r"(?:^|\W)(?:with|where|since|because|and|know\s+that|recall\s+that|note\s+that)\s*[$(\\]*$", re.I)
#: A line that states a case or a chain's own assumption ("If $…$,", "Assuming $…$:"): never the page's.
_CONDITIONAL = re.compile(r"^\W*(?:(?:if|when|whenever|assuming|assume|given|suppose|case)\b|for\s*[$\\])", re.I)


def _states_fact(line: str, text: str) -> bool:
    """Whether the prose ``line`` states the formula ``text`` as a fact of the whole page."""
    at = line.find(text)
    return at >= 0 and _CONDITIONAL.match(line) is None and _STATES.search(line[:at]) is not None


def with_stated_constraints(front: FrontMatter, found: Found, page: str) -> FrontMatter:
    """``front`` with each sum to one an inline formula of ``page`` states as a fact ("with $…$") about a vector
    the page does not define; one under "if" or "assuming" is a case or a chain's own, and is left to it."""
    defined = {re.sub(r"[_({\\].*", "", key.text) for key, _ in front.define}
    stated = {entry.text.replace(" ", "") for entry in front.assume}
    lines = page.splitlines()
    more = []
    for inline in found.inline:
        text = inline.text.strip()
        if not 0 < inline.line <= len(lines) or not _states_fact(lines[inline.line - 1], inline.text):
            continue
        name = _vector(text, front.n)
        if name is not None and name not in defined and text.replace(" ", "") not in stated:
            more.append(Entry(text.rstrip(".,").strip(), inline.line))
            stated.add(text.replace(" ", ""))
    return dataclasses.replace(front, assume=(*front.assume, *more)) if more else front
