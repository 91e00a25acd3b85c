"""Letters set as vectors or matrices that derive reads as numbers (never indexed, or written with an index or a
label), multiplied together in a term: refused, naming both readings. Read as numbers, products commute and matrix
functions split, and each equation below was proven (probes s51-B's m10_sub, s51-C's v03, v04;
``derive/read/bold_products.py``). A sum of them, a function of one, and a row of an array indexed twice are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

FALSE_FOR_VECTORS = [
    "e^{\\mathbf{A}} e^{\\mathbf{B}} = e^{\\mathbf{B}} e^{\\mathbf{A}}",
    "\\exp(\\mathbf{A}) \\exp(\\mathbf{B}) = \\exp(\\mathbf{A} + \\mathbf{B})",
    "\\sin(\\mathbf{A}) \\cos(\\mathbf{B}) = \\cos(\\mathbf{B}) \\sin(\\mathbf{A})",
    "\\hat{\\mathbf{u}} \\times \\hat{\\mathbf{v}} = \\hat{\\mathbf{v}} \\times \\hat{\\mathbf{u}}",
    "\\mathbf{\\hat u} \\times \\mathbf{\\hat v} = \\mathbf{\\hat v} \\times \\mathbf{\\hat u}",
    "\\tilde{\\mathbf{x}} \\cdot \\mathbf{y} = \\mathbf{y} \\tilde{\\mathbf{x}}",
    "\\mathbf{a}_1 \\times \\mathbf{a}_2 = \\mathbf{a}_2 \\times \\mathbf{a}_1",
    "\\mathbf{a_1} \\times \\mathbf{a_2} = \\mathbf{a_2} \\times \\mathbf{a_1}",
    "\\vec{a}_1 \\times \\vec{a}_2 = \\vec{a}_2 \\times \\vec{a}_1",
    "(\\mathbf{a}_1 \\cdot \\mathbf{a}_2)\\,\\mathbf{a}_1 = (\\mathbf{a}_1 \\cdot \\mathbf{a}_1)\\,\\mathbf{a}_2",
    "\\mathbf{x}^{(1)} \\cdot \\mathbf{x}^{(2)} \\, \\mathbf{x}^{(1)} = \\mathbf{x}^{(1)} \\cdot \\mathbf{x}^{(1)} "
    "\\, \\mathbf{x}^{(2)}",
    "\\frac{\\mathbf{a}}{\\mathbf{b}} \\mathbf{b} = \\mathbf{a}",
    "\\mathbf{a \\times b} = \\mathbf{b \\times a}",  # letters in one bold group (probe s52's r5ar, r5aw)
    "\\mathbf{\\hat u \\times \\hat v} = \\mathbf{\\hat v \\times \\hat u}",
    "\\mathbf{e}^{\\mathbf{A}} \\mathbf{e}^{\\mathbf{B}} = \\mathbf{e}^{\\mathbf{B}} \\mathbf{e}^{\\mathbf{A}}",  # r5au
    # a product carried onto the next row (r5u)
    "\\begin{aligned} e^{\\mathbf{A}+\\mathbf{B}} &= e^{\\mathbf{A}} \\\\ &\\quad \\cdot e^{\\mathbf{B}}"
    " \\end{aligned}",
]


@pytest.mark.parametrize("equation", FALSE_FOR_VECTORS)
def test_vector_letters_read_as_numbers_and_multiplied_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"Consider the following.\n\n$$\n{equation}\n$$\n")
    assert report["links"] == [], report
    [unread] = report["unchecked"]
    assert "read as a number here, and multiplied by another vector or matrix letter" in unread["reason"], unread


@pytest.mark.parametrize(
    "equation",
    [
        "\\mathbf{a} + \\mathbf{b} = \\mathbf{b} + \\mathbf{a}",
        "2(\\mathbf{a} - \\mathbf{b}) = 2\\mathbf{a} - 2\\mathbf{b}",
        "e^{\\hat{\\mathbf{z}}} + \\mathbf{b} = \\mathbf{b} + e^{\\hat{\\mathbf{z}}}",
        "\\frac{\\partial}{\\partial \\mathbf{z}} \\left(3 \\mathbf{z}\\right) = 3",
    ],
)
def test_sums_of_them_and_a_function_of_one_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"Consider the following.\n\n$$\n{equation}\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"], report


@pytest.mark.parametrize(
    "page",
    [
        "$$\\newcommand{\\bA}{\\mathbf{A}}\\newcommand{\\bB}{\\mathbf{B}}$$\n\n"
        "$$\ne^{\\bA} e^{\\bB} = e^{\\bB} e^{\\bA}\n$$\n",
        "Let\n\n$$\nM = e^{\\mathbf{A}}\n$$\n\nand\n\n$$\nN = e^{\\mathbf{B}}\n$$\n\nThen\n\n$$\nM N = N M\n$$\n",
        "---\ndefine:\n  M: e^{\\mathbf{A}}\n  N: e^{\\mathbf{B}}\n---\nThen\n\n$$\nM N = N M\n$$\n",
        "Let $A$ and $B$ be square matrices. Then\n\n$$\ne^{A} e^{B} = e^{B} e^{A}\n$$\n",
        "Let $a, b \\in \\mathbb{R}^3$ be vectors. Then\n\n$$\na \\times b = b \\times a\n$$\n",
        "For matrices $A$ and $B$ we have\n\n$$\nA B - B A = 0\n$$\n",  # probe s52-2's i_formatrices
        "The weight matrices are $W$ and $V$:\n\n$$\nW V - V W = 0\n$$\n",  # i_weights_are
        "Let $u \\in \\R^3$ and $v \\in \\R^3$.\n\n$$\nu \\times v = v \\times u\n$$\n",  # j_R_macro1
        "Let $A_1 \\in \\mathbb{R}^{n \\times n}$ and $A_2 \\in \\mathbb{R}^{n \\times n}$.\n\n"
        "$$\nA_1 A_2 = A_2 A_1\n$$\n",
        "Let $\\hat{u}$ and $\\hat{v}$ be unit vectors.\n\n"
        "$$\n\\hat{u} \\times \\hat{v} = \\hat{v} \\times \\hat{u}\n$$\n",
        "The layers: $\\mathbf{h} = W^{(1)} \\mathbf{x}$, $\\mathbf{o} = W^{(2)} \\mathbf{h}$, so\n\n"
        "$$\n\\mathbf{o} = W^{(1)} W^{(2)} \\mathbf{x}\n$$\n",  # o6b: a layer's capital read as a number
        "For unit vectors:\n\n$$\n\\hat{u} \\times \\hat{v} = \\hat{v} \\times \\hat{u}\n$$\n",  # s52-2 h_hat_unit
        "For the matrices:\n\n$$\n\\mathsf{A}\\mathsf{B} - \\mathsf{B}\\mathsf{A} = 0\n$$\n",  # h_mathsf_sub
        "The inputs are $\\mathbf{u}$ and $\\mathbf{v}$; dropping the bold in the display,\n\n"
        "$$\nu \\times v = v \\times u\n$$\n",  # q3: bold in the prose, plain in the display
        "For square matrices $A$, $B$:\n\n$$e^A e^B = e^{A+B}$$\n",  # probe s53's f12: an unbraced exponent
        "For matrices $\\mathcal{A}$, $\\mathcal{B}$:\n\n$$\\mathcal{A}\\mathcal{B} = \\mathcal{B}\\mathcal{A}$$\n",
        "$$A B = B A$$\n\nwhere $A$ and $B$ are $n \\times n$ matrices.\n",  # l07: a size between
        "$$A B = B A \\quad \\text{for matrices } A, B$$\n",  # m10: words in the display
        "In 3D, the cross product:\n\n$$u \\times v = v \\times u$$\n",  # m12
    ],
)
def test_products_through_macros_definitions_and_prose_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """Probe s52's r5e (a macro), r5ai and r5aj (names defined with bold letters), r5az and r5n (letters the prose
    calls matrices or vectors): each false equation had been proven."""
    report = page_report(tmp_path, capsys, page)
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("multiplied by another vector or matrix letter" in u["reason"] for u in report["unchecked"]), report


def test_a_lead_that_calls_vectors_leaves_entries_and_a_sum_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "For vectors:" above a display makes its letters read as numbers vectors; entries and a sum stay read."""
    page = "For vectors:\n\n$$\na + b = b + a\n$$\n\nand\n\n$$\n\\sum_i x_i y_i = \\sum_i y_i x_i\n$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven", "proven"]


def test_a_row_of_a_matrix_the_page_names_is_a_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Probe s52's o17: \\mathbf{x}_i, a row of the page's X, had been refused as an entry multiplied by \\mathbf{w}."""
    page = (
        "---\nvectors: [w]\n---\nThe rows of $X$ are $\\mathbf{x}_i^\\top$. Its derivative by $b$:\n\n$$\n"
        "\\frac{\\partial}{\\partial b} \\sum_{i=1}^{n} \\left(\\mathbf{w}^\\top \\mathbf{x}_i + b - y_i\\right)^2"
        " = 2 \\sum_{i=1}^{n} \\left(\\mathbf{w}^\\top \\mathbf{x}_i + b - y_i\\right)\n$$\n"
    )
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
