"""u \\times v between two letters reads two ways, a product of numbers or a cross product, whatever the prose says of
u and v (``derive/read/cross_signs.py``): each page below had proven u × v = v × u (probe s53)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_SWAP = "$$u \\times v = v \\times u$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Let the vectors be $u$ and $v$.",  # f02
        "Let $u, v$ be 3-vectors.",  # f04
        "Let **u** and **v** be given.",  # z01
        "Let $u, v$ be elements of $\\mathbb{R}^3$.",  # z08
        "Take $u$ and $v$ in three-dimensional space.",  # z10
        "For $u = (u_1, u_2, u_3)$ and $v = (v_1, v_2, v_3)$:",  # z11
        "Let $u$ and $v$ be 3-dimensional.",  # z16
        "$$u × v = v × u$$\n\nUnicode:",  # probe s53-2's r2j: the sign typed
        "$$u \\times \\left( v \\right) = \\left( v \\right) \\times u$$\n\nSized:",  # r2ae
        "$$r \\times (F + G) = (F + G) \\times r$$\n\nA sum:",  # r2b3
        "",
    ],
)
def test_a_cross_sign_between_letters_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    report = page_report(tmp_path, capsys, f"{lead}\n\n{_SWAP}")
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("reads two ways: a product of numbers, or the cross product" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "equation",
    ["2 \\times x = x + x", "x^{2 \\times 1} = x^2", "\\sum_i w_i \\times x_i = \\sum_i x_i w_i"],
)
def test_a_number_times_a_letter_a_script_and_entries_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    page = f"---\nvectors: [w, x]\n---\n$${equation}$$\n" if "w_i" in equation else f"$${equation}$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]


@pytest.mark.parametrize(
    "page",
    [
        "## Matrix identities\n\n$$A B = B A$$\n",  # probe s53's rr02
        "Let **A** and **B** be square matrices.\n\n$$A B = B A$$\n",  # rr04
        "$$A B = B A$$\n\nfor all square matrices.\n",  # rr05
        "Let $J$ be the Jacobian and $H$ the Hessian.\n\n$$J H = H J$$\n",  # probe s53-2's r3aa
        "Let $A$ and $B$ be square arrays of numbers (n by n).\n\n$$A B = B A$$\n",  # r3v
        "Let $Q$ be orthogonal and $R$ upper triangular.\n\n$$Q R = R Q$$\n",  # probe s53-2's r3af
        "Let $W$ and $V$ be $d \\times d$.\n\n$$W V = V W$$\n",  # r3ag
    ],
)
def test_two_capitals_multiplied_on_a_page_of_matrices_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert "on a page that speaks of matrices, reads two ways" in report["unchecked"][0]["reason"]


def test_two_capitals_elsewhere_and_a_count_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "The weight matrix is below.\n\n$$\\frac{N + N}{2} = N$$\n\nand\n\n$$A B = B A$$\n"
    statuses = [link["status"] for link in page_report(tmp_path, capsys, page.replace("matrix", "form"))["links"]]
    assert statuses == ["proven", "proven"]
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]


@pytest.mark.parametrize(
    "page",
    [
        "Let $A$ and $B$ be matrices.\n\n$$C = A B$$\n\n$$\\frac{\\partial C}{\\partial A} = B$$\n",  # s53-2 r3d1
        "Cross.\n\n$$c = u \\times v$$\n\n$$\\frac{\\partial c}{\\partial u} = v$$\n",  # r2c5
    ],
)
def test_a_name_defined_with_such_a_product_is_refused_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert any("stands here, defined as" in u["reason"] for u in report["unchecked"]), report


def test_capitals_the_prose_counts_are_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Probe s53-2's n3b: "With $N$ samples and $C$ classes" on a page with a Jacobian matrix had been refused."""
    page = "The Jacobian matrix is below. With $N$ samples and $C$ classes,\n\n$$N C \\cdot 2 = 2 C N$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]


def test_a_word_of_capitals_the_prose_writes_is_no_product(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Survey S-06: "Focal loss (FL)", "100 × lower loss" in the prose, then ∂FL/∂z: FL is the page's word, and the
    page speaks of no matrices (it had been refused as a product of matrices F and L)."""
    page = "Focal loss (FL) gives a 100 × lower loss.\n\n$$F L = L F$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
