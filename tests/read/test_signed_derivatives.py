"""A minus sign before the ∂ of a derivative's numerator, ``\\frac{- \\partial \\sum_i y_i \\log p_i}{\\partial p_j}``:
−∂A/∂x, which is ∂(−A)/∂x, one value either way. A blog wrote its loss's derivative so; it was refused as a
stray ∂."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report
from tests.read.test_reads_pages import statuses

PAGE = (
    "---\nassume: [y one-hot]\n---\n$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n"
    "$$\\frac{- \\partial \\sum_k y_k \\log p_k}{\\partial x_j} = RIGHT$$\n"
)


@pytest.mark.parametrize(("right", "status"), [("p_j - y_j", "proven"), ("y_j - p_j", "refuted")])
def test_a_signed_numerator_is_the_negated_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.replace("RIGHT", right))
    assert page_links(report) == [(status, None, right)]


def test_a_signed_operator_alone_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n$$\\frac{- \\partial}{\\partial x_j} p_j = 1$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not page_links(report)


@pytest.mark.parametrize(
    "claim", ["\\frac{df}{dx}(x) = 2x^2", "\\frac{df}{dx}(x) = 2x", "\\frac{df}{dx}\\left(x\\right) = 2x^2"]
)
def test_a_derivative_before_parentheses_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """From a probe: \\frac{df}{dx}(x) was the derivative times x, so df/dx(x) = 2x² was proven for f = x² (and the
    true 2x refuted). It reads two ways, the derivative at x or times x, and is refused; d/dx (x²) stays the
    operator applied. So does df/dx before any parentheses, f a function of the page (a later probe proved
    df/dx(3) = 6x, df/dx(x + 1) = 2x² + 2x, d²f/dx²(2) = 12x): before a value's derivative they are a product."""
    page = (
        f"Let $f(x) = x^2$ and $g = x^2$.\n\n$${claim}$$\n\n$$\\frac{{d}}{{dx}}(x^2) = 2x$$\n\n"
        "$$\\frac{df}{dx}(x - 1) = 2x^2 - 2x$$\n\n$$\\frac{df}{dx}[3] = 6x$$\n\n$$\\frac{d^2 f}{dx^2}(2) = 4$$\n\n"
        "$$\\frac{dg}{dx}(x - 1) = 2x^2 - 2x$$\n"  # g a value: its derivative times (x − 1)
    )
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(5, "proven"), (13, "proven")], (found, unchecked)
    assert sum("two ways" in u for u in unchecked) == 4, unchecked


@pytest.mark.parametrize(
    "claim",
    [
        "\\left(\\frac{df}{dx}\\right)(3) = 6x",
        "{df \\over dx}(3) = 6x",
        "\\frac{df}{dx}{(3)} = 6x",
        "\\Big(\\frac{df}{dx}\\Big)(3) = 6x",
        "\\left\\{\\frac{df}{dx}\\right\\}(3) = 6x",
        "\\left[\\frac{d^2 f}{dx^2}\\right](2) = 2",
        "-\\left(\\frac{\\partial f}{\\partial x}\\right)(3) = -6x",
    ],
)
def test_a_derivative_held_in_brackets_before_parentheses_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """From a probe: brackets or braces that hold df/dx alone hid the parentheses after them, so
    (df/dx)(3) = 6x was proven for f(x) = x². The brackets are looked through; (a + df/dx)(3) stays a product."""
    page = f"Let $f(x) = x^2$.\n\n$${claim}$$\n\n$$\\left(1 + \\frac{{df}}{{dx}}\\right)(x) = x + 2x^2$$\n"
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(5, "proven")] and sum("two ways" in u for u in unchecked) == 1, (found, unchecked)
