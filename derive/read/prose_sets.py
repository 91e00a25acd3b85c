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
#: "j \\in \\mathbf{S}", "j \\in \\mathcal{S}": a letter in another typeface is another name (a set, most often),
#: which derive reads as the plain letter.
_STYLED = re.compile(
    r"\\sum\s*_\s*\{[^{}]*\\in\s*\\(?:mathbf|mathcal|mathrm|mathbb|mathsf|mathscr|mathfrak|boldsymbol|bm)\s*\{?\s*([A-Za-z])"
)


def prose_sets(text: str) -> dict[str, int]:
    """Each letter the page calls or writes as a set, with the line that first does."""
    found: dict[str, int] = {}
    for pattern in (_CALLED, _NAMED, _WRITTEN, _STYLED):
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            letter = match.group(1)
            found[letter] = min(found.get(letter, line), line)
    return found


#: A letter standing alone: no subscript, script, prime or accent after it (S_0, S^\\star, S' are other names).
_ALONE = r"([A-Za-z])(?![A-Za-z_^'\\])"
#: The math that writes a letter as a number: a sum up to it, 1/S, a matrix's shape (ℝ^{N×D}, "an $N \\times H$
#: matrix"), "$C = 3$" as a whole formula (``\\# S = 3`` and ``\\operatorname{card} S = 3`` count S's members). A
#: vector's ℝ^S alone is no evidence: ℝ^S is also the vectors on a set S.
_MATH_COUNTS = (
    re.compile(r"\\sum\s*_\s*(?:\{[^{}]*\}|\S)\s*\^\s*\{?\s*" + _ALONE + r"\s*\}?"),
    re.compile(r"\\sum\s*\^\s*\{?\s*" + _ALONE + r"\s*\}?\s*_"),
    re.compile(r"\\frac\s*(?:\{[^{}]*\}|\d)\s*\{\s*" + _ALONE + r"\s*\}"),
    re.compile(r"\\mathbb\s*\{?R\}?\s*\^\s*\{\s*" + _ALONE + r"\s*\\times\s*" + _ALONE + r"\s*\}"),
    re.compile(r"\$\s*([A-Za-z])\s*\\times\s*([A-Za-z])\s*\$\s+(?:matrix|array|tensor)", re.I),
    re.compile(r"(?<!not )(?<!not\s\()\$\s*([A-Za-z])\s*=\s*\d+\s*\$"),
)
#: Where a clause starts: a line, a comma, semicolon, colon or parenthesis, "where", "and", "Let".
_CLAUSE = r"(?:^|(?<=[,;:(]\s)|(?<=\bwhere\s)|(?<=\band\s)|(?<=\blet\s))"
#: The words that say a letter counts, at a clause's start: "$C$ is the number of classes", "where C is the number
#: of categories", "For a model having $C$ classes"; never "the number of points outside $S$" or "it is not true
#: that $S$ is the number of units".
_WORD_COUNTS = (
    re.compile(
        _CLAUSE + r"(?:\$\s*([A-Za-z])\s*\$|([A-Z])(?![\w$]))[ \t]+(?:is|denotes|be)[ \t]+(?:the[ \t]+)?"
        r"(?:total[ \t]+)?number[ \t]+of\b",
        re.I | re.M,
    ),
    re.compile(
        r"\bhaving\s+\$\s*([A-Za-z])\s*\$\s+(?:classes|categories|labels|outputs|examples|samples|inputs|features|"
        r"units|neurons|dimensions|entries|observations|points)\b",
        re.I,
    ),
)


#: What states nothing of the page's own letters: fenced or inline code, HTML comments, quoted lines.
_ASIDE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`|<!--.*?-->|^[ \t]*>.*?$", re.S | re.M)


#: A letter the page says is something other than a number: "Let $S$ be the active units", "$S$ denotes the support".
_DESCRIBED = re.compile(
    r"\$\s*([A-Za-z])\s*\$[ \t]+(?:is|be|denotes)[ \t]+(?!(?:the[ \t]+)?(?:total[ \t]+)?number[ \t]+of\b)", re.I
)


def counted_letters(text: str) -> set[str]:
    """The letters the page writes or calls a number (see the module): a sum over one of them runs up to it. A letter
    the page also says is something else ("## Part 2: Let $S$ be the active units") is no count: which one a sum
    over it means is not for derive to guess."""
    text = _ASIDE.sub(" ", text)
    found: set[str] = set()
    for pattern in (*_MATH_COUNTS, *_WORD_COUNTS):
        for match in pattern.finditer(text):
            found |= {letter for letter in match.groups() if letter}
    return found - {match.group(1) for match in _DESCRIBED.finditer(text)}
