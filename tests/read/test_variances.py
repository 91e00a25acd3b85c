"""σ² as one name where the page defines it or differentiates by it (layer norm's ``\\sigma^2 = \\frac{1}{D}
\\sum_i (x_i - \\mu)^2``, ``\\frac{\\partial \\hat{x}_j}{\\partial \\sigma^2}``): no claim refuted for any σ, the
derivative by the variance read, σ alone beside it refused with both readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
assume: ['\\varepsilon > 0']
---

$$\\mu = \\frac{1}{D}\\sum_{i=1}^{D} x_i$$

$$\\sigma^2 = \\frac{1}{D}\\sum_{i=1}^{D}(x_i - \\mu)^2$$

$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\varepsilon}}$$

$$\\frac{\\partial \\hat{x}_j}{\\partial \\sigma^2} = {claim}$$
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("(x_j - \\mu) \\cdot \\left(-\\tfrac{1}{2}(\\sigma^2+\\varepsilon)^{-3/2}\\right)", "proven"),
        ("(x_j - \\mu) \\cdot \\left(-\\tfrac{1}{2}(\\sigma^2+\\varepsilon)^{-1/2}\\right)", "refuted"),
    ],
)
def test_the_derivative_by_a_defined_variance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.replace("{claim}", claim))
    assert found == [(11, expected)]
    assert any("a definition of \\sigma_{\\text{sq}}" in r for r in unchecked)  # line 7: no claim about σ


def test_sigma_alone_beside_its_square_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = PAGE.replace("{claim}", "0") + "\n$$\\sigma = \\sqrt{\\sigma^2}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert (13, "proven") not in found and (13, "refuted") not in found
    assert any("\\sigma alone, beside \\sigma^2 the page defines or differentiates by, can be read two ways" in r
               for r in unchecked)  # fmt: skip


def test_sigma_as_a_function_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$\\sigma^2 = \\sigma(x)^2$$\n"
    _, unchecked = statuses(tmp_path, capsys, text)
    assert not any("sq" in r for r in unchecked)


def test_a_free_sigma_differentiated_by_its_square_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    derivative = "\\frac{\\partial}{\\partial \\sigma^2}\\left(\\frac{a}{\\sigma^2}\\right)"
    text = f"---\n---\n\n$${derivative} = -\\frac{{a}}{{\\sigma^4}}$$\n"
    _, unchecked = statuses(tmp_path, capsys, text)
    assert not any("sq" in r for r in unchecked)  # no name the page never wrote in a message


def test_an_estimate_beside_the_variance_is_a_name_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = PAGE.replace("{claim}", "0") + "\n$$\\hat{\\sigma}^2 = 2$$\n"
    _, unchecked = statuses(tmp_path, capsys, text)
    assert not any(r.startswith("unreadable: \\sigma alone") for r in unchecked)
