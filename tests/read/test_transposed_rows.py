"""Rows of weight and data matrices written transposed, as CS231n writes them: ``w_j^T x_i`` is the inner product
of row j of an array w and row i of an array x (``derive.read.transposed_rows``), and ``\\nabla_{w_j}`` a gradient
by a row. Each reading is proven where the page is right, and a false twin is refuted, never proven."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

#: A squared hinge of example i, in our own words (smooth: its gradients exist everywhere).
LOSS = "The loss of example $i$ is\n\n$$\nL_i = \\sum_{j \\neq y_i} (w_j^T x_i - w_{y_i}^T x_i + 1)^2\n$$\n\n"


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_the_gradient_by_the_correct_class_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    text = LOSS + (
        "so that\n\n$$\n\\nabla_{w_{y_i}} L_i = -2 \\left( \\sum_{j \\neq y_i} "
        f"(w_j^\\top x_i {sign} w_{{y_i}}^\\top x_i + 1) \\right) x_i\n$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(10, status)]


@pytest.mark.parametrize(("factor", "status"), [("2", "proven"), ("", "refuted")])
def test_the_gradient_by_another_row_under_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """The case j ≠ y_i stated before the display ("For $j \\neq y_i$:") is the chain's: without it the claim is
    false at j = y_i, and with it the right gradient is proven."""
    text = (
        LOSS + f"For $j \\neq y_i$:\n\n$$\n\\nabla_{{w_j}} L_i = {factor} (w_j^T x_i - w_{{y_i}}^T x_i + 1) x_i\n$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(10, status)]


def test_without_its_case_the_gradient_by_another_row_is_not_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = LOSS + "$$\n\\nabla_{w_j} L_i = 2 (w_j^T x_i - w_{y_i}^T x_i + 1) x_i\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(8, "refuted")]


def test_a_derivative_of_a_max_inside_the_sum_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The hinge's gradient has no value where a term ties at 0, at some j: refused with what to write."""
    text = (
        "$$\nL_i = \\sum_{j \\neq y_i} \\max(0, w_j^T x_i - w_{y_i}^T x_i + 1)\n$$\n\n"
        "For $j \\neq y_i$:\n\n$$\n\\nabla_{w_j} L_i = x_i\n$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("a derivative of a max inside a sum" in reason for reason in unchecked)


def test_a_row_beside_a_whole_vector_is_not_read_as_a_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """θ_k^T x with x written whole: x's length is the page's, which the row's features need not be."""
    text = "$$\nL = \\sum_k (\\theta_k^T x)^2\n$$\n\n$$\n\\nabla_{\\theta_k} L = 2 (\\theta_k^T x) x\n$$\n"
    assert all(status != "proven" for _, status in statuses(tmp_path, capsys, text)[0])
