"""Factors set apart by a visible space: ``a = b \\quad c = d`` is two equations side by side, never the product
b·c (read so, ``0 = 0 \\quad c = 0`` proved c = 0); a word space (``b\\ c``, ``b~c``) reads both ways. Thin and
medium spaces (``\\,``, ``\\;``) are the ones products and differentials take."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.latex_lexer import SPACE_WIDTHS, WIDE_GAPS, WORD_GAPS, Token

#: Lengths in mu (18 to the em, at a 10 pt font): what ``\\hspace{…}`` may be given in.
_MU = {"mu": 1.0, "em": 18.0, "ex": 7.7, "pt": 1.8, "bp": 1.8, "pc": 21.7, "mm": 5.1, "cm": 51.2, "in": 130.1}


def measured_gap(width: str) -> str:
    """The gap a horizontal space of ``width`` makes (``\\hspace{0.5in}``): ``\\quad`` from an em, a word's space from
    a third of one, "" below that or backwards; a width that cannot be measured (``\\fill``) is a wide one."""
    found = re.fullmatch(r"\s*(-?\d*\.?\d+)\s*([a-z]{2})\s*", width)
    if found is None or found.group(2) not in _MU:
        return "\\quad"
    mu = float(found.group(1)) * _MU[found.group(2)]
    return "\\quad" if mu >= SPACE_WIDTHS["quad"] else "\\ " if mu >= SPACE_WIDTHS[" "] else ""


def typed_function_at(tokens: list[Token], at: int) -> bool:
    """Whether log, ln or exp typed as letters starts at ``at`` (``y_k \\ log \\ \\hat{y}_k``, as kramdown posts
    space a function name they type without a backslash): a word space before it sets the function apart, as TeX's
    own \\log is, and no formula starts there."""
    for word in ("log", "ln", "exp"):
        letters = tokens[at : at + len(word)]
        after = tokens[at + len(word)] if at + len(word) < len(tokens) else None
        if (
            "".join(t.value for t in letters) == word
            and all(t.kind == "letter" for t in letters)
            and all(t.gap == "" for t in letters[1:])
            and not (after is not None and after.kind == "letter" and after.gap == "")
        ):
            return True
    return False


def refuse_gap(token: Token, word: bool = False) -> None:
    """Refuse ``token`` as a factor after another where a wide or a word space stands before it (a word space
    before a function name typed as letters, ``word``, only spaces it)."""
    if token.gap in WIDE_GAPS:
        raise InputError(
            f"line {token.line}: two formulas set apart by a wide space ({token.gap}) are not a product: write two "
            "equations apart with \\text{and} or on rows of their own, a product without the space"
        )
    if token.gap in WORD_GAPS and not word:
        raise InputError(
            f"line {token.line}: two factors set apart by a space as wide as a word's can be read two ways: a "
            "product, written without it or with \\,, or two formulas side by side, written apart with "
            "\\quad\\text{and}\\quad"
        )
