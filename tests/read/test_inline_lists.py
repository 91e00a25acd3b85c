"""Several definitions in one inline formula, set apart by commas, are formulas of their own (a note's
``$g_i = e^{a_i}, h_i = \\sum_k e^{a_k}$``); a list that is not all definitions stays whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from derive.read.inline_lists import inline_parts
from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("formula", "parts"),
    [
        ("a = x, b = 2y", ["a = x", "b = 2y"]),
        ("a = 1, b = 2", ["a = 1, b = 2"]),  # values, read whole as the prose's conditions
        ("a = x, b = -1/2", ["a = x, b = -1/2"]),
        ("g_i = e^{a_i}, h_i = \\sum_k e^{a_k} = \\Sigma", ["g_i = e^{a_i}", "h_i = \\sum_k e^{a_k} = \\Sigma"]),
        ("L(y, p) = y p, q = 2y", ["L(y, p) = y p", "q = 2y"]),
        ("i = 1, \\dots, K", ["i = 1, \\dots, K"]),
        ("f(a, b) = 0", ["f(a, b) = 0"]),
        ("x \\in \\{0, 1\\}", ["x \\in \\{0, 1\\}"]),
        ("a = 1, 2", ["a = 1, 2"]),
    ],
)
def test_inline_parts(formula: str, parts: list[str]) -> None:
    assert inline_parts(formula) == parts


def test_both_definitions_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, the formula was "unexpected ','" and ∂h_i/∂a_j refused as h_i undefined."""
    page = (
        "---\n---\nWhere $g_i = e^{a_i}, h_i = \\sum^K_{k=1}e^{a_k}$:\n\n"
        "$$\\frac{\\partial}{\\partial a_j}h_i = e^{a_j}$$\n\n"
        "$$\\frac{\\partial}{\\partial a_j}g_i = e^{a_j}$$\n"
    )
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--no-cache"])
    links = json.loads(capsys.readouterr().out)["links"]
    assert [link["status"] for link in links] == ["proven", "refuted"]


def test_values_in_one_formula_hold_for_the_display_below(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``Let $a = 1, b = 2$.`` gives a and b their values: split in two, each value had been dropped and a + b = 3
    refuted at a = 47/25, b = 3/20, a counterexample breaking what the page states."""
    report = page_report(tmp_path, capsys, "Let $a = 1, b = 2$.\n\n$$a+b=3$$\n", "--no-cache")
    assert [link["status"] for link in report["links"]] == ["proven"]


def test_the_parts_are_counted_as_inline_equalities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two definitions in one formula are two inline equalities, both used: none is left to report unchecked
    (the count had been one, less the two used: "-1 inline equalities not checked")."""
    page = "---\nscalars: [x]\n---\nWhere $g = e^{x}, h = x^2$:\n\n$$g h = x^2 e^{x}$$\n"
    report = page_report(tmp_path, capsys, page, "--no-cache")
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert report["inline_equalities"] == 0
