"""A definition written in any environment of equations (``gathered``, ``gather``, ``split``, ``multline``), and
one whose expression goes on in a row that opens with an operator (``L = x^2 \\\\ + x``), is read whole: its
first row alone had been taken as the definition, or the display refuted as a claim about a free name (probe
s50-2's sl_gathered), and a true derivative below refuted (``derive/read/definition_sides.py``, ``gather_rows``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


def _links(report: dict) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(link["line"], link["status"]) for link in report["links"]]


ENVIRONMENTS = ["aligned", "gathered", "gather", "gather*", "split", "multline", "equation"]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_a_definition_in_an_environment_of_equations_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], environment: str
) -> None:
    page = (
        f"The hidden layer:\n\n$$\\begin{{{environment}}} h_j = \\tanh\\Big(\\sum_i V_{{ji}} x_i\\Big) "
        f"\\end{{{environment}}}$$\n\nso\n\n$$\\frac{{\\partial h_j}}{{\\partial x_i}} = (1 - h_j^2) V_{{ji}}$$\n"
    )
    assert _links(page_report(tmp_path, capsys, page)) == [(7, "proven")]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
@pytest.mark.parametrize(("derivative", "verdict"), [("2x + 1", "proven"), ("2x", "refuted")])
def test_a_row_that_opens_with_an_operator_carries_the_definition_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], environment: str, derivative: str, verdict: str
) -> None:
    page = (
        f"Let\n\n$$\\begin{{{environment}}} L = x^2 \\\\ + x \\end{{{environment}}}$$\n\n"
        f"so\n\n$$\\frac{{dL}}{{dx}} = {derivative}$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert _links(report) == [(7, verdict)], report
    assert not [u for u in report["unchecked"] if "holds no" in u["reason"]]


def test_a_gather_row_that_opens_with_a_minus_and_holds_an_equation_leaves_the_definition_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-y = 2`` under ``L = x^2`` in a gather: the gather's second equation, or L's expression going on (``L = x^2
    \\\\ - 2x = (x-1)^2 - 1``, probe s51-B's c10, had been read as L = x^2 and dL/dx = 2x proven)? Neither is read."""
    for row in ("-y = 2", "- 2x = (x-1)^2 - 1"):
        page = f"$$\\begin{{gather}} L = x^2 \\\\ {row} \\end{{gather}}$$\n\n$$\\frac{{dL}}{{dx}} = 2x$$\n"
        report = page_report(tmp_path, capsys, page)
        assert _links(report) == [], report
        assert any("a row below it" in u["reason"] for u in report["unchecked"] if u["line"] == 1)


DEFINITIONS = {  # each defines L = x^2 + x^3 over rows, as amsmath pages write it (probe s51-A)
    "fillers": "\\begin{aligned} L &= x^2 \\\\ &\\quad {}+ x^3 \\end{aligned}",
    "phantom": "\\begin{aligned} L &= x^2 \\\\ &\\phantom{=} + x^3 \\end{aligned}",
    "mathrel": "\\begin{aligned} L &= x^2 \\\\ &\\mathrel{\\phantom{=}} + x^3 \\end{aligned}",
    "empty columns": "\\begin{aligned} L &= x^2 & \\\\ & + x^3 & \\end{aligned}",
    "alignment after =": "\\begin{aligned} L ={} & x^2 \\\\ & + x^3 \\end{aligned}",
    "label between": "\\begin{aligned} L &= x^2 && \\text{(square)} \\\\ &+ x^3 && \\text{(cube)} \\end{aligned}",
    "eqnarray": "\\begin{eqnarray} L &=& x^2 \\\\ && + x^3 \\end{eqnarray}",
    "alignat": "\\begin{alignat}{2} L &= x^2 \\\\ &\\quad + x^3 \\end{alignat}",
    "flalign": "\\begin{flalign} L &= x^2 + x^3 \\end{flalign}",
    "equation and split": "\\begin{equation}\\begin{split} L &= x^2 \\\\ &+ x^3 \\end{split}\\end{equation}",
    "chain goes on": "\\begin{aligned} L &= x^2 \\\\ &\\qquad + x^3 = x^2 (1 + x) \\end{aligned}",  # probe s51-B's c02
}


@pytest.mark.parametrize("written", DEFINITIONS)
@pytest.mark.parametrize(("derivative", "verdict"), [("2x + 3x^2", "proven"), ("2x", "refuted")])
def test_a_definition_over_rows_is_read_whole_however_the_rows_are_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, derivative: str, verdict: str
) -> None:
    """Read from its first row alone, L = x^2 had proven dL/dx = 2x where the second row opened with {}+, a
    phantom, an empty column, or after a label; eqnarray, alignat, flalign and equation+split had been claims."""
    page = f"Let\n\n$${DEFINITIONS[written]}$$\n\nso\n\n$$\\frac{{dL}}{{dx}} = {derivative}$$\n"
    assert [link for link in _links(page_report(tmp_path, capsys, page)) if link[0] == 7] == [(7, verdict)]


def test_a_row_with_an_equation_of_its_own_is_not_carried_into_the_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """u &= x^2 \\\\ -v &= 2x: two equations; merged, u := x^2 − v had proven u + v = x^2 (probe s51-A's g11)."""
    page = "Let\n\n$$\\begin{aligned} u &= x^2 \\\\ -v &= 2x \\end{aligned}$$\n\nThen\n\n$$u + v = x^2$$\n"
    assert _links(page_report(tmp_path, capsys, page)) == [(3, "refuted"), (7, "refuted")]


def test_a_multline_goes_on_from_the_whole_expression(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$\\begin{multline} L = x^2 + 2x \\\\ + 1 = (x+1)^2 \\end{multline}$$\n\n$$\\frac{dL}{dx} = 2x + 2$$\n"
    assert _links(page_report(tmp_path, capsys, page)) == [(1, "proven"), (3, "proven")]


def test_a_row_that_may_go_on_in_another_way_leaves_the_definition_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\kern 2em + x^3: derive does not see the operator there; the definition is unread, not its first row."""
    page = "$$\\begin{aligned} L &= x^2 \\\\ &\\kern 2em + x^3 \\end{aligned}$$\n\n$$\\frac{dL}{dx} = 2x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == []
    assert any("a row below it holds no '='" in u["reason"] for u in report["unchecked"] if u["line"] == 1)


@pytest.mark.parametrize("environment", ["aligned", "gather", "gathered", "split", "multline"])
@pytest.mark.parametrize(("derivative", "verdict"), [("2x + 3x^2", "proven"), ("2x", "refuted")])
def test_an_empty_row_between_leaves_the_expression_going_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], environment: str, derivative: str, verdict: str
) -> None:
    """An empty row between two rows of L's expression: read as L = x^2, dL/dx = 2x had been proven (the review's
    adversarial page, in a gather and in aligned rows)."""
    page = (
        f"$$\\begin{{{environment}}} L = x^2 \\\\ \\\\ + x^3 \\end{{{environment}}}$$\n\n"
        f"$$\\frac{{dL}}{{dx}} = {derivative}$$\n"
    )
    assert _links(page_report(tmp_path, capsys, page)) == [(3, verdict)]
