"""An "Assume …" sentence of its own ("Assume $y$ is one-hot.", "We assume $\\sum_i y_i = 1$.", "Assume $y$ is a
probability vector.") states an assumption of the whole page, not of the display right below it alone.

Read as that display's lead only, it was lost at the next display with a lead of its own ("Next:"), which was then
refuted at targets the page had ruled out, and the report said the file "does not assume" it. A sentence that
leads into its display ("Assuming $y$ is one-hot:", "Assume $y$ is one-hot, then") or says more than the
assumption is still that display's, weighed as before."""

from __future__ import annotations

import re

from derive.read.lead_sums import LEAD_DENIES
from derive.read.plain_words import plain, sentence_of
from derive.read.retractions import hedged

#: The words that open such a sentence, up to its formula: "Assume", "We assume that", "Throughout, we assume".
_OPENS = re.compile(
    r"\s*(?:(?:throughout|henceforth|from\s+now\s+on)\s*,?\s+)?(?:(?:we|let\s+us|let's)\s+(?:will\s+)?)?assume"
    r"(?:\s+(?:throughout|henceforth))?(?:\s+that)?\s*",
    re.I,
)
#: The words after the statement, up to the sentence's end: no stop, colon, comma or blank line.
_TAIL = re.compile(r"[^.!?:;,\n]*")


def assumed_of_page(text: str, start: int, end: int) -> bool:
    """Whether the statement at ``text[start:end]`` (a formula, or a vector called one-hot) stands in an "Assume …"
    sentence of its own: opened by ``_OPENS`` alone, closed by a stop after plain words that neither deny nor hedge
    it ("Assume $y$ is one-hot throughout.", not "Assume $y$ is one-hot only here." nor "Assume …, then")."""
    head = sentence_of(text[:start]).lstrip()
    if re.search(r"\n\s*\n", head) or _OPENS.fullmatch(head) is None:
        return False
    tail = _TAIL.match(text, end)
    said = tail.group(0) if tail is not None else ""
    closed = text[end + len(said) : end + len(said) + 1] == "."
    return closed and plain(said) and LEAD_DENIES.search(said) is None and not hedged(said)


def assumed_inline(text: str, line: int, math: str) -> bool:
    """``assumed_of_page`` for the inline formula ``math`` on 1-based ``line`` of ``text``."""
    start = text.find(math, sum(len(row) + 1 for row in text.split("\n")[: line - 1]))
    return (
        start >= 0
        and text[start + len(math) : start + len(math) + 1] in ("$", ")")
        and assumed_of_page(text, start - 1, start + len(math) + 1)
    )


__all__ = ["assumed_inline", "assumed_of_page"]
