"""The count of a mean, ``\\frac{1}{N}\\sum_{i, j}`` with N bound by no sum, is a positive whole number
(``derive.read.mean_counts``): read as any number, each link that divides by it was "undefined" at N = 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

PAGE = """The mean squared error is
$$
L = \\frac{{1}}{{N}}\\sum_{{i, j}} (\\hat y_{{ij}} - y_{{ij}})^2{extra}
$$
so
$$
\\frac{{\\partial L}}{{\\partial \\hat y_{{ab}}}} = \\frac{{{slope}}}{{N}} (\\hat y_{{ab}} - y_{{ab}})
$$
"""


def test_the_count_of_a_mean_is_a_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(extra="", slope="2"))
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert "lengths N too (symbolic)" in report["inferred"]


def test_a_wrong_slope_is_refuted_at_a_positive_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(extra="", slope="1"))
    (link,) = report["links"]
    assert link["status"] == "refuted"
    count = int(link["counterexample"]["values"]["N"])
    assert count >= 1


def test_a_letter_written_elsewhere_stays_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(extra=" + N^2", slope="2"))
    assert "lengths N" not in report["inferred"]
    assert "scalars N" in report["inferred"]


def test_a_count_the_front_matter_assumes_of_stays_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``assume: ['N > 0']`` speaks of a number N: N stays one (a size has no assumptions), and the link holds."""
    report = page_report(tmp_path, capsys, "---\nassume: ['N > 0']\n---\n" + PAGE.format(extra="", slope="2"))
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert "lengths N" not in report["inferred"]
