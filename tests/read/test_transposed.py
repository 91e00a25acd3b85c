"""Letters a page writes only whole, in a transpose product (w^\\top x): two vectors of one length, said in the
report; the hinge loss's gradient is then proven in its margin and a false one refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

HINGE = """Hinge loss for a linear SVM: $L = \\max(0, 1 - y w^\\top x)$.{when}

$$\\nabla_w L = {gradient}$$
"""


@pytest.mark.parametrize(
    ("when", "gradient", "status"),
    [
        (" When $y w^\\top x < 1$,", "-y x", "proven"),
        (" When $y w^\\top x < 1$,", "y x", "refuted"),
        ("", "-y x", "refuted"),  # outside the margin the gradient is 0
    ],
)
def test_the_hinge_loss_with_its_vectors_written_only_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], when: str, gradient: str, status: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(HINGE.format(when=when, gradient=gradient), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == [status]
    assert any("w, x read as vectors" in reading for reading in report["readings"])


def test_an_indexed_letter_is_not_taken_for_a_whole_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """w_i on the page: w is a vector already, by its entries; the transpose reading adds nothing (no reading)."""
    path = tmp_path / "d.md"
    path.write_text("$$w^\\top x = \\sum_i w_i x_i$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert not any("read as vectors" in reading for reading in report["readings"])


def test_a_greek_letter_written_transposed_is_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """θ^T x (CS229): θ is declared as \\theta, a vector (the file stopped: "vector 'theta' is not a name")."""
    path = tmp_path / "d.md"
    path.write_text("$$\\theta^T x = x^T \\theta$$\n\n$$\\theta^T x = 2 x^T \\theta$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == ["proven", "refuted"]


@pytest.mark.parametrize(
    ("square", "status"),
    [
        ("\\mathbf{x}^\\top \\mathbf{w} \\mathbf{w}^\\top \\mathbf{x}", "proven"),
        ("\\mathbf{w}^\\top \\mathbf{w} \\mathbf{x}^\\top \\mathbf{x}", "refuted"),  # true of numbers, not vectors
    ],
)
def test_a_definition_written_with_a_transpose_product_makes_its_vectors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], square: str, status: str
) -> None:
    """d2l's model, ŷ = w^T x + b, a definition of the page: its w and x are vectors (they were scalars, the
    definition unread: "w is a scalar here, so ^\\top cannot transpose it")."""
    path = tmp_path / "d.md"
    model = "$$\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b.$$"
    path.write_text(f"Our model is\n\n{model}\n\nThen\n\n$$(\\hat{{y}} - b)^2 = {square}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(7, status)]
    assert any("w, x read as vectors" in reading for reading in report["readings"])


@pytest.mark.parametrize(
    ("front", "page"),
    [
        ("", "$$h(x) = \\theta^T x$$\n\n"),
        ("vectors: [theta]\ndefine:\n  h(x): \\theta^T x\n", ""),
        ("", "$$f(x) = w^T x$$\n\n"),
    ],
)
@pytest.mark.parametrize(("right", "status"), [("\\sum_j \\theta_j x_j", "proven"), ("\\sum_j \\theta_j", "refuted")])
def test_a_function_defined_by_a_transpose_product_of_its_parameter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, page: str, right: str, status: str
) -> None:
    """h(x) = θᵀx (CS229's hypothesis): its parameter x a vector, as a transpose product makes it (a probe's page
    stopped with an internal error, exit 3: the body had been read with x a number, a row)."""
    path = tmp_path / "d.md"
    head = page.split("=")[0].strip("$ ") if page else "h(x)"
    if "w^T" in page:
        right = right.replace("\\theta", "w")
    path.write_text(f"---\n{front}---\n{page}$${head} = {right}$$\n", encoding="utf-8")
    assert main(["check", str(path), "--format", "json", "--timeout", "60"]) in (0, 1)
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        ("\\mathbf{z} = \\mathbf{W}\\mathbf{x} + \\mathbf{b}", "\\frac{\\partial L}{\\partial \\mathbf{b}} = 0"),
        ("\\mathbf{z} = \\mathbf{W} \\mathbf{x}", "\\frac{\\partial L}{\\partial \\mathbf{x}} = 0"),
        ("\\mathbf{z} = \\mathbf{W} \\mathbf{x}", "\\frac{\\partial L}{\\partial \\mathbf{W}} = 0"),
    ],
)
def test_a_bold_name_the_page_defines_is_never_a_vector_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], definition: str, claim: str
) -> None:
    """A probe's pages: \\mathbf{z} = … was taken for no definition of z (its head's font), z made a vector of its
    own by its transpose, the definition then unread ("z is declared twice"), and ∂L/∂b = 0 proven, z a constant.
    The page's z is its definition's: never a free vector, nor a constant."""
    path = tmp_path / "d.md"
    loss = "L = \\frac{1}{2} (\\mathbf{z} - \\mathbf{y})^T (\\mathbf{z} - \\mathbf{y})"
    path.write_text(f"$${definition}$$\n\n$${loss}$$\n\n$${claim}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert "proven" not in [link["status"] for link in report["links"]]
    assert not any("declared twice" in u["reason"] for u in report["unchecked"])
