"""A weight matrix and its rows as Murphy writes them (``derive.read.matrix_rows``): ``\\mathbf{z} =
\\mathbf{V}\\mathbf{h}`` beside ``\\mathbf{v}_k``, the weights of output k, read with no front matter: v_k is row k of
V, ``\\nabla_{\\mathbf{v}_k}`` a gradient by it. Checked through ``derive check``: right claims proven, false ones
refuted, and V written transposed (its columns, then?) never read so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PROSE = (
    "---\n---\nThe scores are $\\mathbf{z} = \\mathbf{V}\\mathbf{h}$, $\\mathbf{v}_k$ the weights of output $k$, "
    "and the loss is $L = \\sum_k t_k z_k$.\n\n"
)


@pytest.mark.parametrize(
    ("claim", "statuses_"),
    [
        (
            "\\nabla_{\\mathbf{v}_k} L = \\sum_j \\frac{\\partial L}{\\partial z_j} "
            "\\frac{\\partial z_j}{\\partial \\mathbf{v}_k} = t_k \\mathbf{h}",
            ["proven", "proven"],
        ),
        ("\\nabla_{\\mathbf{v}_k} L = \\mathbf{h}", ["refuted"]),
        ("\\frac{\\partial z_j}{\\partial \\mathbf{v}_k} = \\delta_{jk} \\mathbf{h}", ["proven"]),
        ("\\frac{\\partial z_j}{\\partial \\mathbf{v}_k} = \\mathbf{h}", ["refuted"]),
    ],
)
def test_rows_of_a_matrix_written_as_vectors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, statuses_: list[str]
) -> None:
    """Before, V and h were numbers and v_k a vector of no relation to them: nothing was checked."""
    found, _ = statuses(tmp_path, capsys, PROSE + f"$${claim}$$\n")
    assert found == [(5, status) for status in statuses_]


def test_a_matrix_written_transposed_has_no_rows_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With z = Vᵀh, v_k would be a column: not read as a row, and the row's claim is never proven."""
    text = PROSE.replace("\\mathbf{V}\\mathbf{h}", "\\mathbf{V}^\\top\\mathbf{h}")
    found, _ = statuses(tmp_path, capsys, text + "$$\\nabla_{\\mathbf{v}_k} L = t_k \\mathbf{h}$$\n")
    assert all(status != "proven" for _, status in found)


def test_the_capital_written_plain_elsewhere_has_no_rows_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """V plain in a claim (another V, or the same matrix?) keeps the page from reading rows: never proven."""
    text = PROSE + "$$\\nabla_{\\mathbf{v}_k} L = t_k \\mathbf{h} + 0 V$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert all(status != "proven" for _, status in found)


def test_rows_said_to_be_columns_are_not_read_as_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'v_k, the k-th column of V': the page says which; never read as a row, never proven so."""
    text = PROSE.replace("the weights of output $k$", "the $k$-th column of $\\mathbf{V}$")
    found, _ = statuses(tmp_path, capsys, text + "$$\\nabla_{\\mathbf{v}_k} L = t_k \\mathbf{h}$$\n")
    assert all(status != "proven" for _, status in found)
