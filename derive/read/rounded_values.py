"""A worked example's value written rounded: ``-(0.0 \\log 0.228 + 1.0 \\log 0.619 + 0.0 \\log 0.153) = 0.479``, where
the left side is 0.47965…. The page writes '=' and means a value to the digits it shows; refuted, the link had been
the page's first wrong step. Where a side is a decimal that the other, a number, rounds or cuts short to, the link is
not refuted (nor proven): the report says both values. Any other value is refuted still (√2 = 1.5)."""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from sympy import Basic

#: A decimal as a page writes one: digits, a point, digits.
_DECIMAL = re.compile(r"\s*(-?\d*\.(\d+))\s*[.,]?\s*")
#: What the report says of such a link.
ROUNDED = (
    "not refuted: {written} is {left} rounded or cut short to the {digits} decimals written: a value written so, which "
    "'=' does not state (write \\approx for it)"
)


def rounded(written: str, values: tuple[tuple[Basic, Basic], ...], sides: tuple[Basic, Basic]) -> str:
    """What the report says where ``written`` (a side as the page writes it) is a decimal that a counterexample's
    ``sides`` (at no ``values``: no variable) match within a unit of its last digit; else ""."""
    decimal = _DECIMAL.fullmatch(written)
    if decimal is None or values:
        return ""
    try:
        left, right = Decimal(str(float(sides[0]))), Decimal(str(float(sides[1])))
    except (TypeError, ValueError, ArithmeticError):
        return ""
    digits, shown = len(decimal.group(2)), Decimal(decimal.group(1))
    other = left if right == shown else right
    unit = Decimal(1).scaleb(-digits)
    if shown not in (other.quantize(unit, rounding=ROUND_HALF_UP), other.quantize(unit, rounding=ROUND_DOWN)):
        return ""  # neither the value rounded nor cut short to the digits written: √2 = 1.5 is refuted
    return ROUNDED.format(digits=digits, left=f"{float(other):.{digits + 3}f}", written=decimal.group(1))


__all__ = ["ROUNDED", "rounded"]
