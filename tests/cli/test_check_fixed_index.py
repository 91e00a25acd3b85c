"""A declared index that a definition holds free is a fixed, arbitrary index of the page (CS231n's correct class
y in L = -log p_y): every claim is checked for each of its values, and no sum may bind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

from derive.cli import main

CS231N = (
    "---\nindices: [y]\ndefine:\n  p_k: \\frac{e^{f_k}}{\\sum_j e^{f_j}}\n"
    "  L: -\\log\\left(\\frac{e^{f_{y}}}{ \\sum_j e^{f_j} }\\right)\n---\n"
)


@pytest.mark.parametrize(("relation", "status"), [("=", "proven"), ("\\neq", "refuted")])
def test_the_correct_class_is_a_fixed_index_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], relation: str, status: str
) -> None:
    body = f"$$\\frac{{\\partial L}}{{\\partial f_k}} = p_k - \\mathbb{{1}}(y {relation} k)$$\n"
    found = report(tmp_path, capsys, CS231N, body)
    assert not found["unchecked"] and [link["status"] for link in found["links"]] == [status]
    if status == "refuted":  # the counterexample names the correct class it holds for
        assert "y" in found["links"][0]["counterexample"]["values"]


def test_the_loss_rewritten_is_proven_and_a_wrong_sign_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "$$L = -f_{y} + \\log\\sum_j e^{f_j}$$\n\n$$L = f_{y} + \\log\\sum_j e^{f_j}$$\n"
    found = report(tmp_path, capsys, CS231N, body)
    assert [link["status"] for link in found["links"]] == ["proven", "refuted"]


def test_a_sum_over_the_fixed_index_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_y L: over the y of L too (Σ_y -log p_y), or n copies of L at the page's y: refused naming both."""
    body = "$$\\sum_{y} L = n L$$\n\n$$\\sum_y L = -\\sum_y f_y + n\\log\\sum_j e^{f_j}$$\n"
    found = report(tmp_path, capsys, CS231N, body)
    assert found["links"] == [] and len(found["unchecked"]) == 2
    assert all("a sum over y reads two ways: y is the page's fixed index" in u["reason"] for u in found["unchecked"])


def test_an_index_free_in_a_definition_and_not_declared_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the front matter makes an index fixed: undeclared, y free in L is still a slip of the definition."""
    front = CS231N.replace("indices: [y]\n", "")
    path = tmp_path / "d.md"
    path.write_text(front + "$$L = -f_y + \\log\\sum_j e^{f_j}$$\n", encoding="utf-8")
    assert main(["check", str(path), "--no-cache"]) == 2
    assert "declared under indices, a fixed index of the whole page" in capsys.readouterr().err


def test_a_definition_summing_over_the_fixed_index_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = CS231N[:-4] + "  R: \\sum_y L\n---\n"
    path = tmp_path / "d.md"
    path.write_text(front + "$$R = n L$$\n", encoding="utf-8")
    assert main(["check", str(path), "--no-cache"]) == 2
    error = capsys.readouterr().err
    assert "page's fixed index" in error and "sum" in error


def test_a_declared_index_that_is_a_definition_s_parameter_is_not_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """s_i: … with indices [i]: i is s's parameter, so Σ_i s_i is a sum like any other."""
    front = "---\nindices: [i]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
    found = report(tmp_path, capsys, front, "$$\\sum_i s_i = 1$$\n\n$$\\sum_i s_i = 2$$\n")
    assert not found["unchecked"] and [link["status"] for link in found["links"]] == ["proven", "refuted"]
    assert "fixed" not in found["inferred"]
