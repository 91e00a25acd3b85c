"""A prime after what is no function (``e_j'`` of a blog that says in words what it differentiates by): refused
saying what derive reads a prime on and how to write the derivative, not only "unexpected '''"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize("display", ["e_i' = e^{x_i}", "\\frac{e_j' \\cdot 2}{2} = e^{x_j}"])
def test_a_prime_on_no_function_says_how_to_write_the_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$p_j = \\frac{{e^{{x_j}}}}{{\\sum_k e^{{x_k}}}}$$\n\n$${display}$$\n")
    (reason,) = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert "a prime (') after what is no function" in reason
    assert "\\frac{\\partial …}{\\partial x_i}" in reason


def test_a_second_dots_in_one_sum_says_how_to_write_the_term_set_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n$$\\sum_j x_j = x_1 + \\dots + (x_i) + \\dots + x_n$$\n"
    report = page_report(tmp_path, capsys, page)
    (reason,) = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert "a second \\dots in one sum written out" in reason
