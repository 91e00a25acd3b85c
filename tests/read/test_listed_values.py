"""Values the prose lists and equations a comma joins (a survey's L2 page: ``Data: $x=[0,1,2,3]$`` and the list item
``$\\sum x_i^2 = 14, \\sum x_i y_i = 185$``): a link that writes x is not refuted by a counterexample that gives x
entries of its own (``derive.read.listed_values``), and no link is checked across a side a top-level comma splits
(Σx_i² = 185 had been refuted, a claim the page never makes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report


def test_no_link_is_checked_across_a_comma_between_two_equations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, "$$\\sum_i x_i^2 = 14, \\sum_i x_i y_i = 185$$\n", "--no-cache")
    assert report["links"] == []
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])


@pytest.mark.parametrize(
    "data",
    [
        "$x=[0,1,2,3]$",
        "$x = (0, 1, 2, 3)$",
        "$\\mathbf{x} = [0, 1, 2, 3]$",
        "$x=[0,\\,1,\\,2,\\,3]$",  # a probe's, as the one below
        "$x = [0, 1, 2, 3]^\\top$",
    ],
)
def test_a_counterexample_that_gives_listed_values_others_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str
) -> None:
    report = page_report(tmp_path, capsys, f"Data: {data}\n\n$$\\sum_i x_i^2 = 14$$\n", "--no-cache")
    assert one_verdict(report) == "unproven"
    assert "gives $x$ a value of its own, where line 1 states its value" in report["links"][0]["method"]


def test_a_link_true_for_every_x_is_still_proven(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "Data: $x=[0,1,2,3]$\n\n$$\\sum_i 2 x_i = 2 \\sum_i x_i$$\n", "--no-cache")
    assert one_verdict(report) == "proven"


def test_a_slip_that_no_value_of_x_mends_is_still_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "Data: $x=[0,1,2,3]$\n\n$$\\sum_i x_i + 1 = \\sum_i x_i$$\n", "--no-cache")
    assert one_verdict(report) == "refuted"
