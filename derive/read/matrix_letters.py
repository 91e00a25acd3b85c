"""A letter read as a number that the page treats as a matrix: it transposes it (``X^T``, ``W^\\top``), or it is a
capital whose small letter the page writes with two indices (``Y = WX`` beside ``y_{ij} = \\sum_a w_{ia} x_{aj}``).
Read as numbers, the letters made a wrong step true: ∂L/∂X = W ∂L/∂Y (for Wᵀ) holds of numbers, and was proven.
Each display that uses such a letter, or a name the page defines with it, is refused, naming both readings; the
page's other displays are read as before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.bar_means import refuse_bar_means
from derive.read.bold_products import refuse_bold_products
from derive.read.cross_signs import refuse_cross_signs
from derive.read.find import Display, Found
from derive.read.inference import declared_name
from derive.read.latex_lexer import tokenize
from derive.read.log_bases import refuse_log_bases
from derive.read.macros import Macros

if TYPE_CHECKING:
    from derive.read.frontmatter import FrontMatter
    from derive.read.inference import Inferred
    from derive.read.page_definitions import PageDefinition
from derive.read.prose_domains import prose_formulas
from derive.read.redefinitions import refuse_using
from derive.read.specialized_functions import refuse_specialized
from derive.read.total_derivatives import refuse_total_derivatives
from derive.read.written_shapes import SHAPES_CLASH, disagreement

_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm|mathit)\s*\{\s*)?"
_MARK = r"(?:T|\\top|\\intercal|\\mathsf\s*\{\s*T\s*\}|\\mathrm\s*\{\s*T\s*\}|\\mathrm\s+T|\\mathsf\s+T)(?![A-Za-z])"


#: A letter set as a vector: \\vec{a}, \\vec a, \\mathbf{a}, \\boldsymbol{a}, \\bm{a}, \\overrightarrow{a}.
_VECTOR = r"\\(?:vec|mathbf|boldsymbol|bm|overrightarrow)\s*(?:\{\s*\\?([A-Za-z]|(?<=\\)[a-z]+)\s*\}|([A-Za-z]))"
#: Room TeX sets between factors: spaces and spacing commands.
_GAP = r"(?:\s|\\[,;:! ]|\\quad|\\qquad)*"
#: Two of them multiplied (side by side, through a parenthesis), or one squared: a dot, cross or outer product?
_SIGN = rf"(?:(?:\\cdot|\\times|\\bullet){_GAP})?"
_PRODUCT = re.compile(
    rf"{_VECTOR}{_GAP}(?:\^\s*\{{?\s*2(?!\d)|{_SIGN}(?:\\left\s*)?\(|{_SIGN}{_VECTOR})"
    rf"|\){_GAP}{_SIGN}(?:{_VECTOR}|(?:\\left\s*)?\()"
)


def _multiplied(texts: list[str]) -> dict[str, str]:
    """Each letter a text sets as a vector and multiplies by one, with the product as written (``\\vec{a} \\cdot
    \\vec{b}``): read as numbers, (a·b)a = (a·a)b and a × b = b × a had been proven (survey T's helper)."""
    found: dict[str, str] = {}
    for text in texts:
        letters = [letter for match in re.finditer(_VECTOR, text) for letter in filter(None, match.groups())]
        product = _PRODUCT.search(text)
        shown = " ".join(product.group(0).split()) if product is not None else ""
        for letter in letters if product is not None else []:  # ((a + b) · c) a: every vector of it
            found.setdefault(letter, shown)
    return found


def _transposed(letter: str, texts: list[str]) -> bool:
    """Whether any text writes ``letter`` transposed, ``X^T``, ``\\mathbf{W}^\\top``, ``{W}^{T}``."""
    pattern = re.compile(rf"(?<![A-Za-z\\]){_BOLD}{letter}\s*\}}?\s*\}}?\s*\^\s*\{{?\s*{_MARK}")
    return any(pattern.search(text) for text in texts)


def refuse_matrix_letters(
    found: Found,
    inferred: Inferred,
    page: Iterable[PageDefinition],
    text: str,
    macros: Macros | None = None,
    front: FrontMatter | None = None,
) -> Found:
    """``found`` without the displays that use, as a number, a letter the page (``text``, its prose's math too)
    treats as a matrix, or a name the page (or the ``front`` matter) defines with one, each listed with both
    readings (the letters ``inferred`` read as numbers); then without those that multiply letters set as vectors
    and read as numbers, read with the page's ``macros`` (``bold_products``), and those that write a barred letter
    beside its entries (``bar_means``), d/dw_1 through w_2 (``total_derivatives``), u × v or AB on a page of matrices
    (``cross_signs``), or \\log on a page that gives it a base (``log_bases``): each reads two ways."""
    scalars, arrays, defined = list(inferred.scalars), list(inferred.arrays), [(d.name, d.body) for d in page]
    defined += [(key.text.split("(")[0].strip(), value.text) for key, value in (front.define if front else ())]
    found = refuse_bar_means(found, [*scalars, *inferred.vectors])  # x̄ beside x_i: their mean, or a number?
    found = _refuse_matrix_letters(found, scalars, arrays, defined, text)
    rows = [declared_name(entry.text) for entry in (front.arrays if front else ())]  # X, whose rows \mathbf{x}_i
    entries = (*front.vectors, *front.scalars, *front.arrays) if front else ()
    heads = [d.head for d in page] + [key.text for key, _ in (front.define if front else ())]
    found = refuse_total_derivatives(found, [declared_name(e.text) for e in entries], heads, text, defined)  # d/dw_1
    found = refuse_bold_products(found, scalars, [*arrays, *rows, *(r.lower() for r in rows)], defined, macros, text)
    found = refuse_cross_signs(found, scalars, text, defined)  # u × v: numbers, or vectors? AB: of matrices?
    found = refuse_specialized(found, [e.text for e in front.functions] if front else [])  # g generic, g(x) = x^2
    return refuse_log_bases(found, text, defined)  # log₂?


def _refuse_matrix_letters(
    found: Found, scalars: Iterable[str], arrays: Iterable[str], defined: Iterable[tuple[str, str]], text: str
) -> Found:
    texts = [d.text for d in found.displays] + [math for _, math, _, _ in prose_formulas(text)]  # "uses $W^\\top$"
    small = set(arrays)
    why: dict[str, str] = {}  # what the page does with the letter, "the page transposes it"
    which: dict[str, str] = {}  # the same after "which": "the page transposes"
    multiplied, defined = _multiplied(texts), list(defined)
    for name, body in defined:  # s := a + b, then (s·d)s: a and b multiplied as vectors through s
        vectors = [letter for match in re.finditer(_VECTOR, body) for letter in filter(None, match.groups())]
        for letter in vectors if name in multiplied else []:  # the vectors its body sets (δ := ∂L/∂z: z, not L)
            multiplied.setdefault(letter, multiplied[name])
    for letter in scalars:
        if len(letter) != 1 and letter not in multiplied:  # \boldsymbol{\mu}: mu, as a Greek name
            continue
        if letter in multiplied:
            product = multiplied[letter]
            why[letter] = which[letter] = f"the page sets it as a vector and multiplies it so, {product}"
        elif _transposed(letter, texts):
            why[letter], which[letter] = "the page transposes it", "the page transposes"
        elif letter.isupper() and letter.lower() in small:
            entries = f"{letter.lower()}_{{ij}}"
            shapes = disagreement(letter, text)
            said = f"; {shapes}" if shapes else ""
            why[letter], which[letter] = f"the page writes its entries {entries}{said}", f"has entries {entries}{said}"
    if not why:
        return found
    for name, body in defined:
        try:
            used = {t.value for t in tokenize(body) if t.kind == "letter"}
        except InputError:
            continue  # a body derive cannot read is refused where it is read
        through = next((one for one in sorted(why) if one in used), None)
        if through is not None and name not in why:
            why[name] = f"it is defined with {through}, which {which[through]}"
            which[name] = f"is defined with {through}, which {which[through]}"

    def refused(display: Display, used: set[str]) -> str | None:
        letter = next((letter for letter in sorted(why) if letter in used), None)
        if letter is None or _transposed(letter, [display.text]):
            return None  # where it is transposed, the reader says why it cannot be, and what to declare
        mend = "write the page's matrices out with shapes that agree, then " if SHAPES_CLASH in why[letter] else ""
        if why[letter].startswith("the page sets it as a vector"):
            return (
                f"unreadable: {letter}, which the page never indexes, reads as a number here, but {why[letter]}: a "
                f"dot, cross or outer product, or a product of numbers? declare it (vectors: [{letter}]) and write "
                "a dot product as a^\\top b, or give its entries"
            )
        return (
            f"unreadable: {letter}, which the page never indexes, reads as a number here, but {why[letter]}: a "
            f"matrix, as the page means it, or a number, as derive would read it; {mend}give its shape (arrays: "
            f"{{{letter}: [m, n]}}, with sizes: {{m: symbolic}} for a length of its own), and the display is read "
            "with matrices"
        )

    return refuse_using(found, refused)


__all__ = ["refuse_matrix_letters"]
