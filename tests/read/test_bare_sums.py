"""``\\sum`` written alone as a page's name for a sum (``e_j/\\sum``, ``\\sum^2``): read as the sum the front matter
defines under ``\\sum``, and refused without it with a message naming that front matter line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FRONT = "---\ndefine:\n  e_j: e^{x_j}\n  \\sum: \\sum_k e^{x_k}\n---\n"
SOFTMAX = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n"


@pytest.mark.parametrize(("right", "status"), [("p_i (1 - p_i)", "proven"), ("p_i", "refuted")])
def test_a_sum_written_alone_is_the_one_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    page = FRONT + SOFTMAX + f"$$\\frac{{e_i \\sum - e_i e_i}}{{\\sum^2}} = {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [(status, None, right)]


def test_a_bare_sum_before_a_factor_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: with \\sum defined as the page's sum, ``e_i = \\sum p_i`` had been read as Σ_i p_i and refuted;
    it is as well that sum times p_i, which is e_i. An index written makes it a sum."""
    report = page_report(tmp_path, capsys, FRONT + SOFTMAX + "$$\\sum x_k = \\sum_k x_k$$\n")
    assert report["links"] == []
    assert "can be read two ways: that sum times the factor" in report["unchecked"][-1]["reason"]
    report = page_report(tmp_path, capsys, FRONT + SOFTMAX + "$$\\sum_k x_k = \\sum_j x_j$$\n")
    assert [s for s, *_ in page_links(report)] == ["proven"]


@pytest.mark.parametrize("side", ["\\frac{e_j}{\\sum}", "\\frac{e_j}{\\sum^2}"])
def test_undefined_the_refusal_names_the_front_matter_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str
) -> None:
    front = "---\ndefine:\n  e_j: e^{x_j}\n---\n"
    report = page_report(tmp_path, capsys, front + SOFTMAX + f"$${side} = p_j$$\n")
    (reason,) = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert "define: {\\sum: \\sum_k …}" in reason


def test_a_primed_sum_written_alone_is_refused_saying_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, FRONT + SOFTMAX + "$$\\sum' = e^{x_i}$$\n")
    (reason,) = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert "\\sum' (a prime on a sum written alone)" in reason


@pytest.mark.parametrize(("right", "status"), [("\\sum_j e^{x_j}", "proven"), ("e^{x_1}", "refuted")])
def test_empty_limits_are_a_sum_with_its_index_inferred(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """From a held-out page: ``\\sum_{}^{} e^{x[k]}`` (empty limits) had stopped the file with an internal error."""
    report = page_report(tmp_path, capsys, f"$$\\sum_{{}}^{{}} e^{{x_k}} = {right}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]
