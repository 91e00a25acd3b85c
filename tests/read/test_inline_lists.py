"""Several definitions in one inline formula, set apart by commas, are formulas of their own (a note's
``$g_i = e^{a_i}, h_i = \\sum_k e^{a_k}$``); a list that is not all definitions stays whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from derive.read.inline_lists import inline_parts


@pytest.mark.parametrize(
    ("formula", "parts"),
    [
        ("a = 1, b = 2", ["a = 1", "b = 2"]),
        ("g_i = e^{a_i}, h_i = \\sum_k e^{a_k} = \\Sigma", ["g_i = e^{a_i}", "h_i = \\sum_k e^{a_k} = \\Sigma"]),
        ("L(y, p) = 1, q = 2", ["L(y, p) = 1", "q = 2"]),
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
