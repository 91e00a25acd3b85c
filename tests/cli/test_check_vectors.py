"""Vectors and matrices written whole (issue 15): each equation is proven entry by entry, for every n; a shape
that does not fit is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

DENSE = """---
arrays: [W]
define:
  z_k: \\sum_{i=1}^{n} W_{ik} x_i + b_k
  \\hat{y}_k: \\frac{e^{z_k}}{\\sum_{j=1}^{n} e^{z_j}}
  L: -\\sum_{k=1}^{n} y_k \\log \\hat{y}_k
assume:
  - y one-hot
---
"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(DENSE + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "900"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("z = W^T x + b", "proven"),
        ("z = W x + b", "refuted"),
        ("\\frac{\\partial L}{\\partial b} = \\hat{y} - y", "proven"),
        ("\\frac{\\partial L}{\\partial z} = y - \\hat{y}", "refuted"),
        ("\\frac{\\partial L}{\\partial W} = x (\\hat{y} - y)^\\top", "proven"),
        ("\\frac{\\partial L}{\\partial W} = (\\hat{y} - y) x^T", "refuted"),
        (
            "\\operatorname{diag}(\\hat{y}) - \\hat{y} \\hat{y}^T "
            "= \\operatorname{diag}(\\hat{y}) - \\hat{y} \\hat{y}^{T}",
            "proven",
        ),
        ("\\hat{y}^T y = \\sum_{k=1}^{n} \\hat{y}_k y_k", "proven"),
    ],
)
def test_an_equation_between_whole_vectors_is_checked_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    report = check(tmp_path, capsys, f"$$ {display} $$\n")
    assert [link["status"] for link in report["links"]] == [status]  # type: ignore[index]


@pytest.mark.parametrize(
    ("display", "shapes"),
    [
        ("\\frac{\\partial L}{\\partial W} = x^T (\\hat{y} - y)", "n×n and a number"),
        ("\\frac{\\partial L}{\\partial z} = \\hat{y}^T - y^T", "n×1 and 1×n"),
        ("\\frac{\\partial L}{\\partial b} = 1", "n×1 and a number"),
    ],
)
def test_sides_of_different_shapes_are_a_refutation_that_names_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, shapes: str
) -> None:
    report = check(tmp_path, capsys, f"$$ {display} $$\n")
    (link,) = report["links"]  # type: ignore[misc]
    assert link["status"] == "refuted"
    assert f"the sides have different shapes, {shapes}" in link["method"]
    assert link["counterexample"]["values"] == {"n": "2"}  # at n = 2 the sides are not the same kind of object


