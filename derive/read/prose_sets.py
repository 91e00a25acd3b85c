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
    _LETTER + r"\s*(?:be|is|denotes?|as)\s+(?:(?:a|an|the|any|some)\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:sub)?set|collection|family)\b",
    re.I,
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


#: A vector or matrix written whole before ``\\in``: x, \\mathbf{x} (x_S ∈ ℝ^S is a vector on a set S, no count).
_VECTOR = r"(?<![\\\w])(?:[A-Za-z]|\\(?:mathbf|boldsymbol|bm)\{[A-Za-z]\})\s*\\in\s*"
#: The math that writes a letter as a number: a sum up to it, 1/S, a shape (ℝ^{m×n}, "an $N \\times H$ matrix"),
#: "$C = 3$" (the whole formula: ``\\# S = 3`` and ``\\operatorname{card} S = 3`` count S's members).
_MATH_COUNTS = (
    re.compile(r"\\sum\s*_\s*(?:\{[^{}]*\}|\S)\s*\^\s*\{?\s*([A-Za-z])(?![A-Za-z])"),
    re.compile(r"\\sum\s*\^\s*\{?\s*([A-Za-z])\s*\}?\s*_"),
    re.compile(r"\\frac\s*(?:\{[^{}]*\}|\d)\s*\{\s*([A-Za-z])\s*\}"),
    re.compile(_VECTOR + r"\\mathbb\s*\{?R\}?\s*\^\s*\{?\s*([A-Za-z])(?![A-Za-z])"),
    re.compile(_VECTOR + r"\\mathbb\s*\{?R\}?\s*\^\s*\{\s*([A-Za-z])\s*\\times\s*([A-Za-z])\s*\}"),
    re.compile(r"\$\s*([A-Za-z])\s*\\times\s*([A-Za-z])\s*\$\s+(?:matrix|array|tensor)", re.I),
    re.compile(r"\$\s*([A-Za-z])\s*=\s*\d+\s*\$"),
)
#: The words that say a letter counts: "$C$ is the number of classes", "C is the number of categories", "the number
#: of classes $C$.", "for $C$ classes"; never "the $S$ classes" (a set of them) or "the number of elements of $S$".
_WORD_COUNTS = (
    re.compile(
        r"(?:\$\s*([A-Za-z])\s*\$|(?:^|(?<=[,;:(]\s)|(?<=\bwhere\s)|(?<=\band\s))([A-Z])(?![\w$]))[ \t]+"
        r"(?:is|denotes|be)[ \t]+(?:the[ \t]+)?"
        r"(?:total[ \t]+)?number[ \t]+of\b",
        re.I,
    ),
    re.compile(
        r"\bnumber\s+of\s+(?:(?!(?:of|in|within|to|from|inside|belonging|among|over)\b)[\w-]+\s+){1,3}"
        r"\$\s*([A-Za-z])\s*\$(?=\s*(?:[.,;:)]|$))",
        re.I | re.M,
    ),
    re.compile(
        r"\b(?:having|for|with|over|among|into|across)\s+\$\s*([A-Za-z])\s*\$\s+(?:classes|categories|labels|outputs|"
        r"examples|samples|inputs|features|units|neurons|dimensions|entries|observations|points)\b",
        re.I,
    ),
)


#: What states nothing of the page's own letters: fenced or inline code, HTML comments, quoted lines.
_ASIDE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`|<!--.*?-->|^[ \t]*>.*?$", re.S | re.M)


def counted_letters(text: str) -> set[str]:
    """The letters the page writes or calls a number (see the module): a sum over one of them runs up to it."""
    text = _ASIDE.sub(" ", text)
    found: set[str] = set()
    for pattern in (*_MATH_COUNTS, *_WORD_COUNTS):
        for match in pattern.finditer(text):
            found |= {letter for letter in match.groups() if letter}
    return found
