"""A name given to the terms of a sum in a chain (``-\\sum_j y_j \\log p_j = -\\sum_j \\ell_j``), and what is no such
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


def test_a_sum_of_a_names_terms_written_with_that_name_is_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\sum_i |x_i| = \\sum_i x_i``: not x_i naming |x_i| (the terms' name), which stopped the file with "the
    definitions refer to each other in a cycle: x → x" (a probe's page, on main before this session too)."""
    report = _report(tmp_path, capsys, "We have\n\n$$\\sum_i |x_i| = \\sum_i x_i$$\n")
    assert report["exit"] == 1 and [status for status, *_ in _links(report)] == ["refuted"]
