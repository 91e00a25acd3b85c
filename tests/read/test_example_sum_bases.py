"""A sum over the training examples (``\\sum_{i=1}^{m}``) counts examples, numbered from 1 whatever the entries
are; beside the features' sums from 0 (CS229's ``\\sum_{j=0}^{n-1} \\theta_j x_j^{(i)}``) it is no second start for
the page's entries. The page was refused: "sums from 0 and from 1 on one page can be read two ways"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

RESIDUAL = "\\left(\\sum_{j=0}^{n-1} \\theta_j x_j^{(i)} - y^{(i)}\\right)"
LOSS = "$$J = \\frac{1}{2m} \\sum_{i=1}^{m} " + RESIDUAL + "^2$$\n\n"
STEP = "$$\\frac{\\partial J}{\\partial \\theta_k} = FACTOR \\sum_{i=1}^{m} " + RESIDUAL + " x_k^{(i)}$$\n"


@pytest.mark.parametrize(("factor", "verdict"), [("\\frac{1}{m} ", "proven"), ("\\frac{2}{m} ", "refuted")])
def test_examples_counted_from_1_beside_entries_counted_from_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, LOSS + STEP.replace("FACTOR", factor))
    assert [status for status, *_ in _links(report)] == [verdict]


def test_entries_counted_from_0_and_from_1_are_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$\\sum_{j=0}^{n-1} x_j = \\sum_{j=1}^{n} x_j$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [] and "sums from 0" in report["unchecked"][0]["reason"]
