"""A minus sign before the ∂ of a derivative's numerator, ``\\frac{- \\partial \\sum_i y_i \\log p_i}{\\partial p_j}``:
−∂A/∂x, which is ∂(−A)/∂x, one value either way. A blog wrote its loss's derivative so; it was refused as a
stray ∂."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "---\nassume: [y one-hot]\n---\n$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n"
    "$$\\frac{- \\partial \\sum_k y_k \\log p_k}{\\partial x_j} = RIGHT$$\n"
)


@pytest.mark.parametrize(("right", "status"), [("p_j - y_j", "proven"), ("y_j - p_j", "refuted")])
def test_a_signed_numerator_is_the_negated_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.replace("RIGHT", right))
    assert page_links(report) == [(status, None, right)]


def test_a_signed_operator_alone_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n$$\\frac{- \\partial}{\\partial x_j} p_j = 1$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not page_links(report)
