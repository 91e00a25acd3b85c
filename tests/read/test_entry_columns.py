"""A column of numbered entries set equal to a column of formulas (``derive.read.entry_columns``), as Parr & Howard
write a vector of functions of x: each entry defined by its row, a true derivative proven, a false one refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

COLUMN = "$$\\begin{bmatrix} g_1(x) \\\\ g_2(x) \\end{bmatrix} = \\begin{bmatrix} x^2 \\\\ 3x \\end{bmatrix}$$\n\n"


@pytest.mark.parametrize(
    ("claim", "statuses_"),
    [
        ("\\frac{\\partial g_1}{\\partial x} = 2x", ["proven"]),
        ("\\frac{\\partial g_2}{\\partial x} = 3", ["proven"]),
        ("\\frac{\\partial g_2}{\\partial x} = 3x", ["refuted"]),
        ("\\frac{\\partial \\sin(g_2)}{\\partial x} = \\cos(g_2)3 = 3\\cos(3x)", ["proven", "proven"]),
        ("\\frac{\\partial \\sin(g_2)}{\\partial x} = \\cos(g_2) = \\cos(3x)", ["refuted", "proven"]),
    ],
)
def test_each_entry_is_defined_by_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, statuses_: list[str]
) -> None:
    links, unchecked = statuses(tmp_path, capsys, "---\n---\nWe write\n\n" + COLUMN + f"$${claim}$$\n")
    assert links == [(7, status) for status in statuses_], (links, unchecked)
    assert any("a definition of g_1, g_2" in reason for reason in unchecked), unchecked


def test_a_column_of_three_sides_defines_the_entries_of_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y_k(x) = f_k(x) = its formula: y_k and f_k both that formula (prose's "each $f_i$" speaks of these)."""
    column = (
        "$$\\begin{bmatrix} y_1(x) \\\\ y_2(x) \\end{bmatrix} = \\begin{bmatrix} f_1(x) \\\\ f_2(x) \\end{bmatrix} "
        "= \\begin{bmatrix} \\ln(x^2) \\\\ \\sin(3x) \\end{bmatrix}$$\n\n"
    )
    claims = (
        "$$\\frac{\\partial y_2}{\\partial x} = 3\\cos(3x)$$\n\n$$\\frac{\\partial f_2}{\\partial x} = \\cos(3x)$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, "---\n---\nOne for each $f_i$:\n\n" + column + claims)
    assert links == [(7, "proven"), (9, "refuted")], (links, unchecked)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "$$s = \\sum_{i=1}^{n} g_i$$\n\n",  # g_i: the entries of a vector of any length
        "",
    ],
)
def test_a_whole_or_lettered_use_is_not_these_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], elsewhere: str
) -> None:
    """Beside g_i, the column is left as it was (refused); the bold whole g is not the column: ∂g/∂x = 0 (false:
    the column's derivative is not 0) is never proven."""
    claim = "$$\\frac{\\partial \\mathbf{g}}{\\partial x} = 0$$\n\n$$\\frac{\\partial g_1}{\\partial x} = 0$$\n"
    links, unchecked = statuses(tmp_path, capsys, "---\n---\n" + elsewhere + COLUMN + claim)
    assert all(status != "proven" for _, status in links), (links, unchecked)
    if elsewhere:
        assert any("can be read two ways: the entry g_1 as a function of x" in r for r in unchecked), unchecked


def test_a_numbered_name_alone_before_equals_defines_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """g_1 = … with g written only so: g_1's definition, a name of its own (``test_numbered_definitions``); it was
    a claim about the entry 1 of a free vector g, refuted at g_1 = 47/25. Beside g_j it reads two ways, the entry's
    definition or a claim about a free g's entry 1 (``test_entries_at_symbolic_n``), and is refuted no longer."""
    links, unchecked = statuses(tmp_path, capsys, "---\n---\n$$g_1 = 2$$\n")
    assert links == [] and any("a definition of g_1" in u for u in unchecked), unchecked
    links, unchecked = statuses(tmp_path, capsys, "---\n---\n$$g_1 = 2$$\n\n$$\\sum_j g_j = g_1 + g_2$$\n")
    assert (3, "refuted") not in links and any("definition of g_1 could not be read" in u for u in unchecked)


@pytest.mark.parametrize(("value", "status"), [("2x", "proven"), ("x", "refuted")])
def test_a_numbered_name_in_the_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """define: {g_1: x^2} is accepted, as the column reads it."""
    text = f"---\ndefine:\n  g_1: x^2\n---\n$$\\frac{{\\partial g_1}}{{\\partial x}} = {value}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(
    "text",
    [
        "---\ndefine:\n  g_1: x^2\n---\n$$s = \\sum_{i=1}^{n} g_i$$\n\n$$\\frac{\\partial g_1}{\\partial x} = 2x$$\n",
        "---\nvectors: [g]\ndefine:\n  g_1: x^2\n---\n$$\\frac{\\partial g_1}{\\partial x} = 2x$$\n",
    ],
)
def test_a_numbered_name_beside_its_vector_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    """g_1 defined where g is a vector: its entry 1, or a number of its own? Refused, naming both."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) != 0
    assert "can be read two ways: the entry of that vector, or a number of its own" in capsys.readouterr().err


def test_a_column_defining_an_entry_otherwise_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """g_1 = x^3 by a second column, below g_1 = x^2: never refuted as a claim (it may define g anew), refused."""
    again = COLUMN.replace("x^2", "x^3")
    links, unchecked = statuses(tmp_path, capsys, "---\n---\nWe write\n\n" + COLUMN + "## Next\n\n" + again)
    assert links == [], links
    assert any("g_1 is defined by a column at line 5 too" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(("value", "status"), [("2x \\\\ 3", "proven"), ("2x \\\\ 3x", "refuted")])
def test_the_bold_letter_is_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """∂\\mathbf{g}/∂x beside the column g_1(x), g_2(x): the column of ∂g_k/∂x."""
    claim = f"$$\\frac{{\\partial \\mathbf{{g}}}}{{\\partial x}} = \\begin{{bmatrix}} {value} \\end{{bmatrix}}$$\n"
    links, unchecked = statuses(tmp_path, capsys, "---\n---\nWe write\n\n" + COLUMN + claim)
    assert links == [(7, status)], (links, unchecked)


@pytest.mark.parametrize(("last", "status"), [("3\\cos(3x)", "proven"), ("3\\cos(x)", "refuted")])
def test_a_jacobian_product_of_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """Parr & Howard's ∂f/∂g ∂g/∂x written out: explicit matrices of the column's entries, on a page where
    \\mathbf{g} is a vector; n bears on nothing there, so the proof at one n is the proof (it was unproven)."""
    product = (
        "$$\\begin{bmatrix} \\frac{1}{g_1} & 0 \\\\ 0 & \\cos(g_2) \\end{bmatrix} \\begin{bmatrix} 2x \\\\ 3 "
        f"\\end{{bmatrix}} = \\begin{{bmatrix}} \\frac{{2}}{{x}} \\\\ {last} \\end{{bmatrix}}$$\n"
    )
    whole = "$$\\frac{\\partial \\mathbf{g}}{\\partial x} = \\begin{bmatrix} 2x \\\\ 3 \\end{bmatrix}$$\n\n"
    text = "---\nassume: ['x \\neq 0']\n---\nWe write\n\n" + COLUMN + whole + product
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(8, "proven"), (10, status)], (links, unchecked)
