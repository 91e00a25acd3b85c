"""A superscript written before a subscript, as TeX takes it (``derive.read.script_order``): ``\\sigma^2_B`` is
``\\sigma_B^2`` and ``\\Sigma^m_{i=1}`` is ``\\sum_{i=1}^m``; both were refused as a script after a superscript (a batch
norm page had none of its displays read). What the source may mean otherwise stays refused, naming both readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_capital_labels import PAGE
from tests.read.test_reads_pages import statuses


def test_a_square_written_before_its_label_is_the_same_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """σ^2_B reads as σ_B^2: the page's variance, its claims proven and a false one refuted."""
    found, unchecked = statuses(tmp_path, capsys, PAGE.replace("\\sigma_B^2", "\\sigma^2_B"))
    assert found == [(5, "proven"), (7, "refuted"), (9, "proven")]
    assert "a definition of \\sigma_{\\text{Bsq}}, read as the front matter's define: nothing to check" in unchecked


@pytest.mark.parametrize(
    ("right", "status"),
    [("x_i x_i", "proven"), ("2 x_i", "refuted"), ("\\hat{x}_i \\hat{x}_i", "proven")],
)
def test_a_number_raised_before_an_entry_is_the_entry_s_power(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """x^2_i is x_i^2 (and \\hat{x}^{2}_i is \\hat{x}_i^2), as TeX shows it."""
    left = "\\hat{x}^{2}_i" if "hat" in right else "x^2_i"
    found, _ = statuses(tmp_path, capsys, f"$${left} = {right}$$\n")
    assert found == [(1, status)]


@pytest.mark.parametrize(("right", "status"), [("\\frac{1}{m}", "proven"), ("\\frac{2}{m}", "refuted")])
def test_a_capital_sigma_with_its_limits_written_upper_first_is_a_sum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """\\Sigma^m_{i=1} in a definition and a claim: the sum (the definition had been an unknown symbol \\Sigma)."""
    page = (
        "$$\\mu = \\frac{1}{m} \\Sigma^m_{i=1} x_i$$\n\n"
        f"$$\\frac{{\\partial \\mu}}{{\\partial x_i}} = {right}$$\n\n"
        "$$\\Sigma^m_{i=1} (x_i - \\mu) = 0$$\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert found == [(3, status), (5, "proven")]


@pytest.mark.parametrize(
    ("side", "refusal"),
    [
        ("e^z_1", "a script after a superscript"),  # e^{z_1}, or e_1^z?
        ("(x)^2_i", "a script after a superscript"),  # the group's entry i squared, or more?
        ("{x}^2_i", "a script after a superscript"),
        ("x^{-1}_i", "a script after a superscript"),  # (X^{-1})_i, or (x_i)^{-1}?
        ("\\sqrt x^2_i", "a script after a superscript"),  # the root's scripts
    ],
)
def test_what_may_mean_otherwise_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, refusal: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"$${side} = 1$$\n")
    assert found == []
    assert any(refusal in reason for reason in unchecked)


def test_a_number_raised_first_on_a_page_of_layers_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """a^2_j beside Nielsen's a^l_j: layer 2's a_j, or a_j squared? Refused, naming both; a_j^2 is the square."""
    page = "$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j$$\n\n$$a^2_j = a_j a_j$$\n\n$$a_j^2 = a_j a_j$$\n"
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(5, "proven")]
    assert any(
        "the superscript 2 written before the subscript of a_{j}, on a page that labels its layers, can be read two "
        "ways: layer 2's a_{j}" in reason
        for reason in unchecked
    )
