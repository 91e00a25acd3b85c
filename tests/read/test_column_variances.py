"""A column's variance, ``\\sigma^2_j`` (batch norm's σ²_j): TeX gives σ both scripts, and it was refused as a script
after a superscript; where the page defines it, it is one name with an index, \\text{sigmasq}_j
(``derive.read.variances``), differentiated by as the page does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "---\nassume: ['\\epsilon > 0']\n---\nThe variance of column $j$:\n\n"
    "$$\\sigma^2_j = \\frac{1}{N} \\sum_{i=1}^N x_{ij}^2$$\n\n$$z_{ij} = x_{ij} (\\sigma^2_j + \\epsilon)^{-1/2}$$\n\n"
    "Then\n\n$$\\frac{\\partial z_{ij}}{\\partial \\sigma^2_j} = x_{ij} \\cdot \\left(-\\frac{1}{2}\\right)"
    "(\\sigma^2_j + \\epsilon)^{POWER}$$\n"
)


@pytest.mark.parametrize(("power", "status"), [("{-3/2}", "proven"), ("{-1/2}", "refuted")])
def test_a_columns_variance_is_one_name_with_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], power: str, status: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.replace("POWER", power))
    assert found == [(12, status)]  # was unreadable: a script after a superscript
    assert "a definition of \\text{sigmasq}_{j}, read as the front matter's define: nothing to check" in unchecked
