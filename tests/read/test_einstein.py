"""A page that states Einstein's convention ("in Einstein notation the sum is implied by the repeated indices") may
leave a sum unwritten: a link whose sides' free indices differ reads two ways there, and is refused, not refuted as
the dropped sum it is on any other page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = """---
vectors: [y, p]
---
{prose}

$$-\\sum_i y_i \\log p_i = -y_i \\log p_i$$

$$-y_i p_i = -p_i y_i$$
"""


def test_a_link_with_an_implied_sum_is_refused_where_the_page_states_the_convention(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = "The summation symbol is dropped because in Einstein notation the sum is implied by repeated indices."
    report = _report(tmp_path, capsys, PAGE.format(prose=prose))
    assert _links(report) == [("proven", None, "-p_i y_i")]
    assert "Einstein's convention (line 4)" in report["unchecked"][0]["reason"]


def test_elsewhere_the_dropped_sum_is_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, PAGE.format(prose="The loss drops its sum here."))
    assert [status for status, *_ in _links(report)] == ["refuted", "proven"]


def test_a_link_with_an_index_repeated_in_a_term_is_refused_where_the_page_states_the_convention(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-y_i \\delta_{ik} + y_i p_k = -y_k + y_i p_k``: the convention sums i in the first term, to -y_k (the
    CS224d write-up's step); read with i free it was refuted. Both sides one expression stay checked."""
    prose = "In Einstein notation the sum is implied by the repeated indices."
    page = f"---\nvectors: [y, p]\n---\n{prose}\n\n$$-y_i \\delta_{{ik}} + y_i p_k = -y_k + y_i p_k$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert "and i is repeated in a term" in report["unchecked"][0]["reason"]


EINSTEIN = "We use Einstein's summation convention: a repeated index is summed.\n\n$${claim}$$\n"


@pytest.mark.parametrize(
    "claim",
    [
        "\\delta_{ii} = 1",  # SymPy makes δ_ii 1 before anything reads it: n under the convention
        "x_i x_i y_k = y_k x_i^2",  # x_i x_i folded into a square
        "\\sum_{i=1}^n x_i b_k c_k d_j d_j = \\sum_{i=1}^n x_i b_j c_j d_k d_k",  # repeated inside a written sum
    ],
    ids=["delta-ii", "square", "inside-a-sum"],
)
def test_an_index_repeated_as_the_page_writes_it_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """Counted in the page's text, not in SymPy's form of it: δ_ii = 1 was proven, and a true link with j, k
    repeated inside a written sum was refuted."""
    report = _report(tmp_path, capsys, EINSTEIN.format(claim=claim))
    assert _links(report) == []
    assert "repeated in a term" in report["unchecked"][0]["reason"]
