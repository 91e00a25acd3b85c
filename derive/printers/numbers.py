"""Integers too long to print in full (Python refuses to turn an int of more than 4,300 digits into text).

Every printer (and the verdict cache's key) mixes in ``HugeNumbers``: an integer of more than ``MAX_DIGITS``
digits is shown by its leading digits and its power of ten (≈ 1.00000 × 10^8192), or, where the text must be
exact (``exact = True``: SymPy syntax, the cache key), in hexadecimal, which has no such limit.
"""

from __future__ import annotations

from typing import Any

import mpmath
from sympy import Integer, Rational

#: Integers with more digits than this are printed approximately (or in hexadecimal, where exact).
MAX_DIGITS = 1000
_MAX_BITS = int(MAX_DIGITS * 3.3219)


def is_huge(value: int) -> bool:
    """True when ``value`` may have more than ``MAX_DIGITS`` decimal digits (decided from its bit length)."""
    return abs(value).bit_length() > _MAX_BITS


def leading(value: int, digits: int = 6) -> tuple[str, int]:
    """``value`` as (mantissa, exponent) with ``digits`` significant digits: 10^8192 → ("1.00000", 8192)."""
    with mpmath.workprec(64):
        number = mpmath.mpf(value)
        exponent = int(mpmath.floor(mpmath.log10(abs(number))))
        mantissa = number / mpmath.mpf(10) ** exponent
        if abs(mantissa) >= 10:
            mantissa, exponent = mantissa / 10, exponent + 1
        return mpmath.nstr(mantissa, digits, strip_zeros=False), exponent


def approximate(value: int, form: str = "≈{m}×10^{e}") -> str:
    """A huge integer in words: "≈1.00000×10^8192" (``form`` with the mantissa m and the exponent e)."""
    mantissa, exponent = leading(value)
    return form.format(m=mantissa, e=exponent)


class HugeNumbers:
    """Printer methods for Integer and Rational that never hit Python's limit on converting ints to text."""

    #: True for printers whose output must be read back exactly (hexadecimal), else approximate text.
    exact = False
    #: How an approximate huge integer is written (see ``approximate``).
    huge_form = "≈{m}×10^{e}"

    def _huge(self, value: int) -> str:
        if self.exact:
            return f"-0x{-value:x}" if value < 0 else f"0x{value:x}"
        return approximate(value, self.huge_form)

    def _print_Integer(self, expr: Integer) -> str:
        if is_huge(int(expr.p)):
            return self._huge(int(expr.p))
        parent: Any = super()
        method = getattr(parent, "_print_Integer", None) or parent._print_Rational
        return str(method(expr))

    def _print_Rational(self, expr: Rational) -> str:
        if is_huge(int(expr.p)) or is_huge(int(expr.q)):
            return f"({self._print_Integer(Integer(expr.p))})/({self._print_Integer(Integer(expr.q))})"
        parent: Any = super()
        return str(parent._print_Rational(expr))


__all__ = ["MAX_DIGITS", "HugeNumbers", "approximate", "is_huge", "leading"]
