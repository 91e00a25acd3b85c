"""``\\sum_{i \\neq j}`` with j nowhere else in the equation (``derive.read.pair_sums``): a sum at one j, or the
double sum over the pairs i ≠ j? From a probe: the identity of the pairs was refuted, read at one j. Refused now,
naming both; with j outside the sum, or summed around it, it reads one way and is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    "display",
    [
        "\\sum_{i \\neq j} x_i x_j = \\left(\\sum_{i} x_i\\right)^2 - \\sum_{i} x_i^2",
        "\\sum_{i=1, i \\neq j}^{n} x_i x_j = 0",
        "x_i \\sum_{i \\neq j} x_j = x_i\\left(\\sum_{j} x_j - x_i\\right)",
    ],
)
def test_a_sum_leaving_out_an_index_used_nowhere_else_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"$${display}$$\n")
    assert found == [] and len(unchecked) == 1 and "or the double sum over every pair i \\neq j" in unchecked[0]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\sum_{i \\neq j} x_i x_j = x_j \\sum_{i} x_i - x_j^2", "proven"),
        ("\\sum_{i \\neq j} x_i x_j = x_j \\sum_{i} x_i", "refuted"),
        # the pairs written out: proven at n = 2..6, no proof for every n (never refuted)
        ("\\sum_{j} \\sum_{i \\neq j} x_i x_j = \\left(\\sum_{i} x_i\\right)^2 - \\sum_{i} x_i^2", "unproven"),
        ("\\sum_{j} \\sum_{i \\neq j} x_i x_j = \\left(\\sum_{i} x_i\\right)^2", "refuted"),
    ],
)
def test_with_the_left_out_index_fixed_or_summed_it_reads_one_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, f"$${display}$$\n")[0] == [(1, status)]


@pytest.mark.parametrize(
    "page", ["$$S = \\sum_{i \\neq j} x_i x_j.$$\n\n$$S = x_j \\left(\\sum_{i} x_i - x_j\\right)$$\n"]
)
def test_a_definition_that_leaves_out_an_index_standing_nowhere_else_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From a probe: S = Σ_{i≠j} x_i x_j had made j a fixed index of the page (free in S), and S = x_j(Σ_i x_i − x_j)
    was proven, though a reader takes S, with no j in its name, for the sum over the pairs."""
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [] and "or the double sum over every pair i \\neq j" in unchecked[0]


@pytest.mark.parametrize(
    ("definition", "claim", "status"),
    [
        ("f_j = \\sum_{i \\neq j} x_i", "f_j = \\sum_{i} x_i - x_j", "proven"),
        ("L = -\\log p_y - \\sum_{k \\neq y} \\log(1 - p_k)", "L = -\\log p_y", "refuted"),
    ],
)
def test_a_definition_whose_left_out_index_is_its_parameter_or_used_elsewhere_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], definition: str, claim: str, status: str
) -> None:
    found, _ = statuses(tmp_path, capsys, f"$${definition}$$\n\n$${claim}$$\n")
    assert [verdict for _, verdict in found] == [status]


def test_a_sum_that_leaves_out_an_example_label_reads_one_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CS231n's Σ_{j≠y_i}: y_i is example i's label, a value no sum runs over; the hinge's sum is read."""
    text = "$$L_i = \\sum_{j \\neq y_i} (f_j - f_{y_i} + 1)$$\n\n$$L_i = \\sum_{j} f_j - n f_{y_i} + n - 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert [status for _, status in found] == ["proven"], unchecked
