"""Inline formulas stated under a condition: "If the neuron is in the output layer, because $o_j = y$ and
$E = L(t, y)$, …" (Wikipedia's backpropagation). What the sentence says holds only where its condition does,
so its formulas are no definitions of the whole page: read as one, o_j = y made every o_j the same and proved a
slip (∂(w_ij o_i)/∂w_ij = o_j). They are listed as not read, with the condition; a sentence that defines ("If we
define $Σ_C = …$") still defines."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found, Unchecked

#: A sentence that states a condition: "If …", "When …", "Suppose …", "In the case …".
CONDITION = re.compile(r"^\W*(?:if|when|whenever|suppose|in\s+the\s+case|for\s+the\s+case)\b", re.I)
#: A condition that is how the page defines: "If we define $…$", "When we write $…$".
DEFINING = re.compile(r"^\W*(?:if|when)\s+we\s+(?:define|let|write|denote|set|call)\b", re.I)


def _sentence_before(lines: list[str], line: int, math: str) -> str | None:
    """The sentence of the paragraph that ends the prose right before ``math`` on 1-based ``line``, or None."""
    start = line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    paragraph = "\n".join(lines[start:line])
    at = paragraph.rfind(math)
    if at < 0:
        return None
    return re.split(r"(?<=[.!?:;])\s+", paragraph[:at])[-1]


def take_conditional_inline(found: Found, text: str) -> Found:
    """``found`` without the inline formulas stated under a condition, each listed as not read, with why."""
    lines = text.split("\n")
    kept: list[Display] = []
    notes: list[Unchecked] = []
    for display in found.inline:
        sentence = _sentence_before(lines, display.line, display.text)
        if sentence is None or not CONDITION.match(sentence) or DEFINING.match(sentence):
            kept.append(display)
            continue
        condition = " ".join(sentence.split())[:60].rstrip(" ,$")
        notes.append(
            Unchecked(
                display.line,
                f"${display.text.strip()}$ is stated under a condition ('{condition}'): not read as a definition "
                "of the page (define it in the front matter, or state it outside the condition)",
                False,
            )
        )
    if not notes:
        return found
    return dataclasses.replace(found, inline=tuple(kept), unchecked=(*found.unchecked, *notes))
