"""R-09's ∇_{X̂} with nothing after it and ∂X̂/∂X with a label in words after it (``derive.read.word_labels``):
still refused, with a message that names the construct and says what to write; it had said "\\frac{\\partial}{
\\partial ...} must be followed by what it differentiates" and "a subscript here has nothing to attach to"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "$$\\mu = \\frac{1}{n}\\sum_{i=1}^n X_i$$\n\n"
    "$$\\hat{X}_i = X_i - \\mu$$\n\n"
    "$$\\nabla_{\\hat{X}} = \\frac{\\partial \\mathcal{L}}{\\partial \\hat{X}}$$\n\n"  # line 5
    "$$\\frac{\\partial \\hat{X}_i}{\\partial X_j}_{\\text{via }\\mu} = -\\frac{1}{n}$$\n"  # line 7
)


def test_an_alone_gradient_and_a_labelled_part_say_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE)
    assert found == []
    assert unchecked[-2].startswith("unreadable: \\nabla_{\\hat{X}} with nothing after it names a gradient")
    assert (
        "write the function it differentiates, \\nabla_{\\hat{X}} L or \\frac{\\partial L}{\\partial \\hat{X}}"
        in (unchecked[-2])
    )
    assert unchecked[-1].startswith(
        "unreadable: a label in words after a derivative or a bracket, _{\\text{via }\\mu}, which derive does not read"
    )
    assert "write that part out as what it equals" in unchecked[-1]


def test_a_divergence_is_named_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$\\nabla_{\\mathbf{x}} \\cdot \\mathbf{v} = 0$$\n")
    assert (found, unchecked) == (
        [],
        ["unreadable: \\nabla_{x} \\cdot … is a divergence, which derive does not read: write its derivatives"],
    )
