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


def test_a_gather_row_that_holds_an_equation_of_its_own_stays_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-y = 2`` under ``L = x^2`` in a gather is the gather's second equation, not L's expression going on."""
    page = "$$\\begin{gather} L = x^2 \\\\ -y = 2 \\end{gather}$$\n\n$$\\frac{dL}{dx} = 2x$$\n"
    links = _links(page_report(tmp_path, capsys, page))
    assert links == [(1, "refuted"), (3, "proven")]
