"""Fonts written otherwise than the reader reads them (``derive.read.old_fonts``): a bold of a bold,
``\\boldsymbol{\\mathbf{x}}``, as a site's ``\\vec`` macro writes every vector, is the bold letter it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(("right", "status"), [("2\\vec{x}", "proven"), ("3\\vec{x}", "refuted")])
def test_a_bold_of_a_bold_is_the_bold_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """A site's ``\\vec`` written out as ``\\boldsymbol{\\mathbf{#1}}``: the bold x it shows (it was unsupported).
    (Its square would read two ways, ‖x‖² or entry by entry: ``matrix_letters``.)"""
    front = "---\nmacros: {\\vec: '\\boldsymbol{\\mathbf{#1}}'}\n---\n"
    report = page_report(tmp_path, capsys, front + f"$$\\vec{{x}} + \\vec{{x}} = {right}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]
