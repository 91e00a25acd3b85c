"""Letters the prose states are vectors or matrices: "$a, b \\in \\mathbb{R}^3$", "Let $A$ and $B$ be square
matrices", or sets bold ("The inputs are $\\mathbf{u}$ and $\\mathbf{v}$"). Whatever shape derive reads for them (a
length it does not read at every n leaves them numbers), a product of two of them is refused as one of bold letters
is (``bold_products``): read as numbers, a × b = b × a and e^{A} e^{B} = e^{B} e^{A} were proven below such sentences
(probe s52's r5n, r5az; u × v below bold $\\mathbf{u}$, probe s52-2's q3)."""

from __future__ import annotations

import re

from derive.read.latex_lexer import Token
from derive.read.names import ACCENTS
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
#: Fonts that set a letter as a vector or a matrix (``bold_products``).
_FONTS = frozenset({"mathbf", "boldsymbol", "bm", "vec", "overrightarrow", "pmb", "mathbfit"})


def _letters(names: str) -> set[str]:
    """The names a list of formulas writes, as the reader names them: A, A_1, W_1 (for W^{(1)}), uhat."""
    found: set[str] = set()
    for part in names.split(","):
        match = _LETTER.match(part.strip())
        if match is None:
            continue
        name = match["letter"] + ACCENTS.get(match["font"] or "", "")  # \\hat{u}: "uhat", \\mathcal{A}: "Acal"
        number = match["index"] or match["label"]
        found.add(f"{name}_{number}" if number else name)
    return found


def stated_vectors(text: str) -> frozenset[str]:
    """The letters the prose of ``text`` states are vectors or matrices (see the module)."""
    stated: set[str] = set()
    formulas = prose_formulas(text)
    for at, (_, math, before, after) in enumerate(formulas):
        bold = _LETTER.match(math.strip())
        if bold is not None and bold["font"] in _FONTS:  # "The inputs are $\mathbf{u}$ and …": u, however written
            stated |= _letters(math)
        space = _IN_SPACE.match(math.strip())
        if space is not None:
            stated |= _letters(space.group("names"))
        if _BEFORE.search(before):  # "For matrices $A$ and $B$": this formula and those joined to it after
            stated |= _letters(math)
            ahead = at + 1
            while ahead < len(formulas) and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", formulas[ahead - 1][3]):
                stated |= _letters(formulas[ahead][1])
                ahead += 1
        sized = at + 1 < len(formulas) and re.fullmatch(r"\s*(?:be|are|is)\s*", after) is not None
        if sized and _SIZE.fullmatch(formulas[at + 1][1]) and _KIND.match(formulas[at + 1][3]):
            after = formulas[at + 1][3]  # "$A$ and $B$ are $n \times n$ matrices" (probe s53's l07)
        if _CALLED.match(after) or (sized and _KIND.match(after)):  # "$A$ and $B$ be matrices": those before too
            stated |= _letters(math)
            back = at - 1
            while back >= 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", formulas[back][3]):
                stated |= _letters(formulas[back][1])
                back -= 1
    return frozenset(stated)


#: A size, ``n \times n``, and words after it that name a kind: "matrices", "real matrices", "-dimensional vectors".
_SIZE = re.compile(r"\s*\\?[A-Za-z0-9]+(?:\s*\\times\s*\\?[A-Za-z0-9]+)*\s*")
_KIND = re.compile(
    r"^\s*(?:-?\s*dimensional\s+|real\s+|square\s+|column\s+|row\s+)*(?:matri(?:x|ces)|vectors?)\b", re.I
)
#: A display's lead that calls all it holds vectors or matrices: "For unit vectors:", "For the matrices:", or names
#: the cross product ("In 3D, the cross product:"); words in the display that do ("\text{for matrices } A, B").
_FOR_ALL = re.compile(r"^\s*(?:for|with|given)\s+(?:[a-z]+\s+){0,2}(?:vectors|matrices)\s*[:,.]?\s*$", re.I)
_CROSS = re.compile(r"\bcross[-\s]+products?\b", re.I)
_IN_TEXT = re.compile(r"\\(?:text|mbox|textrm)\s*\{[^{}]*\b(?:matri(?:x|ces)|vectors?)\b[^{}]*\}", re.I)


def lead_vectors(lead: str, tokens: list[Token], text: str = "") -> frozenset[str]:
    """The letters a display writes (its ``tokens``, its ``text``), an accented one as the reader names it (\\hat{u}:
    "uhat"), where its ``lead`` or its words call all it holds vectors or matrices ("For unit vectors:", probe
    s52-2's h_hat_unit; probe s53's m10, m12); else none."""
    if not (_FOR_ALL.match(lead) or _CROSS.search(lead) or _IN_TEXT.search(text)):
        return frozenset()
    found = {t.value for t in tokens if t.kind == "letter"}
    for at, token in enumerate(tokens[:-1]):
        inner = tokens[at + 2] if tokens[at + 1].kind == "{" and at + 2 < len(tokens) else tokens[at + 1]
        if token.kind == "command" and token.value in ACCENTS and inner.kind == "letter":
            found.add(f"{inner.value}{ACCENTS[token.value]}")
    return frozenset(found)


__all__ = ["lead_vectors", "stated_vectors"]
