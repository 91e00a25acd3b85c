"""Shapes read from how a page combines letters it never indexes and never gives a shape: X^T(Xw − y) makes X a
matrix, w and y vectors, each length named; a false matrix identity that holds of numbers is refuted, by its shapes
or a counterexample, never proven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

LOSS = "The least-squares loss is\n\n$$L(w) = \\|Xw - y\\|^2$$\n\nIts gradient is\n\n$$\\nabla_w L(w) = {gradient}$$\n"


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("gradient", "status"),
    [
        ("2X^T(Xw - y)", "proven"),
        ("X^T(Xw - y)", "refuted"),
        ("2(Xw - y)^T X", "refuted"),  # a row where the gradient is a column: the shapes differ
    ],
)
def test_the_least_squares_gradient_with_shapes_read_from_the_products(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    report = _report(tmp_path, capsys, LOSS.format(gradient=gradient))
    assert [link["status"] for link in report["links"]] == [status]
    assert any(
        "X, w, y read as an N×D matrix, a vector of D, a vector of N" in reading for reading in report["readings"]
    ), report["readings"]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("(AB)^T = B^T A^T", "proven"),
        ("(AB)^T = A^T B^T", "refuted"),  # true of numbers
        ("X^T X w = X X^T w", "refuted"),  # true of numbers
        ("X^T y = y^T X", "refuted"),
        ("w^T X^T y = y^T X w", "proven"),
        ("(Xw - y)^T (Xw - y) = w^T X^T X w - 2 w^T X^T y + y^T y", "proven"),
        ("(Xw - y)^T (Xw - y) = w^T X^T X w - w^T X^T y + y^T y", "refuted"),
        ("w - \\eta X^T(Xw - y) = w - \\eta X^T X w + \\eta X^T y", "proven"),  # η a number: a factor
    ],
)
def test_matrix_identities_with_no_shapes_stated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, f"So:\n\n$${display}$$\n") == ([(3, status)], [])


def test_a_letter_transposed_alone_or_indexed_is_not_given_a_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(ab)^T with a, b tied to no matrix: their lengths are not shown, and the transpose stays refused; W beside
    its entries w_{ia} stays a number refused where the page transposes it."""
    report = _report(tmp_path, capsys, "So:\n\n$$(ab)^T = ba$$\n")
    assert report["links"] == [] and not any("read as" in r for r in report["readings"])
    page = "$$Y = WX, \\quad y_{ij} = \\sum_a w_{ia} x_{aj}$$\n\n$$Z = W^T Y$$\n"
    report = _report(tmp_path, capsys, page)
    assert not any("matrix" in r for r in report["readings"]), report["readings"]


def test_a_gradient_set_to_zero_by_implications_is_no_identity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Solve for where its gradient is 0: ∇MSE = 0", then ⇒ … = 0 displays: each the condition, not a claim that
    the gradient is 0 for every w (refuted before, once the shapes were read)."""
    text = (
        "To minimize $MSE$, we can solve for where its gradient is $0$: $$\\nabla_{\\mathbf w}MSE = 0$$\n\n"
        "$$\\Rightarrow \\nabla_{\\mathbf w} ( \\mathbf{w}^T\\mathbf{X}^{T}\\mathbf{X}\\mathbf w - "
        "2\\mathbf{w}^T\\mathbf{X}^{T}\\mathbf{y} + \\mathbf{y}^{T}\\mathbf{y} ) = 0$$\n\n"
        "Now, the next step is:\n\n"
        "$$\\Rightarrow ( 2\\mathbf{X}^{T}\\mathbf{X}\\mathbf w - 2\\mathbf{X}^{T}\\mathbf{y}) = 0$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert sum("a condition the page sets" in reason for reason in unchecked) == 3, unchecked


def test_a_whole_vector_equal_to_zero_is_compared_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """X^T(Xw − y) − X^T X w + X^T y = 0: the zero vector, written 0; proven, not refuted by its shape."""
    text = "So:\n\n$$X^T(Xw - y) - X^T X w + X^T y = 0$$\n"
    assert statuses(tmp_path, capsys, text) == ([(3, "proven")], [])


@pytest.mark.parametrize(("gradient", "status"), [("(A + A^T)w", "proven"), ("2Aw", "refuted")])
def test_a_capital_letter_before_a_transposed_vector_is_a_matrix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """w^T A w with w transposed: A a square matrix, never a number (2Aw holds of numbers, and of symmetric A)."""
    text = f"The quadratic form:\n\n$$f(w) = w^T A w$$\n\n$$\\nabla_w f(w) = {gradient}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(5, status)]
