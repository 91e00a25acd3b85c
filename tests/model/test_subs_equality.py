"""SymPy's Subs compared equal whatever its points, where they print alike (sympy#22142): derive keeps the points
in its content (``derive/model/subs_equality.py``), or one page's σ'(h_i) leaks into the next page's check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sympy import Function, IndexedBase, Subs, Symbol

import derive.model  # noqa: F401  # the fix is made where the model is imported
from tests.read.page_reports import page_links, page_report

SIGMA, U, V = Function("sigma"), Symbol("u"), Symbol("v")
INDEX = Symbol("i", integer=True)


def test_subs_at_points_that_print_alike_are_not_equal() -> None:
    real, plain = IndexedBase(Symbol("h", real=True))[INDEX], IndexedBase("h")[INDEX]
    first, second = Subs(SIGMA(U).diff(U), U, real), Subs(SIGMA(U).diff(U), U, plain)
    assert str(real) == str(plain) and first != second and first - second != 0


def test_subs_alike_but_for_their_variables_stay_equal() -> None:
    assert Subs(SIGMA(U).diff(U), U, INDEX) == Subs(SIGMA(V).diff(V), V, INDEX)
    assert Subs(SIGMA(U).diff(U), U, 1) != Subs(SIGMA(U).diff(U), U, 2)


PAGE = (
    "---\nsizes: {{d: symbolic}}\narrays: {{W: [n, d], x: [d]{extra}}}\nfunctions: [sigma]\n---\n"
    "$$h_i = \\sum_j W_{{ij}} x_j$$\n\nand\n\n$$z_i = \\sigma(h_i)$$\n\n"
    "$$\\frac{{\\partial z_i}}{{\\partial W_{{ij}}}} = \\sigma'(h_i) x_j$$\n"
)


def test_a_page_checked_after_another_in_one_process_is_checked_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """h declared (real) on the first page, defined on the second: the second's link had been refuted, its σ'(h_i)
    taken from SymPy's cache with the first page's h."""
    page_report(tmp_path, capsys, PAGE.format(extra=", h: [n], z: [n]"), "--no-cache")
    report = page_report(tmp_path, capsys, PAGE.format(extra=""), "--no-cache")
    assert [s for s, *_ in page_links(report)] == ["proven"], report
