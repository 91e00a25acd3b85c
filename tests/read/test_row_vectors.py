"""A page that writes its vectors as rows ("We use row vectors"): a link that transposes reads two ways there (x yᵀ
a number to the page, an n×n matrix to derive, which reads every vector as a column) and is refused, naming both;
a link with no transpose, and a page that also speaks of columns, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report

ROWS = "We use row vectors throughout.\n\n"


@pytest.mark.parametrize(
    "display",
    [
        "\\mathbf{x}^\\top \\mathbf{y} = \\mathbf{y}^\\top \\mathbf{x}",  # an outer product and its transpose
        "\\mathbf{x} \\mathbf{y}^T = \\sum_i x_i y_i",  # true of rows: a number
        "\\mathbf{x}^{\\intercal} \\mathbf{x} = \\sum_i x_i^2",
    ],
)
def test_a_transpose_on_a_page_of_row_vectors_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, ROWS + f"$$\n{display}\n$$\n")
    assert one_verdict(report) == "unreadable"
    assert "whose vectors are rows (line 1)" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\mathbf{s} - \\mathbf{y} = -(\\mathbf{y} - \\mathbf{s})", "proven"),
        ("\\mathbf{s} - \\mathbf{y} = \\mathbf{y}", "refuted"),
    ],
)
def test_a_link_with_no_transpose_is_read_on_a_page_of_row_vectors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert one_verdict(page_report(tmp_path, capsys, ROWS + f"$$\n{display}\n$$\n")) == status


@pytest.mark.parametrize(
    "prose",
    [
        "A row vector is the transpose of a column vector.\n\n",  # both: columns are among the page's vectors
        "The loss is a number.\n\n$$\n\\frac{\\partial L}{\\partial b} = \\mathbf{1}^T \\delta"
        " \\quad \\text{(row vector)}\n$$\n\n",
    ],
)
def test_rows_in_math_or_beside_columns_leave_transposes_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    display = "\\mathbf{x}^\\top \\mathbf{y} = \\sum_i x_i y_i"
    report = page_report(tmp_path, capsys, prose + f"$$\n{display}\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize("mark", ["^{\\mathbf{T}}", "^{\\bf T}", "^{\\!\\top}", "^{\\boldsymbol{T}}"])
def test_a_transpose_written_otherwise_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mark: str
) -> None:
    """A probe proved x^{\\mathbf{T}} y = y^{\\mathbf{T}} x (false for rows) on a page of rows."""
    display = f"\\mathbf{{x}}{mark} \\mathbf{{y}} = \\mathbf{{y}}{mark} \\mathbf{{x}}"
    assert one_verdict(page_report(tmp_path, capsys, ROWS + f"$$\n{display}\n$$\n")) == "unreadable"


def test_a_transpose_in_a_definition_on_a_page_of_rows_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """a = xᵀy and b = yᵀx, then a − b = 0: proven, though for rows a and b are outer products, transposes apart."""
    page = ROWS + "$$a = \\mathbf{x}^\\top \\mathbf{y}$$\n\n$$b = \\mathbf{y}^\\top \\mathbf{x}$$\n\n$$a - b = 0$$\n"
    assert "proven" not in [link["status"] for link in page_report(tmp_path, capsys, page)["links"]]


@pytest.mark.parametrize(
    "prose",
    [
        "We use row vectors, not column vectors.\n\n",
        "We use row vectors ([unlike column vectors](https://example.org)).\n\n",
        "We use row vectors.\n\n```python\n# a row vector, never a column vector\n```\n\n",
        "Here $x$ is a row vector of length $n$, and so is $y$.\n\n",  # probe 57's, each proven before
        "All vectors on this page are rows: $x$ and $y$ have $n$ entries each.\n\n",
        "We use row vectors (as opposed to column vectors).\n\n",
        "Like many others, we write vectors as row vectors.\n\n",
        "We use row vectors. (Most textbooks use column vectors.)\n\n",
    ],
)
def test_columns_named_only_in_passing_leave_the_page_of_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    display = "\\mathbf{x}^\\top \\mathbf{y} = \\mathbf{y}^\\top \\mathbf{x}"
    assert one_verdict(page_report(tmp_path, capsys, prose + f"$$\n{display}\n$$\n")) == "unreadable"


@pytest.mark.parametrize(
    "prose",
    [
        "Each row vector of $W$ holds one unit's weights.\n\n",
        "The gradient is written as a row vector in some books.\n\n",
        "Stack the examples as row vectors into the data matrix $X$.\n\n",
        "Every vector here is a column; only the gradient $g$ would be a row vector.\n\n",
    ],
)
def test_rows_said_of_other_things_leave_the_page_of_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """A probe's pages: a row of a matrix, or another book's convention, made the whole page one of rows."""
    display = "\\mathbf{x}^\\top \\mathbf{y} = \\sum_i x_i y_i"
    assert one_verdict(page_report(tmp_path, capsys, prose + f"$$\n{display}\n$$\n")) == "proven"


def test_a_matrix_written_out_is_transposed_on_a_page_of_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    display = "\\begin{bmatrix} 1 & 2 \\end{bmatrix}^T \\begin{bmatrix} 1 & 2 \\end{bmatrix} = 5"
    assert one_verdict(page_report(tmp_path, capsys, ROWS + f"$$\n{display}\n$$\n")) == "refuted"  # 2×2, not 5
