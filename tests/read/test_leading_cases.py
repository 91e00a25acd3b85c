"""A case written in words at the start of a one-row display, ``{\\rm if}~i=j,~\\frac{\\partial y_i}{\\partial x_j}
= …`` (a Hexo blog's softmax Jacobian): the row's case, as ``…, \\quad i = j`` written after it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

SOFTMAX = "$$y_i = \\frac{e^{x_i}}{\\sum_k e^{x_k}}$$\n\n"


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("{\\rm if}~i=j,~\\frac{\\partial y_i}{\\partial x_j} = y_i (1 - y_i)", [("proven", "i = j")]),
        ("\\text{if } i \\ne j: \\frac{\\partial y_i}{\\partial x_j} = -y_i y_j", [("proven", "i ≠ j")]),
        ("\\text{if } i \\ne j: \\frac{\\partial y_i}{\\partial x_j} = y_i y_j", [("refuted", "i ≠ j")]),
        ("{\\rm if}~i=j,~\\frac{\\partial y_i}{\\partial x_j} = -y_i y_j", [("refuted", "i = j")]),
    ],
)
def test_a_case_in_words_before_the_row_is_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: list[tuple[str, str]]
) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + f"$${display}$$\n")
    assert [(status, case) for status, case, _ in page_links(report)] == expected
    for link in report["links"]:  # a counterexample inside the case
        values = link.get("counterexample", {}).get("values", {})
        assert not values or (values["i"] == values["j"]) == (link["case"] == "i = j")


def test_an_upright_word_that_states_no_case_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + "$${\\rm if}~x_i,~y_i = 1$$\n")
    assert not page_links(report)
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])
