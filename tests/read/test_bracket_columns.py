"""A column written as a transposed list (``[x_1, x_2]^T``, ``\\left( a, b \\right)^\\top``), as seed 002 writes its
vectors inline: read as the bmatrix column it is, and compared entry by entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from derive.read.rows import strip_markup
from tests.read.page_reports import one_verdict, page_report


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("[a, b]^T = \\begin{bmatrix} a \\\\ b \\end{bmatrix}", "proven"),
        ("\\left( a, b \\right)^{\\top} = \\begin{pmatrix} a \\\\ b \\end{pmatrix}", "proven"),
        ("[a + b, a b]^\\intercal = \\begin{bmatrix} b + a \\\\ b a \\end{bmatrix}", "proven"),
        ("[a, b]^T = \\begin{bmatrix} b \\\\ a \\end{bmatrix}", "refuted"),
        ("[a, b, c]^T = \\begin{bmatrix} a \\\\ b \\end{bmatrix}", "refuted"),
    ],
)
def test_a_transposed_list_is_the_column_of_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, verdict: str
) -> None:
    assert one_verdict(page_report(tmp_path, capsys, f"$$\n{claim}\n$$\n")) == verdict


@pytest.mark.parametrize("text", ["[a, b]", "f(a, b)^T", "[a]^T", "[a, ]^T", "(a, b)^2"])
def test_a_list_without_a_transpose_or_applied_stays_as_written(text: str) -> None:
    """An interval or a row, an application transposed, one entry, an empty entry, a power: not a column."""
    tokens = tokenize(text, 1)
    assert [t.value for t in strip_markup(tokens)[0]] == [t.value for t in tokens]


def test_a_function_applied_with_sized_parentheses_is_no_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: ``f\\left(a, b\\right)^T`` had been read as f times the column (a, b), refuted by its shape."""
    page = "$$\nf(a, b) = a b\n$$\n\n$$\nf\\left(a, b\\right)^T = a b\n$$\n"
    assert one_verdict(page_report(tmp_path, capsys, page)) != "refuted"
