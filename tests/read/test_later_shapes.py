"""A scalar z in a tanh section, and "Let $\\mathbf{z} \\in \\mathbb{R}^K$" under a later heading (lecture notes'
softmax section): above that section, a link whose sides differ in shape when z is the K-vector reads two ways
(``derive.read.later_shapes``). It had been refuted, K×1 against the number 4."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

TANH = (
    "### Tanh\n\n$$\\sigma(z) = \\tanh(z) = \\frac{e^z - e^{-z}}{e^z + e^{-z}}$$\n\nSimplify the numerator:\n\n"
    "$$(e^z + e^{-z})^2 - (e^z - e^{-z})^2 = (e^{2z} + 2 + e^{-2z}) - (e^{2z} - 2 + e^{-2z}) = 4$$\n\n"
    "$$\\tanh(z) = \\frac{e^z + e^{-z}}{e^z - e^{-z}}$$\n\n"
)
SOFTMAX = (
    "## Softmax\n\nLet $\\mathbf{z} \\in \\mathbb{R}^K$ be the logits.\n\n"
    "$$\\hat{p}_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$\n\n"
    "$$(e^{2z} + 2 + e^{-2z}) - (e^{2z} - 2 + e^{-2z}) = 4$$\n"
)


def test_a_vector_stated_in_a_later_section_reads_two_ways_above_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Line 7's = 4 refused, naming both readings; tanh's identity (same shapes) proven, and a false one of the same
    shapes above (its fraction upside down) refuted; in the section that states the shape, z is the vector and = 4
    is refuted by its shapes, as before."""
    found, unchecked = statuses(tmp_path, capsys, TANH + SOFTMAX)
    assert found == [(3, "proven"), (9, "refuted"), (17, "refuted")]
    assert any(
        reason.startswith("unreadable: z here, above the section (line 11) whose prose states its shape (line 13), "
                          "can be read two ways: the vector stated there")
        for reason in unchecked
    )  # fmt: skip
