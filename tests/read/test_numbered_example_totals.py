"""One numbered example, ``\\hat{y}^{(1)}``, beside a total over every example: written with its label, so the
total is what it is, and ∂L/∂ŷ^{(1)} is checked. It was refused as "ŷ written without its example's label"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = (
    "Assume $\\hat{{y}}^{{(i)}} > 0$.\n\n"
    "$$L = -\\frac{{1}}{{m}}\\sum_{{i=1}}^m y^{{(i)}} \\log \\hat{{y}}^{{(i)}}$$\n\n"
    "$$\\frac{{\\partial L}}{{\\partial \\hat{{y}}^{{(1)}}}} = {right}$$\n"
)


@pytest.mark.parametrize(
    ("right", "verdict"),
    [("-\\frac{1}{m} \\frac{y^{(1)}}{\\hat{y}^{(1)}}", "proven"), ("-\\frac{y^{(1)}}{\\hat{y}^{(1)}}", "refuted")],
)
def test_a_numbered_example_beside_a_total_over_the_examples_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(right=right))
    assert [status for status, *_ in _links(report)] == [verdict]
