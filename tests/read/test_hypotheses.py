"""A hypothesis written bare where a derivative differentiates it, ``\\frac{\\partial h_\\theta}{\\partial \\theta_1}``
(a blog's logistic regression), is h_θ(x) where the display applies h to x only (or to any one argument
throughout); applied to two, or nowhere, it reads two ways and stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

DEFINITION = "$$h_\\theta(x) = \\frac{1}{1 + e^{-\\theta_0 - \\theta_1 x}}$$\n\n"


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        ("h_\\theta(x) (1 - h_\\theta(x)) x", [(3, "proven")]),
        ("h_\\theta(x) (1 + h_\\theta(x)) x", [(3, "refuted")]),
        ("h_\\theta(z) (1 - h_\\theta(z)) z", [(3, "proven")]),  # one argument throughout: h_θ(z)
        ("h_\\theta(z) (1 - h_\\theta(x)) z", []),  # h_θ(z) or h_θ(x)? refused
        ("\\theta_1", []),  # applied nowhere: which argument?
    ],
)
def test_a_bare_hypothesis_differentiated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: list[tuple[int, str]]
) -> None:
    text = DEFINITION + f"$$\\frac{{\\partial h_{{\\theta}}}}{{\\partial \\theta_1}} = {right}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == expected
    assert bool(expected) or any("without its argument" in reason for reason in unchecked)
