"""Numbered entries on a page whose sums count from 0 (``derive.read.zero_counts``): one generic neuron's
``\\sum_{i=0}^N x_i w_i`` had made every numbered entry of the page read two ways, r_1 of a vector never counted
from 0 too. Only the entries of vectors the page counts from 0 (summed from 0, written with an entry 0, or made
into one's definition) still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

NEURON = "$$f = \\sum_{i=0}^{N} x_i w_i$$\n\n$$E = (r_1 - t)^2$$\n\n"


@pytest.mark.parametrize(("right", "status"), [("2(r_1 - t)", "proven"), ("r_1 - t", "refuted")])
def test_an_entry_of_a_vector_counted_from_one_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """E = (r_1 - t)^2 is E's definition and ∂E/∂r_1 is checked; x_1, of the vector summed from 0, reads two ways."""
    page = NEURON + f"$$\\frac{{\\partial E}}{{\\partial r_1}} = {right}$$\n\n"
    page += "$$\\frac{\\partial f}{\\partial x_1} = w_1$$\n"
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(5, status)]
    assert any(reason.startswith("unreadable: the entry 1 on a page whose sums count from 0") for reason in unchecked)


def test_a_vector_a_counted_one_is_made_of_is_counted_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """p_k = e^{z_k}/Σ_{j=0}^N e^{z_j}: z is counted from 0 as p is, so z_1 reads two ways; r_1, r_2 do not."""
    page = (
        "$$p_k = \\frac{e^{z_k}}{\\sum_{j=0}^{N} e^{z_j}}$$\n\n$$\\sum_{i=0}^{N} p_i = 1$$\n\n"
        "$$\\frac{\\partial p_k}{\\partial z_1} = p_k (\\delta_{k1} - p_1)$$\n\n"
        "$$\\frac{\\partial (r_1 r_2)}{\\partial r_1} = r_2$$\n\n$$\\frac{\\partial (r_1 r_2)}{\\partial r_1} = r_1$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(3, "proven"), (7, "proven"), (9, "refuted")]
    assert [reason[:60] for reason in unchecked if "sums count from 0" in reason] == [
        "unreadable: the entry 1 on a page whose sums count from 0 (l"
    ]
