"""Two equations or two definitions in one display, set apart by ``\\text{and}`` or ``\\text{where}``
(``\\text{ and }``, ``\\quad\\text{and}\\quad``), ``, \\quad`` or ``\\qquad``: each read as a display of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = "---\ndefine:\n  z_j: \\sum_i w_{ij} x_i\n---\n"


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], [u["reason"] for u in report["unchecked"]]


@pytest.mark.parametrize(
    "separator", ["\\quad\\text{and}\\quad", "\\text{ and }", "\\text{and}", ", \\quad", "\\qquad", "\\hspace{1in}"]
)
@pytest.mark.parametrize(("second", "status"), [("w_{ij}", "proven"), ("x_i", "refuted")])
def test_two_equations_in_one_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], separator: str, second: str, status: str
) -> None:
    """Before, ``\\text{and}`` made the display unreadable and ``\\qquad`` a product (a true display refuted)."""
    body = (
        f"$$\\frac{{\\partial z_j}}{{\\partial w_{{ij}}}} = x_i {separator} "
        f"\\frac{{\\partial z_j}}{{\\partial x_i}} = {second}$$\n"
    )
    assert statuses(tmp_path, capsys, FRONT + body) == ([(5, "proven"), (5, status)], [])


@pytest.mark.parametrize("separator", ["\\quad\\text{and}\\quad", "\\text{ and }"])
def test_two_definitions_set_apart_by_and(tmp_path: Path, capsys: pytest.CaptureFixture[str], separator: str) -> None:
    text = f"---\n---\n$$a_j = \\sigma(z_j) {separator} z_j = \\sum_i w_{{ij}} x_i$$\n\n"
    text += "$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) x_i$$\n\n"
    text += "$$\\frac{\\partial a_j}{\\partial w_{ij}} = \\sigma'(z_j) w_{ij}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (7, "refuted")]
    assert [u.split(",")[0] for u in unchecked] == ["a definition of a_j", "a definition of z_j"]


@pytest.mark.parametrize(
    ("row", "status"),
    [
        ("\\frac{\\partial p_j}{\\partial a_i} = -p_i p_j, \\quad i \\neq j", "proven"),  # a case, not an equation
        ("\\frac{\\partial p_j}{\\partial a_i} = p_i p_j, \\quad i \\neq j", "refuted"),
        ("\\frac{\\partial p_j}{\\partial a_i} = p_j(1 - p_j) \\quad \\text{if } i = j", "proven"),
        # "where" and a case of two indices: the case (it had been cut off as a claim of its own, and the diagonal
        # entry checked at every i and j, refuted)
        ("\\frac{\\partial p_j}{\\partial a_i} = p_j(1 - p_j) \\quad \\text{where } i = j", "proven"),
        ("\\frac{\\partial p_j}{\\partial a_i} = p_j(1 - p_j) \\text{ where } i \\neq j", "refuted"),
    ],
)
def test_a_case_after_a_wide_space_stays_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, status: str
) -> None:
    front = "---\ndefine:\n  p_j: \\frac{e^{a_j}}{\\sum_k e^{a_k}}\n---\n"
    assert statuses(tmp_path, capsys, front + f"$${row}$$\n") == ([(5, status)], [])


@pytest.mark.parametrize(
    ("whole", "status"), [("\\mathrm{softmax}(\\mathbf{o})", "proven"), ("\\mathbf{o}", "refuted")]
)
def test_a_where_clause_defines_what_the_equation_before_it_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], whole: str, status: str
) -> None:
    """d2l.ai: ŷ = softmax(o) \\quad \\text{where} \\quad ŷ_j = exp(o_j)/Σ_k exp(o_k): ŷ_j is defined there."""
    text = (
        f"---\n---\n$$\\hat{{\\mathbf{{y}}}} = {whole} \\quad \\text{{where}}\\quad "
        "\\hat{y}_j = \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}.$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, status)]
    assert unchecked == ["a definition of \\hat{y}_j, read as the front matter's define: nothing to check"]


def test_a_remark_is_not_taken_for_a_second_equation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\quad \\text{for} \\; c = 1 \\cdots C``: the remark of the whole range, no equation c = 1 ⋯ C."""
    text = FRONT + "$$z_j = \\sum_i w_{ij} x_i \\quad \\text{for} \\; j = 1 \\cdots n$$\n"
    assert statuses(tmp_path, capsys, text) == ([(5, "proven")], [])


