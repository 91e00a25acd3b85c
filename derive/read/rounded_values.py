"""A worked example's value written rounded: ``-(0.0 \\log 0.228 + 1.0 \\log 0.619 + 0.0 \\log 0.153) = 0.479``, where
the left side is 0.47965…. The page writes '=' and means a value to the digits it shows; refuted, the link had been
the page's first wrong step. Where a side is a decimal and the other, a number, lies within one unit of its last
digit, the link is not refuted (nor proven): the report says both values. A value off by more is refuted still."""

from __future__ import annotations

import re
from decimal import Decimal

from derive.check.verdict import Counterexample

#: A decimal as a page writes one: digits, a point, digits.
_DECIMAL = re.compile(r"\s*(-?\d*\.(\d+))\s*[.,]?\s*")
#: What the report says of such a link.
ROUNDED = (
    "not refuted: the sides differ by less than a unit of the last of the {digits} decimals written ({left} and "
    "{written}): a value written rounded or cut short, which '=' does not state (write \\approx for it)"
)


def rounded(written: str, found: Counterexample) -> str:
    """What the report says where ``written`` (a side as the page writes it) is a decimal that the counterexample's
    values, both numbers with no variable, match within a unit of its last digit; else ""."""
    decimal = _DECIMAL.fullmatch(written)
    if decimal is None or found.values:
        return ""
    try:
        left, right = Decimal(str(float(found.lhs_value))), Decimal(str(float(found.rhs_value)))
    except (TypeError, ValueError, ArithmeticError):
        return ""
    digits = len(decimal.group(2))
    if abs(left - right) >= Decimal(1).scaleb(-digits):
        return ""
    other = left if right == Decimal(decimal.group(1)) else right
    return ROUNDED.format(digits=digits, left=f"{float(other):.{digits + 3}f}", written=decimal.group(1))


__all__ = ["ROUNDED", "rounded"]
