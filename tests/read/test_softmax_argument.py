"""The letter softmax is applied to, written whole and never indexed (ŷ = softmax(z)), is a vector of the page's
length: softmax of a number reads no way at all. With no front matter, ∂L/∂z = ŷ − y and J = diag(ŷ) − ŷŷᵀ are
checked entry by entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "---\nassume: ['y \\in \\{0,1\\}^n', '\\sum_i y_i = 1']\n---\n"
    "$$\\hat{y} = \\operatorname{softmax}(z)$$\n\n$$L = -\\sum_i y_i \\log \\hat{y}_i$$\n\n$${display}$$\n"
)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{\\partial L}{\\partial z} = \\hat{y} - y", "proven"),
        ("\\frac{\\partial L}{\\partial z} = y - \\hat{y}", "refuted"),
        (
            "\\frac{\\partial \\hat{y}}{\\partial z} = \\operatorname{diag}(\\hat{y}) - \\hat{y}\\hat{y}^\\intercal",
            "proven",
        ),
        (
            "\\frac{\\partial \\hat{y}}{\\partial z} = \\operatorname{diag}(\\hat{y}) + \\hat{y}\\hat{y}^\\intercal",
            "refuted",
        ),
    ],
)
def test_the_argument_of_softmax_is_a_whole_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.replace("{display}", display))
    assert found == [(8, status)], (found, unchecked)


@pytest.mark.parametrize("front", ["---\nscalars: [z]\n---\n", "---\n---\n$$z = 2 x$$\n\n"])
def test_a_letter_the_page_says_is_a_number_is_still_refused_as_softmax_s_argument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, front + "$$\\operatorname{softmax}(z)_1 = 1$$\n")
    assert found == [] and any(r.startswith("unreadable") and "softmax" in r for r in unchecked), unchecked
