"""∂x̂_i/∂x_i beside ∂x̂_i/∂μ, μ the mean of the x's (batch norm's chain rule, ``derive.read.held_intermediates``):
with μ held fixed, as the page's chain rule through μ means it, or through μ as well? It was refuted, read the
second way alone; it is refused, naming both. What reads one way is still checked, and a false one refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

MEAN = "$$\\mu = \\frac{1}{m} \\sum_{i=1}^{m} x_i$$\n\n$$\\hat{x}_i = x_i - \\mu$$\n\n"
BY_MEAN = "$$\\frac{\\partial \\hat{x}_i}{\\partial \\mu} = -1$$\n\n"
CLAIMS = (
    "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = 1$$\n\n"
    "$$\\frac{\\partial}{\\partial x_i} (x_i - \\mu) = 1$$\n\n"
    "$$\\frac{\\partial \\mu}{\\partial x_i} = \\frac{1}{m}$$\n\n"
    "$$\\frac{\\partial \\mu}{\\partial x_i} = \\frac{2}{m}$$\n"
)


def test_a_derivative_beside_one_by_the_mean_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂x̂_i/∂x_i = 1 and ∂/∂x_i (x_i − μ) = 1, true with μ held fixed, were refuted (through μ, 1 − 1/m); ∂μ/∂x_i
    reads one way: 1/m proven, 2/m refuted."""
    found, unchecked = statuses(tmp_path, capsys, MEAN + BY_MEAN + CLAIMS)
    assert found == [(5, "proven"), (11, "proven"), (13, "refuted")]
    refused = [reason for reason in unchecked if "can be read two ways" in reason]
    assert len(refused) == 2
    assert refused[0].startswith("unreadable: ∂/∂x_i of \\hat{x}_i can be read two ways: by x_i alone, \\mu held fixed")
    assert "or through \\mu as well, which the page defines from x_i" in refused[0]
    assert "of an expression that writes both x_i and \\mu" in refused[1]


def test_where_the_page_never_differentiates_by_the_mean_the_derivative_goes_through_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No ∂/∂μ on the page: ∂x̂_i/∂x_i is the derivative through μ's definition, as before (1 refuted)."""
    found, _ = statuses(tmp_path, capsys, MEAN + CLAIMS)
    assert found == [(5, "refuted"), (7, "refuted"), (9, "proven"), (11, "refuted")]
