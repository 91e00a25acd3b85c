"""σ, φ, ψ, f, g, h before parentheses that hold an expression (σ(w x + b), f(x + 1)) read two ways, a function
applied or a product, and are refused naming both: read as products of an inferred number, d/dx σ(x + 1) = σ and
da/dx = f for a = f(x + 1) were proven. σ(1 − σ), the letter inside, stays a product; a declared σ is applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    "text",
    [
        "$$\\frac{d}{dx}\\sigma(x + 1) = \\sigma$$\n",
        "$$a = f(x + 1)$$\n\n$$\\frac{d a}{d x} = f$$\n",
        "$$\\hat{y} = \\sigma(w x + b)$$\n\n$$\\frac{\\partial \\hat{y}}{\\partial b} = \\sigma$$\n",
    ],
)
def test_a_function_letter_before_an_expression_is_never_a_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n\n" + text)
    assert found == []  # each was proven, read as a product
    assert any("can be read two ways: a function applied" in r for r in unchecked)


@pytest.mark.parametrize(("right", "expected"), [("\\hat{y}(1 - \\hat{y})", "proven"), ("\\hat{y}", "refuted")])
def test_a_declared_sigmoid_is_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    text = (
        "---\ndefine:\n  \\sigma(x): \\frac{1}{1 + e^{-x}}\n---\n\n$$\\hat{y} = \\sigma(w x + b)$$\n\n"
        f"$$\\frac{{\\partial \\hat{{y}}}}{{\\partial b}} = {right}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(8, expected)]


def test_the_letter_inside_its_parentheses_is_a_product(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, _ = statuses(tmp_path, capsys, "---\n---\n\n$$\\frac{d}{d\\sigma}\\sigma(1 - \\sigma) = 1 - 2\\sigma$$\n")
    assert found == [(4, "proven")]
