"""Second (and third) derivatives as people write them: ``\\frac{\\partial^2 A}{\\partial x^2}``,
``\\frac{d^2 y}{dx^2}``, ``\\frac{\\partial^2 A}{\\partial x \\partial y}``; an order above that the variables below
do not match is refused. And ``\\log{p}\\sum_i x_i`` is (log p) Σ_i x_i, as a reader takes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("\\frac{\\partial^2 (x^2 y^3)}{\\partial x \\partial y} = 6 x y^2", "proven"),
        ("\\frac{\\partial^2 (x^2 y^3)}{\\partial x \\partial y} = 6 x y", "refuted"),
        ("\\frac{d^2 (x^3)}{dx^2} = 6x", "proven"),
        ("\\frac{d^2 (x^3)}{dx^2} = 3x^2", "refuted"),
        ("\\frac{\\partial^{2} (x^2 y^3)}{\\partial y^{2}} = 6 x^2 y", "proven"),
        ("\\frac{\\partial^3 (x^4)}{\\partial x^3} = 24 x", "proven"),
    ],
)
def test_higher_derivatives(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str) -> None:
    found, _ = statuses(tmp_path, capsys, f"---\n---\n\n$${claim}$$\n")
    assert found == [(4, expected)]


def test_an_order_the_variables_do_not_match_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(
        tmp_path, capsys, "---\n---\n\n$$\\frac{\\partial^2 (x^2 y^3)}{\\partial y} = 3x^2y^2$$\n"
    )
    assert found == []
    assert any("a derivative of order 2 by 1 variable(s)" in r for r in unchecked)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("-\\dfrac{\\sum_{i=1}^n x_i}{p^2} - \\dfrac{\\sum_{i=1}^n (1-x_i)}{(1-p)^2}", "proven"),
        ("-\\dfrac{\\sum_{i=1}^n x_i}{p^2} + \\dfrac{\\sum_{i=1}^n (1-x_i)}{(1-p)^2}", "refuted"),
    ],
)
def test_a_second_derivative_of_a_defined_log_likelihood(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str, expected: str
) -> None:
    text = (
        "---\nn: 3\nassume: ['0 < p < 1']\n---\n\n"
        "$$\\ell(p) = \\log{p}\\sum_{i=1}^n x_i + \\log{(1-p)}\\sum_{i=1}^n (1-x_i)$$\n\n"
        f"$$\\dfrac{{\\partial^2 \\ell(p)}}{{\\partial p^2}} = {second}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(8, expected)]  # at n = 3: for every n, SymPy leaves 1/(p − 1)² unshown nonzero
