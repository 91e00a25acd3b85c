"""Letters the prose states are vectors or matrices: "$a, b \\in \\mathbb{R}^3$", "Let $A$ and $B$ be square
matrices". Whatever shape derive reads for them (a length it does not read at every n leaves them numbers), a
product of two of them is refused as one of bold letters is (``bold_products``): read as numbers, a × b = b × a and
e^{A} e^{B} = e^{B} e^{A} were proven below such sentences (probe s52's r5n, r5az)."""

from __future__ import annotations

import re

from derive.read.prose_domains import prose_formulas

#: A formula that puts names in a space of vectors or matrices: x, y \in \mathbb{R}^{d}, W \in \mathbb{R}^{m \times n}.
_IN_SPACE = re.compile(r"^(?P<names>[^=<>]+?)\\in\s*\\mathbb\s*\{?\s*[RC]\s*\}?\s*\^")
#: Words after formulas that call them vectors or matrices: "… be square matrices", "are vectors of length 3".
_CALLED = re.compile(
    r"^\s*(?:,|and|or)?\s*(?:be|are|is|denote|represent)\s+(?:[A-Za-z0-9×\\{}^ -]*?\s)?(?:matri(?:x|ces)|vectors?)\b",
    re.I,
)
#: A font or accent around a letter, or the letter alone: \mathbf{A}, \vec{a}, A.
_LETTER = re.compile(r"^(?:\\[A-Za-z]+\s*\{?\s*)?([A-Za-z])\s*\}?$")


def _letters(names: str) -> set[str]:
    return {match.group(1) for part in names.split(",") if (match := _LETTER.match(part.strip())) is not None}


def stated_vectors(text: str) -> frozenset[str]:
    """The letters the prose of ``text`` states are vectors or matrices (see the module)."""
    stated: set[str] = set()
    formulas = prose_formulas(text)
    for at, (_, math, _, after) in enumerate(formulas):
        space = _IN_SPACE.match(math.strip())
        if space is not None:
            stated |= _letters(space.group("names"))
        if _CALLED.match(after):  # "$A$ and $B$ be matrices": this formula and those joined to it before
            stated |= _letters(math)
            back = at - 1
            while back >= 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", formulas[back][3]):
                stated |= _letters(formulas[back][1])
                back -= 1
    return frozenset(stated)


__all__ = ["stated_vectors"]
