"""A bold letter with one index read as a vector's entry, in a link whose sides then differ in shape (Murphy's
g = Σ_i (μ_i − y_i) 𝐱_i): refused, naming both readings, not refuted by its shapes (``derive.read.bold_entries``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "---\nfunctions: [f]\n---\n"
    "Here $p(y = 1) = \\frac{1}{1 + \\exp(-\\mathbf{w}^T\\mathbf{x})}$.\n\n"
    "$$\\frac{d}{d\\mathbf{w}} f(\\mathbf{w}) = \\sum_i (\\mu_i - y_i) {X}_i$$\n"
)


def test_a_bold_entry_in_a_link_of_two_shapes_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    links, unchecked = statuses(tmp_path, capsys, PAGE.replace("{X}_i", "\\mathbf{x}_i"))
    assert links == []
    assert any("\\mathbf{x}_… can be read two ways: an entry of the vector x" in r for r in unchecked), unchecked


def test_a_plain_entry_in_a_link_of_two_shapes_is_still_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """x_i, not bold, is an entry: the sides' shapes differ, and the link is refuted by them as before."""
    links, _ = statuses(tmp_path, capsys, PAGE.replace("{X}_i", "x_i"))
    assert links == [(6, "refuted")]
