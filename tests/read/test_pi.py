"""``\\pi`` alone is the circle constant, as in a Gaussian's density; with a subscript or arguments it names
something of the page's (π_k, π(a|s)) and is refused, naming both readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

GAUSSIAN = (
    "---\nassume: ['\\sigma > 0']\n---\n$$p(x) = \\frac{{1}}{{\\sqrt{{2 \\pi \\sigma^2}}}} "
    "\\exp\\left(-\\frac{{(x - \\mu)^2}}{{2 \\sigma^2}}\\right)$$\n\n$$\\frac{{d}}{{dx}} \\log p(x) = {side}$$\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [
        ("-\\frac{x - \\mu}{\\sigma^2}", "proven"),
        ("-\\frac{x - \\mu}{2 \\pi \\sigma^2}", "refuted"),
        (
            "\\frac{d}{dx} \\left(-\\frac{1}{2}\\log(2 \\pi \\sigma^2) - \\frac{(x - \\mu)^2}{2\\sigma^2}\\right)",
            "proven",
        ),
    ],
)
def test_pi_in_a_gaussian_density(tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str) -> None:
    links, unchecked = statuses(tmp_path, capsys, GAUSSIAN.format(side=side))
    assert links == [(6, status)], (links, unchecked)


@pytest.mark.parametrize("formula", ["\\pi_k = 1", "\\pi(a) = 1"])
def test_pi_with_a_subscript_or_arguments_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], formula: str
) -> None:
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$$ x = 2 $$\n\n$$ {formula} + x $$\n")
    assert all(line != 5 for line, _ in links)
    assert any("\\pi with a subscript or arguments" in u for u in unchecked), unchecked
