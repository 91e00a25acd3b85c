"""Letters the prose states are vectors or matrices: "$a, b \\in \\mathbb{R}^3$", "Let $A$ and $B$ be square
matrices". Whatever shape derive reads for them (a length it does not read at every n leaves them numbers), a
product of two of them is refused as one of bold letters is (``bold_products``): read as numbers, a × b = b × a and
e^{A} e^{B} = e^{B} e^{A} were proven below such sentences (probe s52's r5n, r5az)."""

from __future__ import annotations

import re

from derive.read.prose_domains import prose_formulas

#: A formula that puts names in a space of vectors or matrices: x, y \in \mathbb{R}^{d}, W \in \mathbb{R}^{m \times n}
#: (\R, \mathbf{R}, \Bbb R, ℝ as well).
_IN_SPACE = re.compile(
    r"^(?P<names>[^=<>]+?)\\in\s*(?:\\(?:mathbb|mathbf|Bbb|mathrm)\s*\{?\s*[RC]\s*\}?|\\[RC]\b|ℝ|ℂ)\s*\^"
)
#: Words right before a formula that call it a vector or a matrix: "For matrices $A$", "the weight matrices are $W$".
_BEFORE = re.compile(r"\b(?:matri(?:x|ces)|vectors?)\s*(?:(?:are|is|:)\s*)?$", re.I)
#: Words after formulas that call them vectors or matrices: "… be square matrices", "are vectors of length 3".
_CALLED = re.compile(
    r"^\s*(?:,|and|or)?\s*(?:be|are|is|denote|represent)\s+(?:[A-Za-z0-9×\\{}^ -]*?\s)?(?:matri(?:x|ces)|vectors?)\b",
    re.I,
)
#: A font or accent around a letter, or the letter alone, with an index or a label: \mathbf{A}, \vec{a}, A, A_1,
#: W^{(1)}, \hat{u}.
_LETTER = re.compile(
    r"^(?:\\(?P<font>[A-Za-z]+)\s*\{?\s*)?(?P<letter>[A-Za-z])\s*\}?"
    r"(?:\s*_\s*\{?\s*(?P<index>\d+)\s*\}?|\s*\^\s*\{\s*\(\s*(?P<label>\d+)\s*\)\s*\})?$"
)
#: Accents that make a name of their own (\hat{u} is "uhat", as the reader names it).
_ACCENTED = {"hat": "hat", "widehat": "hat", "tilde": "tilde", "bar": "bar", "overline": "bar"}


def _letters(names: str) -> set[str]:
    """The names a list of formulas writes, as the reader names them: A, A_1, W_1 (for W^{(1)}), uhat."""
    found: set[str] = set()
    for part in names.split(","):
        match = _LETTER.match(part.strip())
        if match is None:
            continue
        name = match["letter"] + _ACCENTED.get(match["font"] or "", "")
        number = match["index"] or match["label"]
        found.add(f"{name}_{number}" if number else name)
    return found


def stated_vectors(text: str) -> frozenset[str]:
    """The letters the prose of ``text`` states are vectors or matrices (see the module)."""
    stated: set[str] = set()
    formulas = prose_formulas(text)
    for at, (_, math, before, after) in enumerate(formulas):
        space = _IN_SPACE.match(math.strip())
        if space is not None:
            stated |= _letters(space.group("names"))
        if _BEFORE.search(before):  # "For matrices $A$ and $B$": this formula and those joined to it after
            stated |= _letters(math)
            ahead = at + 1
            while ahead < len(formulas) and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", formulas[ahead - 1][3]):
                stated |= _letters(formulas[ahead][1])
                ahead += 1
        if _CALLED.match(after):  # "$A$ and $B$ be matrices": this formula and those joined to it before
            stated |= _letters(math)
            back = at - 1
            while back >= 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", formulas[back][3]):
                stated |= _letters(formulas[back][1])
                back -= 1
    return frozenset(stated)


__all__ = ["stated_vectors"]
