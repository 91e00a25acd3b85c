"""A bold one with an index, ``\\mathbf{1}_h`` (``derive.read.indexed_ones``), is refused as index notation's mark of
an unwritten sum, naming its index; a bold one alone keeps the vector of ones' reason. Neither is the number 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


def test_an_indexed_bold_one_names_its_sum(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Read as 1, 𝟏_h x_{bh} - x_{bh} = 0 would be proven, where the page means Σ_h x_{bh} - x_{bh}."""
    front = "---\nsizes: {B: symbolic, H: symbolic}\narrays: {x: [B, H]}\n---\n"
    text = front + "$$\\mathbf{1}_{h} x_{b h} - x_{b h} = 0$$\n\n$$2a = a + a$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven")]
    assert unchecked == [
        "unreadable: \\mathbf{1}_{h}, an entry of the vector of ones, is index notation's mark of a sum over h left "
        "unwritten (as \\mathbf{1}_j x_{kj} writes \\sum_j x_{kj}) or of a copy over h, which derive does not read (as "
        "the number 1 it would drop the sum): write the sum, \\sum_h …"
    ]


def test_a_bold_one_alone_keeps_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$2 \\cdot \\mathbf{1} = 2$$\n")
    assert found == []
    assert unchecked == [
        "unreadable: a bold one is the vector of ones, not the number 1, and derive does not read it: write what it "
        "sums, as in \\sum_i x_i for \\mathbf{x}^\\top \\mathbf{1}"
    ]
