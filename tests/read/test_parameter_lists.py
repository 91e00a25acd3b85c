"""A function's parameters set apart by a semicolon (``C(x; w_1, b_1)``, Hjorth-Jensen's lecture notes): the
function of all of them, the semicolon read as a comma; a semicolon elsewhere is left as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.parameter_lists import parameter_semicolons
from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("C(x;w_1,b_1)", "C(x,w_1,b_1)"),
        ("\\mathcal{C}(x;\\bm{\\Theta})", "\\mathcal{C}(x,\\bm{\\Theta})"),
        ("f\\left(x; \\theta\\right)", "f\\left(x, \\theta\\right)"),
        ("f(g(x); y)", "f(g(x), y)"),
        ("\\frac{1}{2}(a;b)", "\\frac{1}{2}(a;b)"),  # a product, no function's list
        ("(a; b)", "(a; b)"),
        ("a \\; b", "a \\; b"),
        ("\\sum (a;b)", "\\sum (a;b)"),
        ("x_{i;j}", "x_{i;j}"),
    ],
)
def test_a_semicolon_in_a_functions_parentheses_is_a_comma(written: str, read: str) -> None:
    assert parameter_semicolons(written) == read


@pytest.mark.parametrize(("right", "verdict"), [("(a_1 - y) x", "proven"), ("(a_1 - y)", "refuted")])
def test_a_cost_of_data_and_parameters_is_defined_and_differentiated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``C(x;w_1,b_1)=\\frac{1}{2}(a_1-y)^2`` had stopped at the semicolon ("expected ')' but found ';'")."""
    page = (
        "$$a_1 = w_1 x + b_1$$\n\n\\[\nC(x;w_1,b_1)=\\frac{1}{2}(a_1-y)^2.\n\\]\n\n"
        f"$$\\frac{{\\partial C}}{{\\partial w_1}} = {right}$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == [verdict]
