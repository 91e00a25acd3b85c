"""∂θ/∂w, a derivative of a vector by a matrix (seed 002's lines 53 and 103): an array of three indices, proven
entry by entry against another, refuted naming both shapes against a vector or a matrix, contracted over its first
index by a row in a chain rule written left to right; what else reads two ways is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refusals import refusal

from derive.cli import main

FRONT = """---
length: K
arrays: [w]
vectors: [x, b]
define:
  \\theta_k: \\sum_{i=1}^{K} w_{ik} x_i + b_k
  \\hat{y}_i: \\frac{\\exp(\\theta_i)}{\\sum_{j=1}^{K} \\exp(\\theta_j)}
  J: -\\sum_{i=1}^{K} y_i \\log(\\hat{y}_i)
---
"""
T_W = "\\frac{\\partial \\theta}{\\partial w}"
J_W = "\\frac{\\partial J}{\\partial w}"


def links(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str) -> list[tuple[str, str]]:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}$$ {display} $$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "600"])
    report = json.loads(capsys.readouterr().out)
    assert not report["unchecked"], report["unchecked"]
    return [(link["status"], link["method"]) for link in report["links"]]


@pytest.mark.parametrize(
    ("rhs", "status"),
    [
        ("\\frac{\\partial (w^T x + b)}{\\partial w}", "proven"),
        ("\\frac{\\partial (2 w^T x + b)}{\\partial w}", "refuted"),
        ("\\frac{\\partial (w x + b)}{\\partial w}", "refuted"),  # θ_k sums w's first index, not its second
    ],
)
def test_two_arrays_of_three_indices_are_compared_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    assert [s for s, _ in links(tmp_path, capsys, f"{T_W} = {rhs}")] == [status]


@pytest.mark.parametrize(("rhs", "shape"), [("x^T", "1×K"), ("x x^T", "K×K"), ("x", "K×1"), ("1", "a number")])
def test_an_array_of_three_indices_is_no_vector_or_matrix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, shape: str
) -> None:
    assert links(tmp_path, capsys, f"{T_W} = {rhs}") == [
        ("refuted", f"the sides have different shapes, K×K×K and {shape}")
    ]


@pytest.mark.parametrize(
    ("rhs", "status"),
    [
        ("\\frac{\\partial J}{\\partial \\theta} " + T_W, "proven"),
        ("\\frac{\\partial J}{\\partial \\hat{y}} \\frac{\\partial \\hat{y}}{\\partial \\theta} " + T_W, "proven"),
        ("2 \\frac{\\partial J}{\\partial \\theta} " + T_W, "refuted"),
        ("\\frac{\\partial J}{\\partial \\hat{y}} " + T_W, "refuted"),  # a link of the chain left out
    ],
)
def test_a_row_before_it_sums_over_its_first_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    assert [s for s, _ in links(tmp_path, capsys, f"{J_W} = {rhs}")] == [status]


@pytest.mark.parametrize(
    ("display", "why"),
    [
        (f"{T_W} x = x", "which of its indices it sums over is not written"),
        (f"x^T {T_W} + {T_W} = 1", "their shapes differ"),
        (f"{T_W} {T_W} = 1", "cannot read this chain"),
    ],
)
def test_a_product_that_does_not_say_which_index_it_sums_is_refused(tmp_path: Path, display: str, why: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}$$ {display} $$\n", encoding="utf-8")
    assert why in refusal(path)


def test_an_index_only_in_what_a_side_differentiates_by_is_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ∂J/∂w at (p, q) writes p and q only as w's indices: still indices, so a counterexample names them
    [(status, method)] = links(tmp_path, capsys, f"{J_W} = 2 {J_W}")
    assert status == "refuted" and method.startswith("counterexample")


@pytest.mark.parametrize(("form", "shown"), [("text", "left side = [[["), ("json", '"lhs": "Array([[[')])
def test_the_array_at_n_2_is_written_out_as_nested_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str, shown: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}$$ {T_W} = x^T $$\n", encoding="utf-8")
    main(["check", str(path), "--format", form])
    assert shown in capsys.readouterr().out