def test_a_sum_of_different_shapes_within_a_side_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Wᵀx + bᵀ names no matrix at n = 2: the link is refuted by its shape, naming the two that are added."""
    report = check(tmp_path, capsys, "$$ z = W^T x + b^T $$\n")
    (link,) = report["links"]  # type: ignore[misc]
    assert link["status"] == "refuted" and "n×1 and no matrix" in link["method"]
    assert "n×1 and a 1×n" in link["method"]


def checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    """The JSON report of ``text`` checked as a file of its own."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("display", "found", "why"),
    [  # a number added to a whole vector is added to each entry; log and exp of a vector are taken entry by entry
        ("\\text{softmax}(\\boldsymbol{z}) = \\text{softmax}(\\boldsymbol{z} + c)", "proven", ""),  # the DL book's
        ("\\text{softmax}(\\boldsymbol{z}) = \\text{softmax}(\\boldsymbol{z}) + c", "refuted", ""),
        ("\\text{softmax}(\\boldsymbol{z}) = \\text{softmax}(2 \\boldsymbol{z} + c)", "refuted", ""),
        ("\\text{softmax}(\\boldsymbol{z}) = \\text{softmax}(\\boldsymbol{z} + z_i)", "unreadable", "adds"),  # an index
        (
            "\\boldsymbol{z} \\boldsymbol{z}^T + c = \\boldsymbol{z} \\boldsymbol{z}^T",
            "unreadable",
            "adds",
        ),  # A + c, A + cI?
        ("\\exp(\\mathbf{z}) = e^{-c} \\exp(\\mathbf{z} + c)", "proven", ""),
        ("\\exp(\\mathbf{z}) = \\exp(\\mathbf{z} + c)", "refuted", ""),
        ("e^{\\mathbf{z}} = e^{-c} e^{\\mathbf{z} + c}", "proven", ""),  # e^z: as exp z (an internal error before)
        ("e^{\\mathbf{z}} = e^{\\mathbf{z} + c}", "refuted", ""),
        ("e^{\\mathbf{z} \\mathbf{z}^T} = \\mathbf{z} \\mathbf{z}^T", "unreadable", "reads two ways"),
        ("\\log \\mathbf{z} = \\mathbf{z}", "refuted", ""),  # read entry by entry now; it was refused
        ("\\log(\\mathbf{z} \\mathbf{z}^T) = \\mathbf{z} \\mathbf{z}^T", "unreadable", "reads two ways"),  # logm?
    ],
)
def test_a_whole_vector_plus_a_number_and_its_log_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, found: str, why: str
) -> None:
    report = checked(tmp_path, capsys, f"---\nvectors: [z]\nscalars: [c]\n---\n$${display}$$\n")
    statuses = [link["status"] for link in report["links"]]  # type: ignore[attr-defined]
    assert statuses == ([] if found == "unreadable" else [found]), report
    assert why in json.dumps(report["unchecked"]), report


WHOLE_LOSS = (
    "---\nvectors: [z]\nassume:\n  - y one-hot\n---\n"
    "With $\\hat{\\mathbf{y}} = \\operatorname{softmax}(\\mathbf{z})$ and "
    "$L = -\\mathbf{y}^\\top \\log \\hat{\\mathbf{y}}$,\n\n$$\\nabla_{\\mathbf{z}} L = RIGHT$$\n"
)


@pytest.mark.parametrize(
    ("right", "found"),
    [("\\hat{\\mathbf{y}} - \\mathbf{y}", "proven"), ("\\mathbf{y} - \\hat{\\mathbf{y}}", "refuted")],
)
def test_a_loss_written_with_whole_vectors_and_the_log_of_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, found: str
) -> None:
    """−yᵀ log ŷ: the logarithm of a vector entry by entry, and y a vector by its one-hot assumption though it is
    written only whole (the file stopped: 'y in y one-hot is not a declared vector')."""
    report = checked(tmp_path, capsys, WHOLE_LOSS.replace("RIGHT", right))
    assert [link["status"] for link in report["links"]] == [found]  # type: ignore[attr-defined]


def test_an_undeclared_letter_added_to_a_whole_vector_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """x + b, b declared nowhere: a bias vector written whole, or a number? Read as a number, ∂L/∂b = 2Σ(x_i + b)
    was proven, a sum where a page meaning the vector b has 2(x + b); refused naming both readings."""
    path = tmp_path / "d.md"
    path.write_text(
        "---\nvectors: [x]\ndefine:\n  L: \\| \\mathbf{x} + b \\|^2\n---\n"
        "$$\\frac{\\partial L}{\\partial b} = 2 \\sum_i (x_i + b)$$\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--format", "json"]) == 2  # in the front matter: the file
    assert "b added to a whole vector can be read two ways" in capsys.readouterr().err


GATE = "\\frac{\\partial}{\\partial w_j} \\sigma(w \\cdot x + b)"


