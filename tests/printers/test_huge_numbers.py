"""Every printer writes an integer longer than Python writes in decimal (4,300 digits) without a traceback:
approximately in words and LaTeX, exactly (in hexadecimal) in SymPy syntax."""

from __future__ import annotations

import pytest
from sympy import Integer, Rational, Symbol, sympify

from derive.printers.json import sympy_syntax
from derive.printers.latex import latex_expr
from derive.printers.numbers import leading
from derive.printers.plain import plain

z = Symbol("z")
HUGE = ((Integer(10) ** 64) ** 64) ** 2


@pytest.mark.parametrize("expr", [HUGE, HUGE * z + 1, HUGE / 7 * z, Rational(1, HUGE + 1), -HUGE * z])
def test_every_printer_writes_a_huge_integer(expr: object) -> None:
    assert "×10^8192" in plain(expr)
    assert r"\times 10^{" in latex_expr(expr)
    assert sympify(sympy_syntax(expr)) == expr


def test_the_approximation_names_the_leading_digits_and_the_power_of_ten() -> None:
    assert leading(int(HUGE)) == ("1.00000", 8192)
    assert leading(-3 * int(HUGE) // 2) == ("-1.50000", 8192)
    assert plain(HUGE) == "≈1.00000×10^8192"
    assert plain(Integer(12345)) == "12345"
