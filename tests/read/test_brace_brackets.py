"""Braces as brackets, ``\\{ … \\}`` (Bishop's cross-entropy, ``E = -\\sum_n \\{t_n \\ln y_n + (1 - t_n) \\ln(1 -
y_n)\\}``, and textbooks that nest ``\\{[(…)]\\}``), as ``\\left\\{ … \\right\\}`` already was; ``\\{a, b\\}`` is a set,
refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SCALARS = "---\nscalars: [a]\n---\n"


@pytest.mark.parametrize(("right", "verdict"), [("a - a^2", "proven"), ("a - 2a^2", "refuted")])
def test_braces_group_as_brackets(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str) -> None:
    report = _report(tmp_path, capsys, SCALARS + f"$$a\\{{1 - a\\}} = {right}$$\n")
    assert _links(report) == [(verdict, None, right)]


@pytest.mark.parametrize(("sign", "verdict"), [("-", "undefined"), ("+", "refuted")])
def test_bishops_cross_entropy_in_braces_is_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, verdict: str
) -> None:
    """Undefined where y_n = 1 (the true step divides by 1 - y_n there); a wrong sign is refuted."""
    page = (
        "---\nvectors: [t, y]\n---\n$$E = -\\sum_{n=1}^N \\{ t_n \\ln y_n + (1 - t_n) \\ln (1 - y_n) \\}$$\n\n"
        "$$\\frac{\\partial E}{\\partial y_n} = "
        f"-\\{{\\frac{{t_n}}{{y_n}} {sign} \\frac{{1 - t_n}}{{1 - y_n}}\\}}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]


def test_a_set_in_braces_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, SCALARS + "$$\\{a, a\\} = \\{a\\}$$\n")
    assert _links(report) == []
    assert "is a set" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize("inner", ["a", "0", "x_i", "a^2", "-a"])
def test_one_name_in_braces_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str], inner: str) -> None:
    """``\\{x_i\\}``: the set of the x_i (or of one element), or x_i bracketed: refused naming both."""
    page = "---\nscalars: [a]\nvectors: [x]\n---\n" + f"$$S = \\{{{inner}\\}} + 0$$\n\n$$S + 0 = {inner}$$\n"
    report = _report(tmp_path, capsys, page)
    assert "proven" not in [status for status, *_ in _links(report)]
    assert any("a set of one element" in entry["reason"] for entry in report["unchecked"])


@pytest.mark.parametrize(("right", "verdict"), [("(x + 1)^2", "proven"), ("x^2 (x + 1)", "refuted")])
def test_braces_after_a_function_apply_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``f\\{x + 1\\}`` is f(x + 1), as parentheses would be; ``f\\{2x\\}`` was f(x) times 2x (a probe's false
    proof), and one term in braces (``\\{2x\\}``, ``\\{a^2\\}``) may be a set of one element: refused."""
    report = _report(tmp_path, capsys, f"$$f(x) = x^2$$\n\n$$f\\{{x + 1\\}} = {right}$$\n\n$$f\\{{2x\\}} = 4x^2$$\n")
    assert _links(report) == [(verdict, None, right)]
    assert "one term in braces" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{T} q_i (1 - q_i)", "proven"), ("q_i (1 - q_i)", "refuted")])
def test_escaped_braces_after_exp_are_its_argument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """GitBook notes on distillation write ``q_i=exp\\{z_i/T\\}/\\sum_j exp\\{z_j/T\\}``: exp of a set is no number,
    so the braces hold its argument (an aggregate such as max\\{x_i\\} is another matter: refused above)."""
    page = (
        "---\nscalars: [T]\nassume: [T > 0]\n---\n$$q_i=exp\\{z_i/T\\}/\\sum_j exp\\{z_j/T\\}$$\n\n"
        f"$$\\frac{{\\partial q_i}}{{\\partial z_i}} = {right}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]


def test_a_power_after_braces_of_exp_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, SCALARS + "$$\\exp\\{a\\}^2 = \\exp(2a)$$\n")
    assert _links(report) == []
    assert "two ways" in report["unchecked"][0]["reason"]
