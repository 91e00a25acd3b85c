"""A prime after a bracketed expression, ``\\left( \\frac{1}{1 + e^{-z}} \\right)'`` (a blog's sigmoid derivative),
is its derivative by the one variable it is written in; with none or several it is refused naming the readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    ("left", "right", "verdict"),
    [
        ("\\left( \\frac{1}{1 + e^{-z}} \\right)'", "\\frac{e^{-z}}{(1 + e^{-z})^2}", "proven"),
        ("\\left( \\frac{1}{1 + e^{-z}} \\right)'", "\\frac{1}{(1 + e^{-z})^2}", "refuted"),
        ("[x^3]''", "6x", "proven"),
        ("(x^3)'", "3x", "refuted"),
    ],
)
def test_a_primed_group_is_its_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"$${left} = {right}$$\n")
    assert _links(report) == [(verdict, None, right)]


@pytest.mark.parametrize("left", ["(x y)'", "(2)'", "\\left( \\frac{1}{1 + e^{-z_j}} \\right)'", "(w_1^3)''"])
def test_a_primed_group_of_several_variables_or_none_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str
) -> None:
    """Of an entry (z_j, w_1) too: differentiated by the vector's bare letter, the prime was 0, and ``= 0`` proven."""
    report = _report(tmp_path, capsys, f"$${left} = 0$$\n")
    assert _links(report) == []
    assert "a prime after a bracketed expression" in report["unchecked"][0]["reason"]


def test_a_primed_group_of_a_defined_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``(a(1 - a))'`` with a := σ(z): by a, or by z through a's definition? Refused."""
    page = "$$a = \\frac{1}{1 + e^{-z}}$$\n\n$$(a(1 - a))' = 1 - 2a$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert any("a prime after a bracketed expression" in entry["reason"] for entry in report["unchecked"])


@pytest.mark.parametrize("left", ["(x^3)''(2)", "(w - 1)'(w - 1)"])
def test_a_bracket_after_a_primed_group_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str
) -> None:
    """``(x^3)''(2) = 12``: evaluated at 2, or times 2 (refuted so: 6x · 2 ≠ 12)? ``(w - 1)'(w - 1)``: a transpose, as
    code writes it?"""
    report = _report(tmp_path, capsys, f"$${left} = 12$$\n")
    assert _links(report) == []
    assert "a bracket right after a primed one" in report["unchecked"][0]["reason"]