def test_a_where_case_before_a_second_equation_is_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "… where i = j, \\quad … where i \\neq j": the first equation had been checked at every i and j and refuted at
    i ≠ j (a probe of session 35); it reads as "if" does here, refused."""
    front = "---\ndefine:\n  p_j: \\frac{e^{a_j}}{\\sum_k e^{a_k}}\n---\n"
    row = (
        "\\frac{\\partial p_j}{\\partial a_i} = p_j(1 - p_j) \\text{ where } i = j, \\quad "
        "\\frac{\\partial p_j}{\\partial a_i} = -p_i p_j \\text{ where } i \\neq j"
    )
    found, notes = statuses(tmp_path, capsys, front + f"$${row}$$\n")
    assert "refuted" not in [status for _, status in found] and notes


@pytest.mark.parametrize("words", ["unless", "except where", "if not", "for all but"])
def test_words_that_turn_a_case_around_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    """``\\delta_{ij} = 1 \\quad \\text{unless } i = j``: it had been proven in the case i = j, the opposite of what the
    row says (a second probe of session 35)."""
    found, notes = statuses(tmp_path, capsys, f"$$\\delta_{{ij}} = 1 \\quad \\text{{{words} }} i = j$$\n")
    assert found == [] and any("words before a case" in note for note in notes)


@pytest.mark.parametrize(("claim", "status"), [("8 x_k", "proven"), ("4 x_k", "refuted")])
def test_a_with_clause_defines_what_the_equation_before_it_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """Duchesnay's ``… \\quad \\text{with } z_i = \\mathbf{w}^\\top \\mathbf{x}_i`` as "where" is read: the remark had
    made the display unreadable, and every display using L with it."""
    text = "---\n---\n$$L = \\sum_{i=1}^n u_i^2 \\quad \\text{with } u_i = 2 x_i$$\n\n"
    text += f"$$\\frac{{\\partial L}}{{\\partial x_k}} = {claim}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, status)]
    assert [u.split(",")[0] for u in unchecked] == ["a definition of u_i", "a definition of L"]


def test_a_with_case_is_not_cut_off_as_an_equation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\text{with } y_c = 1`` picks the index of what comes before it: no equation of its own, never a claim
    y_c = 1 checked (or a definition of y_c); the display stays unread, as a remark derive does not read."""
    front = "---\nvectors: [y, p]\nassume:\n  - y one-hot\n---\n"
    text = front + "$$-\\sum_{i=1}^n y_i \\log p_i = -\\log p_c \\quad \\text{with } y_c = 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert len(unchecked) == 1 and "a remark after the math" in unchecked[0], unchecked


def test_a_with_point_is_no_definition_of_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: "\\quad \\text{with } x = 1" had been read as x's definition for the whole page, and the wrong
    general gradient wx − y proven below "For a general input $x$"."""
    text = "---\n---\n$$L = \\frac{1}{2}(w x - y)^2$$\n\n"
    text += "$$\\frac{\\partial L}{\\partial w} = w - y \\quad \\text{with } x = 1$$\n\n"
    text += "For a general input $x$ the gradient is\n\n$$\\frac{\\partial L}{\\partial w} = w x - y$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert (9, "refuted") in found and (9, "proven") not in found


@pytest.mark.parametrize(("right", "status"), [("2x", "proven"), ("3x", "refuted")])
def test_a_space_a_remark_names_states_no_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\quad \\text{where} \\quad \\mathbf{w} \\in \\mathbb{R}^{i \\times j}`` (a Q&A's shape of its weights): a
    shape, no claim and no case; it had made the display "a remark that states a relation". ``h = 3`` beside it
    still does."""
    text = f"$$x + x = {right} \\quad \\text{{where}} \\quad x \\in \\mathbb{{R}}$$\n\n"
    text += "$$z = w h \\quad \\text{where} \\quad w \\in \\mathbb{R}^{n}, h = 3$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(1, status)]
    assert len(unchecked) == 1 and "a remark after the math" in unchecked[0], unchecked
