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


def test_two_sums_of_entries_set_equal_name_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: Σ_k y_k = Σ_k t_k had made t_k the name of y_k, and ∂/∂y_j ½Σ_k (y_k − t_k)² = 0 was proven.
    Equal sums of two vectors' entries are a claim about them (refuted), never a name for the terms."""
    page = (
        "$$ \\sum_k y_k = \\sum_k t_k $$\n\n"
        "$$ \\frac{\\partial}{\\partial y_j} \\frac{1}{2} \\sum_k (y_k - t_k)^2 = 0 $$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(1, "refuted"), (3, "refuted")]


def test_a_name_written_above_is_no_name_of_a_sums_terms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: Σ_j 2 p_j = Σ_j y_j below ∂/∂p_1 Σ_j y_j p_j made y_j the name of 2 p_j, and the derivative,
    above, was proven to be 4 p_1; y is the page's own quantity there."""
    page = "$$\\frac{\\partial}{\\partial p_1} \\sum_j y_j p_j = 4 p_1$$\n\n$$\\sum_j 2 p_j = \\sum_j y_j$$\n"
    report = _report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(1, "refuted"), (3, "refuted")]