@pytest.mark.parametrize(
    ("display", "found", "why"),
    [  # SLP3's logistic regression: w · x of two vectors of one length is their inner product
        (f"{GATE} = \\sigma(w \\cdot x + b)(1 - \\sigma(w \\cdot x + b)) x_j", "proven", ""),
        (f"{GATE} = \\sigma(w \\cdot x + b)(1 - \\sigma(w \\cdot x + b))", "refuted", ""),
        ("w \\cdot x = \\sum_i w_i x_i", "proven", ""),
        ("w \\cdot x = \\sum_i w_i x_i^2", "refuted", ""),
        ("w x = \\sum_i w_i x_i", "unreadable", "inner sizes differ"),  # side by side: no dot, no product
    ],
)  # fmt: skip
def test_a_dot_between_two_vectors_is_their_inner_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, found: str, why: str
) -> None:
    front = "---\nvectors: [w, x]\ndefine:\n  \\sigma(z): \\frac{1}{1+e^{-z}}\n---\n"
    report = checked(tmp_path, capsys, f"{front}$${display}$$\n")
    statuses = [link["status"] for link in report["links"]]  # type: ignore[attr-defined]
    assert statuses == ([] if found == "unreadable" else [found]), report
    assert why in json.dumps(report["unchecked"]), report


def test_a_counterexample_to_a_whole_vector_names_its_entry_not_derive_s_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "p = 2" had named the letter derive gives a vector's entries, which the page never writes (a probe)."""
    page = (
        "Let $\\mathbf{x} \\in \\mathbb{R}^n$ and $\\mathbf{w} \\in \\mathbb{R}^n$.\n\n"
        "$$\\frac{\\partial (\\mathbf{w}^T \\mathbf{x})}{\\partial \\mathbf{x}} = 2\\mathbf{w}$$\n"
    )
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == ["refuted"]
    assert "entry" in report["links"][0]["counterexample"]["values"]
    assert "p" not in report["links"][0]["counterexample"]["values"]


def test_a_one_hot_vector_the_readable_math_never_writes_is_still_a_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y one-hot, written only in a definition derive could not read (a held-out page's C_2 = Σ_i (−y_i ln q_i …),
    an entry past 1 of a vector it never defines): the file stopped with exit 2, 'y … is not a declared vector'."""
    page = "---\nassume:\n  - y one-hot\n---\n$$C_2 = \\sum_i y_i \\log q_i$$\n\n$$C_k + 1 = 1 + C_k$$\n"
    report = checked(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["proven"]  # type: ignore[attr-defined]
    assert "vectors" in report["inferred"] and "y" in report["inferred"]  # type: ignore[index,operator]


def test_a_one_hot_name_that_is_no_name_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Y_i one-hot (a held-out page's rows of Y): the assumption's line names what is wrong, not line 1."""
    path = tmp_path / "d.md"
    path.write_text("---\nassume:\n  - Y_i one-hot\n---\n$$a + b = b + a$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "d.md:3: 'Y_i' in 'Y_i one-hot' is not a declared vector (Y_i one-hot: the rows of an array Y" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(("assume", "code"), [("Y_i one-hot", 1), ("Y_{i} one-hot", 1), ("Y one-hot", 1)])
def test_an_arrays_rows_one_hot_written_with_their_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assume: str, code: int
) -> None:
    """Y_i one-hot, Y an array the page writes Y_{ic}: each row of Y one-hot, as "Y one-hot" of an array is (a
    held-out page's front matter; it stopped the file). The counterexample to a false claim keeps each row one-hot."""
    path = tmp_path / "d.md"
    path.write_text(
        f"---\nassume:\n  - {assume}\n---\n$$H = -\\sum_{{c=1}}^{{C}} Y_{{ic}} \\log p_{{ic}}$$\n\n"
        "$$\\sum_{c=1}^{C} Y_{ic} = 1$$\n\n$$\\sum_{c=1}^{C} Y_{ic} = 2$$\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--format", "json"]) == code
    report = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in report["links"]] == ["proven", "refuted"]
    values = report["links"][1]["counterexample"]["values"]
    entries = {tuple(k.split("_")[1:]): int(v) for k, v in values.items() if k.startswith("Y_")}
    rows = {r for r, _ in entries}
    assert rows and set(entries.values()) <= {0, 1}
    assert all(sum(v for (r, _), v in entries.items() if r == row) == 1 for row in rows)
