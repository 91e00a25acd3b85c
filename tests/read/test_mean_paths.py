"""∂/∂X_j of what writes X_j and μ, on a page that also differentiates by μ (layer norm's, R-09), reads two ways
and is refused, whatever the display writes beside it (a rule that read ∂μ/∂X_j on the other side as the path
through μ was backed out: a probe proved claims a page made with μ held fixed); and a case a lead states after
another formula ("through $\\mu$ for each $i \\neq j$") keeps a counterexample at i = j from refuting."""

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


def test_a_case_for_each_pair_after_another_formula_in_the_lead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "The effect through $\\mu$ for each $i \\neq j$ is:" states a case though the lead writes μ first: ∂x_i/∂x_j = 0
    had been refuted at i = j; it is unproven."""
    text = "The effect through $\\mu$ for each $i \\neq j$ is:\n$$\\frac{\\partial x_i}{\\partial x_j} = 0$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(2, "unproven")]


def test_the_message_names_the_page_s_letters_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """f of the whole x̂, differentiated by x_i: the refusal had named "\\hat{x}__t", derive's own summation index."""
    text = (
        "$$\\mu = \\frac{1}{m}\\sum_{k=1}^m x_k$$\n\n$$\\hat{x}_i = x_i - \\mu$$\n\n"
        "$$\\frac{\\partial f}{\\partial \\mu} = -\\sum_{i=1}^m \\frac{\\partial f}{\\partial \\hat{x}_i}$$\n\n"
        "$$\\frac{\\partial f}{\\partial x_i} = \\frac{\\partial f}{\\partial \\hat{x}_i} + "
        "\\frac{\\partial f}{\\partial \\mu} \\cdot \\frac{1}{m}$$\n"
    )
    _, unchecked = statuses(tmp_path, capsys, text)
    refused = [u for u in unchecked if "can be read two ways" in u]
    assert len(refused) == 1
    assert refused[0].startswith("unreadable: ∂/∂x_i of \\hat{x} can be read two ways")
