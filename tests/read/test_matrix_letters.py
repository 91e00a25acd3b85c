"""A letter read as a number that the page treats as a matrix (it transposes it, or writes its small letter's
entries w_{ia}) is never read as a number: ∂L/∂X = W ∂L/∂Y, a slip for Wᵀ, held of numbers and was proven."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report
from tests.read.test_reads_pages import statuses

PAGE = """---
---

$$Y = WX, \\quad y_{{ij}} = \\sum_a w_{{ia}} x_{{aj}}$$

therefore

$$\\frac{{\\partial L}}{{\\partial X}} = {right}$$

and

$$\\frac{{\\partial L}}{{\\partial W}} = \\frac{{\\partial L}}{{\\partial Y}} X^T$$
"""


@pytest.mark.parametrize("right", ["W \\frac{\\partial L}{\\partial Y}", "W^T \\frac{\\partial L}{\\partial Y}"])
def test_a_transposed_letter_is_never_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(right=right))
    assert all(status != "proven" for _, status in found)
    assert any("reads as a number here, but the page" in r for r in unchecked)


def test_a_letter_the_page_never_transposes_stays_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$Y = W X$$\n\n$$\\frac{\\partial Y}{\\partial X} = W$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven")]


def test_a_letter_transposed_only_in_the_prose_is_never_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "---\n---\n\nThe gradient by $X$ uses $W^\\top$.\n\n$$Y = WX$$\n\n"
        "$$\\frac{\\partial L}{\\partial X} = W \\frac{\\partial L}{\\partial Y}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []  # proven, read with numbers, before the prose's math was read
    assert any("reads as a number here, but the page transposes it" in r for r in unchecked)


def test_the_shape_the_message_advises_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The message names the sizes key with the arrays key: written as it said before (``arrays: {W: [m, n]}``
    alone), the file stopped, "'m' … is not a length: give it under sizes" (following derive's own hints)."""
    _, unchecked = statuses(tmp_path, capsys, PAGE.format(right="W^T \\frac{\\partial L}{\\partial Y}"))
    said = next(r for r in unchecked if "give its shape" in r)
    assert "with sizes: {m: symbolic}" in said
    front = "---\narrays: {W: [m, n], X: [n, p], Y: [m, p]}\nsizes: {m: symbolic, p: symbolic}\n---\n"
    advised = PAGE.format(right="W^T \\frac{\\partial L}{\\partial Y}").replace("---\n---\n", front)
    _, unchecked = statuses(tmp_path, capsys, advised)
    assert not any("give its shape" in r for r in unchecked)


DOT = "(\\mathbf{a} \\cdot \\mathbf{b})\\mathbf{a} = (\\mathbf{a} \\cdot \\mathbf{a}) \\mathbf{b}"


@pytest.mark.parametrize(
    "display",
    [
        "(\\vec{a} \\cdot \\vec{b})\\vec{a} = (\\vec{a} \\cdot \\vec{a}) \\vec{b}",  # false of vectors: was proven
        "\\mathbf{a} \\times \\mathbf{b} = \\mathbf{b} \\times \\mathbf{a}",  # anticommutes: was proven
        "\\vec x^2 = \\vec{x} \\cdot \\vec{x}",
        # probe s51-B: through parentheses, a thin space between, or a sign between groups that hold them
        "((\\mathbf a+\\mathbf b)\\cdot\\mathbf c)\\mathbf a = ((\\mathbf a+\\mathbf b)\\cdot\\mathbf a)\\mathbf c",
        "(\\vec a+\\vec b)\\times(\\vec a-\\vec b) = (\\vec a-\\vec b)\\times(\\vec a+\\vec b)",
        "(\\vec a\\,\\vec b)\\,\\vec a = (\\vec a\\,\\vec a)\\,\\vec b",
        "(\\bm{\\mu} \\cdot \\bm{\\nu})\\bm{\\mu} = (\\bm{\\mu} \\cdot \\bm{\\mu})\\bm{\\nu}",  # bold Greek
        "(\\mathbf{A} + \\mathbf{B})(\\mathbf{A} - \\mathbf{B}) = (\\mathbf{A} - \\mathbf{B})(\\mathbf{A}+\\mathbf{B})",
    ],
)
def test_two_letters_set_as_vectors_and_multiplied_are_never_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert report["links"] == []
    assert "the page sets it as a vector and multiplies it so" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        ("$$\\vec{a} + \\vec{b} = \\vec{b} + \\vec{a}$$\n", ["proven"]),  # no product: entry by entry as numbers
        (
            f"---\nvectors: [a, b]\n---\n$${DOT}$$\n",
            ["refuted"],
        ),
    ],
)
def test_vectors_added_or_declared_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == verdicts


@pytest.mark.parametrize(
    ("page", "said"),
    [  # survey T's FR5 (an attention page): both links had been refuted by shapes derive guessed
        (
            "$$P = \\text{softmax}(S) = \\begin{bmatrix} \\frac{e^{s_{11}}}{e^{s_{11}} + e^{s_{12}}} & "
            "\\frac{e^{s_{12}}}{e^{s_{11}} + e^{s_{12}}} \\\\ \\frac{e^{s_{21}}}{e^{s_{21}} + e^{s_{22}}} & "
            "\\frac{e^{s_{22}}}{e^{s_{21}} + e^{s_{22}}} \\end{bmatrix}$$\n",
            "S, whose shape the page never gives, is read as a vector here",
        ),
        (
            "$$Q + Q = S = \\begin{bmatrix} s_{11} & s_{12} \\\\ s_{21} & s_{22} \\end{bmatrix}$$\n\n"
            "$$Q = \\begin{bmatrix} q_{11} & q_{12} \\\\ q_{21} & q_{22} \\end{bmatrix}$$\n",
            "S alone, which the page never defines, reads as a number here",
        ),
    ],
)
def test_a_written_out_matrix_against_a_name_whose_shape_derive_guessed_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, said: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert "refuted" not in [link["status"] for link in report["links"]]
    assert any(said in u["reason"] for u in report["unchecked"]), report["unchecked"]
