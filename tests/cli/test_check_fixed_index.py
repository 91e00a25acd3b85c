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


@pytest.mark.parametrize(("value", "status"), [("-f_y + \\log\\sum_j e^{f_j}", "proven"), ("f_y", "refuted")])
def test_an_index_free_in_a_definition_and_not_declared_is_inferred_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """Undeclared, y free in L and used only as a subscript is still the page's fixed index (it stopped the file)."""
    found = report(tmp_path, capsys, CS231N.replace("indices: [y]\n", ""), f"$$L = {value}$$\n")
    assert [link["status"] for link in found["links"]] == [status] and "y a fixed index" in found["inferred"]


def test_an_undeclared_index_free_in_a_definition_and_summed_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y free in L but bound by a sum elsewhere: no fixed index, so L's definition has a free index."""
    front = CS231N.replace("indices: [y]\n", "")[:-4] + "  R: \\sum_y f_y\n---\n"
    path = tmp_path / "d.md"
    path.write_text(front + "$$L = -f_y + \\log\\sum_j e^{f_j}$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "declared under indices, a fixed index of the whole page" in capsys.readouterr().err


def test_a_definition_summing_over_the_fixed_index_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = CS231N[:-4] + "  R: \\sum_y L\n---\n"
    path = tmp_path / "d.md"
    path.write_text(front + "$$R = n L$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
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


NIELSEN = (
    "---\n---\nFor the softmax output $a_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$ and the log-likelihood cost "
    "$C = -\\ln a_y$,{more}\n\n$$\\frac{\\partial C}{\\partial z_j} = {value}$$\n"
)


@pytest.mark.parametrize(
    ("value", "status"), [("a_j - \\delta_{jy}", "proven"), ("a_j + \\delta_{jy}", "refuted"), ("a_j - 1", "refuted")]
)
def test_a_letter_used_only_as_a_subscript_is_an_inferred_fixed_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """Nielsen's y in C = -ln a_y, declared nowhere: the page's fixed index (it was refused as a free index of
    C's definition), and the report's "read from the text" line says so."""
    found = report(tmp_path, capsys, "", NIELSEN.replace("{more}", "").replace("{value}", value))
    assert [link["status"] for link in found["links"]] == [status]
    assert "y a fixed index (free in C)" in found["inferred"]


@pytest.mark.parametrize("more", [" and $S = \\sum_y a_y$", " with $y = 2$"])
def test_a_letter_a_sum_binds_or_used_as_a_value_is_no_fixed_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], more: str
) -> None:
    """y bound by a sum elsewhere, or given a value: which y C means cannot be told, so C is not read."""
    found = report(tmp_path, capsys, "", NIELSEN.replace("{more}", more).replace("{value}", "a_j - \\delta_{jy}"))
    assert not any(link["status"] == "proven" for link in found["links"])
    assert "fixed index" not in found["inferred"]
