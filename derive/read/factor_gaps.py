"""Factors set apart by a visible space: ``a = b \\quad c = d`` is two equations side by side, never the product
b·c (read so, ``0 = 0 \\quad c = 0`` proved c = 0); a word space (``b\\ c``, ``b~c``) reads both ways. Thin and
medium spaces (``\\,``, ``\\;``) are the ones products and differentials take."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import WIDE_GAPS, WORD_GAPS, Token


def refuse_gap(token: Token) -> None:
    """Refuse ``token`` as a factor after another where a wide or a word space stands before it."""
    if token.gap in WIDE_GAPS:
        raise InputError(
            f"line {token.line}: two formulas set apart by a wide space ({token.gap}) are not a product: write two "
            "equations apart with \\text{and} or on rows of their own, a product without the space"
        )
    if token.gap in WORD_GAPS:
        raise InputError(
            f"line {token.line}: two factors set apart by a space as wide as a word's can be read two ways: a "
            "product, written without it or with \\,, or two formulas side by side, written apart with "
            "\\quad\\text{and}\\quad"
        )
