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
        ("a = 1, b = 2", ["a = 1", "b = 2"]),  # values, each read as it is alone
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


@pytest.mark.parametrize(
    ("page", "status"),
    [
        ("Let $a = 1, b = 2$.\n\n$$a+b=3$$\n", "unproven"),  # as "Let $a = 1$ and $b = 2$." reads
        ("Let $a = 1, b = 2$.\n\nFor every real $a$ and $b$:\n\n$$a b = 2$$\n", "refuted"),
        ("Let $z = x, z > 0$.\n\n$$|z| = z$$\n", "unproven"),
        ("Let $a = 1, x > 0$.\n\n$$|a x| = x$$\n", "unproven"),
        ("Let $(a, b) = (1, 2)$.\n\n$$a + b = 3$$\n", "unproven"),  # pairs: a = 1, b = 2
        ("Let $p = q = 2$.\n\n$$p q = 4$$\n", "unproven"),  # a chain of names at one value
    ],
)
def test_values_in_one_formula_read_as_each_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, status: str
) -> None:
    """``$a = 1, b = 2$`` is two values, each read as ``$a = 1$`` alone is: never a definition for the whole page
    (read whole as two definitions, ab = 2 was proven "for every real a and b"), and a counterexample that breaks
    one leaves its display unproven, never refuted (split with no more care, a + b = 3 was refuted at a = 47/25)."""
    assert [link["status"] for link in page_report(tmp_path, capsys, page, "--no-cache")["links"]] == [status]


def test_the_parts_are_counted_as_inline_equalities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two definitions in one formula are two inline equalities, both used: none is left to report unchecked
    (the count had been one, less the two used: "-1 inline equalities not checked")."""
    page = "---\nscalars: [x]\n---\nWhere $g = e^{x}, h = x^2$:\n\n$$g h = x^2 e^{x}$$\n"
    report = page_report(tmp_path, capsys, page, "--no-cache")
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert report["inline_equalities"] == 0
