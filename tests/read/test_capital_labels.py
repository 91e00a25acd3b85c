"""``\\mu_B``, ``\\sigma_B^2``: batch norm's mean and variance with a plain capital label, as pages write Ioffe &
Szegedy's ``\\mu_\\mathcal{B}`` (``derive.read.capital_labels``). B had been an index, free in σ_B²'s definition, and
the definition refuted as a claim; where the page writes B nowhere else it labels the name, as \\mathcal{B} does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "$$\\mu_B = \\frac{1}{m} \\sum_{i=1}^{m} x_i$$\n\n"
    "$$\\sigma_B^2 = \\frac{1}{m} \\sum_{i=1}^{m} (x_i - \\mu_B)^2$$\n\n"
    "$$\\frac{\\partial \\sigma_B^2}{\\partial \\mu_B} = -\\frac{2}{m} \\sum_{i=1}^{m} (x_i - \\mu_B)$$\n\n"
    "$$\\frac{\\partial \\sigma_B^2}{\\partial \\mu_B} = -\\frac{2}{m} \\sum_{i=1}^{m} (x_i + \\mu_B)$$\n\n"
    "$$\\frac{\\partial \\mu_B}{\\partial x_i} = \\frac{1}{m}$$\n"
)


def test_a_capital_the_page_writes_nowhere_else_labels_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """μ_B and σ_B² are the page's definitions, not claims: the claims about them proven, a false one refuted."""
    found, unchecked = statuses(tmp_path, capsys, PAGE)
    assert found == [(5, "proven"), (7, "refuted"), (9, "proven")]
    assert "a definition of \\sigma_{\\text{Bsq}}, read as the front matter's define: nothing to check" in unchecked


def test_a_capital_written_elsewhere_is_no_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "The batch $B$": B is a name of the page, so μ_B is read as before (an entry of μ), never a label."""
    found, unchecked = statuses(tmp_path, capsys, PAGE + "\nThe batch $B$ holds $m$ examples.\n")
    assert not any("\\text{B}" in reason for reason in unchecked)
    assert (9, "proven") in found
