"""CS231n's gate table as its notes set it: each display one row, ``f(x,y) = x y \\hspace{0.5in} \\rightarrow
\\hspace{0.5in} \\frac{\\partial f}{\\partial x} = y \\hspace{0.5in} \\frac{\\partial f}{\\partial y} = x``, f
defined anew on the next (x + y, then \\max(x, y) with ``\\mathbb{1}(x >= y)``). Read as one definition of the
page, the second row's f(x,y) = x + y had been refuted as a claim about the first's, and the space
``\\hspace{0.5in}`` dropped made ``y \\frac{\\partial f}{\\partial y}`` a product, refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.page_reports import page_links, page_report

GAP = "\\hspace{0.5in}"
ROWS = (
    f"$$\nf(x,y) = x y {GAP} \\rightarrow {GAP} \\frac{{\\partial f}}{{\\partial x}} = y {GAP} "
    "\\frac{\\partial f}{\\partial y} = {mul}\n$$\n\nWe can also derive the derivatives for the addition operation:\n\n"
    f"$$\nf(x,y) = x + y {GAP} \\rightarrow {GAP} \\frac{{\\partial f}}{{\\partial x}} = {{add}}\n$$\n\n"
    f"$$\nf(x,y) = \\max(x, y) {GAP} \\rightarrow {GAP} "
    "\\frac{\\partial f}{\\partial x} = \\mathbb{1}(x >= y)\n$$\n"
)


@pytest.mark.parametrize(
    ("mul", "add", "statuses"),
    [("x", "1", ["proven", "proven", "proven", "proven"]), ("y", "y", ["proven", "refuted", "refuted", "proven"])],
)
def test_each_row_defines_f_anew_for_its_own_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mul: str, add: str, statuses: list[str]
) -> None:
    page = ROWS.replace("{mul}", mul).replace("{add}", add)
    report = page_report(tmp_path, capsys, "Consider $f(x,y) = x y$ and $\\nabla f$.\n\n" + page)
    assert [s for s, *_ in page_links(report)] == statuses


@pytest.mark.parametrize(
    ("space", "reading"),
    [("\\hspace{0.5in}", "unreadable"), ("\\hspace{1pt}", "refuted"), ("\\hspace{2em}", "unreadable")],
)
def test_a_wide_hspace_sets_formulas_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], space: str, reading: str
) -> None:
    """``a = b \\hspace{…} c`` with the space an em or wider is no product (two formulas side by side, refused); a
    thin one is a product's."""
    report = page_report(tmp_path, capsys, f"$$\nx y = x {space} y + 1\n$$\n")
    found = "unreadable" if not report["links"] else report["links"][0]["status"]
    assert found == reading


@pytest.mark.parametrize(
    ("typed", "command"),
    [("x >= y", "geq"), ("x <= y", "leq"), ("x != y", "neq"), ("x > = y", None), ("3!=6", None), ("n!=n", None)],
)
def test_relations_typed_as_a_program_writes_them(typed: str, command: str | None) -> None:
    tokens = tokenize(typed, 1)
    assert [t.value for t in tokens if t.kind == "command"] == ([command] if command else [])


@pytest.mark.parametrize(
    ("rows", "statuses"),
    [
        (
            f"$$\nf_c(x) = c + x {GAP} \\rightarrow {GAP} \\frac{{df}}{{dx}} = 1\n$$\n\n"
            f"$$\nf(x) = e^x {GAP} \\rightarrow {GAP} \\frac{{df}}{{dx}} = e^x\n$$\n",
            ["proven", "proven"],
        ),
        (
            f"$$\nf(x,y) = x y {GAP} \\rightarrow {GAP} \\frac{{\\partial f}}{{\\partial x}} = y\n$$\n\n"
            f"$$\nf(x,y) = x + y {GAP} \\rightarrow {GAP} \\frac{{\\partial f}}{{\\partial x}} = 1\n$$\n",
            ["proven", "proven"],
        ),
    ],
)
def test_a_row_s_own_letters_are_not_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str, statuses: list[str]
) -> None:
    """From a probe: with the page's ``c = x^2`` (or ``y = x^2``) above, the gate f_c(x) = c + x had been read with
    that c (df/dx = 1 refuted as 1 + 2x), and f(x, y) with that y."""
    page = "The circuit computes\n\n$$\nc = x^2\n$$\n\n$$\ny = x^2\n$$\n\nGates:\n\n" + rows
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == statuses
