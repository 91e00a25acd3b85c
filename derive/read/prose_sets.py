"""Letters the page calls a set: "Let $S$ be a subset of the indices", "the set of active units $A$",
"$S \\subset \\{1, \\dots, n\\}$", "$S = \\{1, 3\\}$". A sum over such a letter (``\\sum_{j \\in S}``) runs over
the set, not over every index up to a length S: derive refuses it, since over a proper subset an identity of
the whole range may fail (a probe proved Σ_{j∈S, j≠i} x_j = Σ_{j∈S} x_j − x_i for i outside S)."""

from __future__ import annotations

import re

_LETTER = r"\$\s*([A-Za-z])\s*\$"
#: "$S$ be a subset", "$A$ is the set of", "$S$ denotes any subset".
_CALLED = re.compile(
    _LETTER + r"\s*(?:be|is|denotes?|as)\s+(?:(?:a|an|the|any|some)\s+)?(?:[\w-]+\s+)?(?:sub)?set\b", re.I
)
#: "the set of active units $A$", "a subset $S$", "the index set $I$".
_NAMED = re.compile(r"\b(?:sub)?set\s+(?:of\s+[\w\s,-]{0,40}?)?" + _LETTER, re.I)
#: "$S \\subset …$", "$S \\subseteq …$", "$S = \\{1, 3\\}$" inside math.
_WRITTEN = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*(?:\\(?:subset|subseteq|subsetneq)(?![A-Za-z])|=\s*\\\{)")


def prose_sets(text: str) -> dict[str, int]:
    """Each letter the page calls a set, with the line that first does."""
    found: dict[str, int] = {}
    for pattern in (_CALLED, _NAMED, _WRITTEN):
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            letter = match.group(1)
            found[letter] = min(found.get(letter, line), line)
    return found
