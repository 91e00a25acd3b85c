"""Letters set as vectors or matrices that derive reads as numbers (never indexed, or written with an index or a
label), multiplied together in a term: refused, naming both readings. Read as numbers, products commute and matrix
functions split, and each equation below was proven (probes s51-B's m10_sub, s51-C's v03, v04;
``derive/read/bold_products.py``). A sum of them, a function of one, and a row of an array indexed twice are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

FALSE_FOR_VECTORS = [
    "e^{\\mathbf{A}} e^{\\mathbf{B}} = e^{\\mathbf{B}} e^{\\mathbf{A}}",
    "\\exp(\\mathbf{A}) \\exp(\\mathbf{B}) = \\exp(\\mathbf{A} + \\mathbf{B})",
    "\\sin(\\mathbf{A}) \\cos(\\mathbf{B}) = \\cos(\\mathbf{B}) \\sin(\\mathbf{A})",
    "\\hat{\\mathbf{u}} \\times \\hat{\\mathbf{v}} = \\hat{\\mathbf{v}} \\times \\hat{\\mathbf{u}}",
    "\\mathbf{\\hat u} \\times \\mathbf{\\hat v} = \\mathbf{\\hat v} \\times \\mathbf{\\hat u}",
    "\\tilde{\\mathbf{x}} \\cdot \\mathbf{y} = \\mathbf{y} \\tilde{\\mathbf{x}}",
    "\\mathbf{a}_1 \\times \\mathbf{a}_2 = \\mathbf{a}_2 \\times \\mathbf{a}_1",
    "\\mathbf{a_1} \\times \\mathbf{a_2} = \\mathbf{a_2} \\times \\mathbf{a_1}",
    "\\vec{a}_1 \\times \\vec{a}_2 = \\vec{a}_2 \\times \\vec{a}_1",
    "(\\mathbf{a}_1 \\cdot \\mathbf{a}_2)\\,\\mathbf{a}_1 = (\\mathbf{a}_1 \\cdot \\mathbf{a}_1)\\,\\mathbf{a}_2",
    "\\mathbf{x}^{(1)} \\cdot \\mathbf{x}^{(2)} \\, \\mathbf{x}^{(1)} = \\mathbf{x}^{(1)} \\cdot \\mathbf{x}^{(1)} "
    "\\, \\mathbf{x}^{(2)}",
    "\\frac{\\mathbf{a}}{\\mathbf{b}} \\mathbf{b} = \\mathbf{a}",
]


@pytest.mark.parametrize("equation", FALSE_FOR_VECTORS)
def test_vector_letters_read_as_numbers_and_multiplied_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"Consider the following.\n\n$$\n{equation}\n$$\n")
    assert report["links"] == [], report
    [unread] = report["unchecked"]
    assert "read as a number here, and multiplied by another vector or matrix letter" in unread["reason"], unread


@pytest.mark.parametrize(
    "equation",
    [
        "\\mathbf{a} + \\mathbf{b} = \\mathbf{b} + \\mathbf{a}",
        "2(\\mathbf{a} - \\mathbf{b}) = 2\\mathbf{a} - 2\\mathbf{b}",
        "e^{\\hat{\\mathbf{z}}} + \\mathbf{b} = \\mathbf{b} + e^{\\hat{\\mathbf{z}}}",
        "\\frac{\\partial}{\\partial \\mathbf{z}} \\left(3 \\mathbf{z}\\right) = 3",
    ],
)
def test_sums_of_them_and_a_function_of_one_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"Consider the following.\n\n$$\n{equation}\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"], report
