"""``\\sum_{i,j}`` and ``\\sum_{ij}`` over two indices of the page: the double sum Σ_i Σ_j, as a math.SE answer
writes the chain rule through D = WX (∂f/∂W_dc = Σ_{i,j} ∂f/∂D_ij ∂D_ij/∂W_dc). With bounds it is left as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

ARRAYS = "---\narrays: {W: [n, n], X: [n, n]}\n---\n"


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\sum_{i,j} W_{ij} X_{ij} = \\sum_{i} \\sum_{j} X_{ij} W_{ij}", "proven"),
        ("\\sum_{ij} W_{ij} = \\sum_{j,i} W_{ij}", "proven"),
        ("\\sum_{i, j} W_{ii} = n \\sum_{i} W_{ii}", "proven"),
        ("\\sum_{i,j} W_{ij} X_{ji} = \\sum_{i} \\sum_{j} X_{ij} W_{ij}", "refuted"),
        ("\\sum_{i,j} W_{ij} = \\sum_{i} W_{ii}", "refuted"),
    ],
)
def test_a_sum_over_two_indices_is_the_double_sum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, ARRAYS + f"$${display}$$\n") == ([(4, status)], [])


def test_the_indices_of_a_double_sum_need_no_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "$$L = \\sum_{i,j} w_{ij}^2$$\n\n$$\\frac{\\partial L}{\\partial w_{ab}} = 2 w_{ab}$$\n\n"
    text += "$$\\frac{\\partial L}{\\partial w_{ab}} = 2 w_{ba}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven"), (5, "refuted")]


def test_a_double_sum_with_a_bound_is_left_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, ARRAYS + "$$\\sum_{i,j}^{n} W_{ij} = \\sum_{i} \\sum_{j} W_{ij}$$\n")
    assert found == [] and len(unchecked) == 1 and unchecked[0].startswith("unreadable")
