"""A sum to one the prose states written out at a concrete n ("with $y_1 + y_2 + y_3 = 1$"): an assumption of the
page, read as the front matter's ``assume``, so that no counterexample breaks what the page states. (A sum written
with \\sum is ``inline_assumptions``' on main; this module reads only the written-out form.)

Its sentence is weighed whole, as the \\sum form's is, with the words that deny or hedge a statement there
(``LEAD_DENIES``, ``hedged``), and the words after it must be plain (``plain``; before it, "For three classes,
with" scopes nothing the page does not). The words before it alone had been read, and "with $y_1 + y_2 + y_3 = 1$
no longer true" was assumed, proving the dropped-sum mistake. A sentence that plainly sets it aside ("…, which does
not hold") leaves it unassumed; one in other words ("… replaced by …", "… was never assumed") leaves it unheld: no
link of the page is refuted, since a counterexample might break it."""

from __future__ import annotations

import dataclasses
import re

from derive.read.display_prose import taken_back_around
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.lead_sums import LEAD_DENIES, set_aside
from derive.read.plain_words import plain, sentence_of
from derive.read.retractions import hedged

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
    """Whether the prose ``line`` states the formula ``text`` as a fact of the whole page, by the words before it."""
    at = line.find(text)
    return at >= 0 and _CONDITIONAL.match(line) is None and _STATES.search(line[:at]) is not None


def _weighed(page: str, line: int, math: str) -> str:
    """How the sentence around the inline ``math`` at 1-based ``line`` of ``page`` says it: "held", plainly;
    "aside", set aside plainly ("…, which does not hold"); "unheld", in words neither ("…, which never fails",
    "… replaced by …", "… is false here?"). Also "unheld" where a paragraph around it may take it back."""
    lines = page.split("\n")
    found = page.find(math, sum(len(row) + 1 for row in lines[: line - 1]))
    if found < 0:
        return "unheld"
    before, after = page[:found], page[found + len(math) :]
    before, after = re.split(r"\n\s*\n", before)[-1], re.split(r"\n\s*\n", after)[0]  # its paragraph, no display
    sentence = sentence_of(before, after)
    at = len(sentence_of(before))  # where the formula starts in its sentence
    following = re.split(r"[.!?]\s|\n\s*\n", after + " ")[:2]  # "…. That is wrong here."
    hedge = hedged(f"{sentence} {' '.join(following)}")
    if LEAD_DENIES.search(sentence) is not None:
        return "aside" if set_aside(sentence, at) and not hedge else "unheld"
    asked = "?" in re.split(r"[.!;]\s", following[0] + " ")[0]  # "with $…$? No:"
    rest = re.sub(r"^\s*(?:\$|\\\))", "", sentence_of("", after))  # "…$, being a typo": from its end on
    if hedge or asked or not plain(rest) or taken_back_around(lines, line):
        return "unheld"
    return "held"


def with_stated_constraints(front: FrontMatter, found: Found, page: str) -> tuple[FrontMatter, Found]:
    """``front`` with each sum to one an inline formula of ``page`` states as a fact ("with $…$") about a vector
    the page does not define; one under "if" or "assuming" is a case or a chain's own, and is left to it. ``found``
    with each one stated in words that neither hold it nor plainly set it aside among its ``unheld``."""
    defined = {re.sub(r"[_({\\].*", "", key.text) for key, _ in front.define}
    stated = {entry.text.replace(" ", "") for entry in front.assume}
    lines = page.splitlines()
    more, unheld = [], []
    for inline in found.inline:
        text = inline.text.strip()
        if not 0 < inline.line <= len(lines) or not _states_fact(lines[inline.line - 1], inline.text):
            continue
        name = _vector(text, front.n)
        if name is None or name in defined or text.replace(" ", "") in stated:
            continue
        how = _weighed(page, inline.line, inline.text)
        if how == "unheld":
            unheld.append((inline.line, " ".join(lines[inline.line - 1].split()), name))
        if how == "held":
            more.append(Entry(text.rstrip(".,").strip(), inline.line))
            stated.add(text.replace(" ", ""))
    front = dataclasses.replace(front, assume=(*front.assume, *more)) if more else front
    return front, dataclasses.replace(found, unheld=(*found.unheld, *unheld)) if unheld else found
