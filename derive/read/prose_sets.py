"""Whether ``\\sum_{j \\in S}`` runs over every index up to a count S or over a set S of indices. Over a proper
subset an identity of the whole range may fail (a probe proved Σ_{j∈S, j≠i} x_j = Σ_{j∈S} x_j − x_i, false for i
outside S), and no list of wordings catches every set ("the active units $A$", "the support of $x$"); so S is a
count only where the page says so: the front matter's length or sizes, a sum up to S, 1/S, a shape with S in it, S
equal to a number, or words ("$C$ is the number of classes", "$C$ classes"). A letter the page calls a set ("Let
$S$ be a subset", $S \\subset …$) is one whatever else it says."""

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


#: The math that writes a letter as a number: a sum up to it, 1/S, a shape (ℝ^{m×n}, m \\times n), S = 3.
_MATH_COUNTS = (
    re.compile(r"\\sum\s*_\s*(?:\{[^{}]*\}|\S)\s*\^\s*\{?\s*([A-Za-z])(?![A-Za-z])"),
    re.compile(r"\\sum\s*\^\s*\{?\s*([A-Za-z])\s*\}?\s*_"),
    re.compile(r"\\frac\s*(?:\{[^{}]*\}|\d)\s*\{\s*([A-Za-z])\s*\}"),
    re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*\\times(?![A-Za-z])"),
    re.compile(r"\\times\s*([A-Za-z])(?![A-Za-z_^])"),
    re.compile(r"\\mathbb\s*\{?R\}?\s*\^\s*\{?\s*([A-Za-z])(?![A-Za-z])"),
    re.compile(r"(?<![\\A-Za-z_{])([A-Za-z])\s*=\s*\d+\s*\$"),
)
#: The words that say a letter counts: "$C$ is the number of classes", "the number of classes $C$", "$C$ classes".
_WORD_COUNTS = (
    re.compile(
        r"(?:\$\s*([A-Za-z])\s*\$|(?<![\w$\\])([A-Z])(?![\w$]))\s*(?:is|be|denotes?|as|,)?\s*(?:the\s+|a\s+)?"
        r"(?:total\s+)?number\s+of\b",
        re.I,
    ),
    re.compile(r"\bnumber\s+of\s+[\w -]{1,30}?,?\s*\$\s*([A-Za-z])\s*\$", re.I),
    re.compile(
        r"\$\s*([A-Za-z])\s*\$\s+(?:classes|categories|labels|outputs|examples|samples|inputs|features|units|"
        r"neurons|dimensions|entries|elements|components|observations|points)\b",
        re.I,
    ),
)


def counted_letters(text: str) -> set[str]:
    """The letters the page writes or calls a number (see the module): a sum over one of them runs up to it."""
    found: set[str] = set()
    for pattern in (*_MATH_COUNTS, *_WORD_COUNTS):
        for match in pattern.finditer(text):
            found |= {letter for letter in match.groups() if letter}
    return found
