"""∂/∂X_j of what writes X_j and μ, on a page that also differentiates by μ (layer norm's, R-09): the other side's
∂μ/∂X_j writes the path through μ, so the derivative goes through μ (``derive.read.written_paths``); elsewhere it
still reads two ways and is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

MEAN = (
    "$$\\mu = \\frac{1}{n}\\sum_{i=1}^n X_i$$\n\n"  # line 1
    "$$\\hat{X}_i = X_i - \\mu$$\n\n"  # line 3
    "$$\\frac{\\partial \\hat{X}_i}{\\partial \\mu} = -1$$\n\n"  # line 5: the page differentiates by μ
)
PATH = "\\left(1 - \\frac{\\partial \\mu}{\\partial X_j}\\right)"


def test_the_path_through_the_mean_written_on_the_other_side_decides_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-09 line 83: 2(X_j − μ)(1 − ∂μ/∂X_j) is the derivative through μ, proven (it had been refused). The
    readings differ: held fixed it is 2(X_j − μ), so the held reading's value, written with the path (line 9), is
    refuted, and one that drops the path's sign (line 11) too."""
    text = MEAN + (
        f"$$\\frac{{\\partial}}{{\\partial X_j}}(X_j-\\mu)^2 = 2(X_j-\\mu) {PATH}$$\n\n"  # line 7: true through μ
        f"$$\\frac{{\\partial}}{{\\partial X_j}}(X_j-\\mu)^2 = 2(X_j-\\mu) {PATH} + \\frac{{2}}{{n}}(X_j-\\mu)$$\n\n"
        "$$\\frac{\\partial}{\\partial X_j}(X_j-\\mu)^2 = 2(X_j-\\mu)"
        "\\left(1 + \\frac{\\partial \\mu}{\\partial X_j}\\right)$$\n"  # line 11
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (7, "proven"), (9, "refuted"), (11, "refuted")]
    assert [u for u in unchecked if "two ways" in u] == []


def test_a_derivative_by_the_mean_on_the_display_or_no_path_written_still_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Held fixed, ∂/∂X_j (X_j − μ)² = 2(X_j − μ) (line 7) is true and through μ false: nothing on the display says
    which, so it is refused. So is a display that writes ∂…/∂μ beside the path (line 9, a chain rule whose
    ∂/∂X_j may be its direct part), and one that writes the path on the derivative's own side (line 11)."""
    text = MEAN + (
        "$$\\frac{\\partial}{\\partial X_j}(X_j-\\mu)^2 = 2(X_j-\\mu)$$\n\n"  # line 7
        "$$\\frac{\\partial}{\\partial X_j}(X_j-\\mu)^2 = 2(X_j-\\mu) + "
        "\\frac{\\partial (X_j-\\mu)^2}{\\partial \\mu} \\frac{\\partial \\mu}{\\partial X_j}$$\n\n"  # line 9
        "$$\\frac{\\partial}{\\partial X_j}(X_j-\\mu)^2 - \\frac{\\partial \\mu}{\\partial X_j} = "
        f"2(X_j-\\mu) {PATH}$$\n"  # line 11
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven")]
    refused = [u for u in unchecked if "can be read two ways: by X_j alone, \\mu held fixed" in u]
    assert len(refused) == 3


def test_a_case_stated_for_each_pair_is_not_broken_by_a_counterexample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-09 line 86, under "for each $i \\neq j$": through μ, ∂/∂X_j (X_i − μ)² = −2(X_i − μ)∂μ/∂X_j holds for
    i ≠ j only. The lead's case is not read, so a counterexample at i = j refutes nothing: unproven."""
    text = MEAN + (
        "The indirect effect through $\\mu$ for each $i \\neq j$ is:\n"
        "$$\\frac{\\partial}{\\partial X_j}(X_i-\\mu)^2 = 2(X_i-\\mu) \\cdot "
        "\\left(- \\frac{\\partial \\mu}{\\partial X_j}\\right) = -2(X_i-\\mu) \\cdot \\frac{1}{n}$$\n"  # line 8
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (8, "unproven"), (8, "proven")]


def test_a_case_for_each_pair_after_another_formula_in_the_lead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "The effect through $\\mu$ for each $i \\neq j$ is:" states a case though the lead writes μ first: ∂x_i/∂x_j = 0
    had been refuted at i = j; it is unproven."""
    text = "The effect through $\\mu$ for each $i \\neq j$ is:\n$$\\frac{\\partial x_i}{\\partial x_j} = 0$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(2, "unproven")]
