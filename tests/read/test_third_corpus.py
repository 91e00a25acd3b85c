"""Constructs of a third held-out corpus (2026-12-01, session 25: softmax, sigmoid, logistic-regression, MSE and
backpropagation pages transcribed verbatim), each misread or unreadable before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SCALARS = "---\nscalars: [a, b, c]\n---\n\n"


@pytest.mark.parametrize("space", ["\\quad", "\\qquad", "\\ \\ \\ \\ ", "\\;\\;\\;\\;", "~~~", "\\quad\\,"])
def test_equations_set_apart_by_a_wide_space_are_no_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], space: str
) -> None:
    """``0 = 0 \\quad c = 0``: two equations side by side (a page wrote them apart with ``\\ \\ \\ \\ ``). Read as
    one chain, ``0 \\quad c`` was a product and ``0 = 0·c = 0`` proven, a proven mark for ``c = 0``."""
    report = _report(tmp_path, capsys, SCALARS + f"$$0 = 0 {space} c = 0$$\n")
    assert _links(report) == []
    assert ["wide space" in entry["reason"] for entry in report["unchecked"]] == [True]


@pytest.mark.parametrize("space", ["\\ ", "~", "\\;\\;", "\\enspace"])
def test_factors_set_apart_by_a_word_space_are_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], space: str
) -> None:
    """``a = b + 1\\ c = 2``: a product b·c continuing the chain, or two equations side by side. Refused, and no link
    is checked across it (a = 2 is not what the page says, if it wrote two equations)."""
    report = _report(tmp_path, capsys, SCALARS + f"$$a = b + 1 {space} c = 2$$\n")
    assert _links(report) == []
    [entry] = report["unchecked"]
    assert "a product" in entry["reason"] and "two formulas side by side" in entry["reason"]


@pytest.mark.parametrize("space", ["\\,", "\\;", "\\:", ""])
def test_a_thin_or_medium_space_is_a_product(tmp_path: Path, capsys: pytest.CaptureFixture[str], space: str) -> None:
    """``a \\, b``, ``a \\; b``: the spaces TeX's products and differentials take; still a product."""
    report = _report(tmp_path, capsys, SCALARS + f"$$a {space} (b + c) = a b + a c$$\n")
    assert _links(report) == [("proven", None, "a b + a c")]


SOFTMAX_PAGE = """$$\\mathbf{{p}} = \\text{{softmax}}(\\mathbf{{x}})$$

$$\\text{{softmax}}(\\mathbf{{x}}) = \\frac{{{exp}(\\mathbf{{x}})}}{{\\sum_j {exp}(x_j)}}$$

$$\\frac{{\\partial p_i}}{{\\partial x_i}} = {last}$$
"""


@pytest.mark.parametrize("exp", ["\\text{exp}", "\\mathrm{exp}", "\\operatorname{exp}", "\\exp"])
def test_an_upright_exp_is_the_exponential(tmp_path: Path, capsys: pytest.CaptureFixture[str], exp: str) -> None:
    """``\\text{exp}(x_j)`` (a blog's softmax): the exponential, as ``\\exp``; it was an unknown upright name, and the
    page's softmax, then p, then every display that used them, unreadable. A wrong last step is refuted."""
    report = _report(tmp_path, capsys, SOFTMAX_PAGE.format(exp=exp, last="p_i(1 - p_i)"))
    assert _links(report) == [("proven", None, "p_i(1 - p_i)")]
    report = _report(tmp_path, capsys, SOFTMAX_PAGE.format(exp=exp, last="p_i(1 + p_i)"))
    assert _links(report) == [("refuted", None, "p_i(1 + p_i)")]


@pytest.mark.parametrize(
    ("limits", "power", "status"),
    [("^K_{j=1}", "", "proven"), ("_{j=1}^K", "", "proven"), ("^K_{j=1}", "2", "refuted")],
)
def test_a_sum_s_limits_in_either_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], limits: str, power: str, status: str
) -> None:
    """``\\sum^K_{j=1}``: TeX takes a sum's limits in either order; it was refused as a script after a superscript."""
    page = f"$$s_i = \\frac{{e^{{z_i}}}}{{\\sum{limits} e^{{{power} z_j}}}}$$\n\n"
    page += "$$\\frac{\\partial s_i}{\\partial z_i} = s_i(1 - s_i)$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, _, _ in _links(report)] == [status]


ACTIVATIONS = """## ReLU

$$f(x) = \\max(0, x)$$

## Sigmoid

$$f(x) = \\frac{{1}}{{1 + e^{{-x}}}}$$

$$f'(x) = {sigmoid}$$

## Tanh

$$f(x) = \\frac{{e^{{x}} - e^{{-x}}}}{{e^{{x}} + e^{{-x}}}}$$

$$f'(x) = 1 - f(x)^2$$
"""


def test_a_display_under_a_heading_of_its_own_defines_a_name_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A docs page defines f under each activation's heading. The second and third were checked as claims about the
    first (f = ReLU), and refuted; each section now reads its own f, and says so. A real slip (a docs page's
    f(1 - f)^2) is refuted at its line."""
    report = _report(tmp_path, capsys, ACTIVATIONS.format(sigmoid="f(x)(1 - f(x))"))
    assert _links(report) == [("proven", None, "f(x)(1 - f(x))"), ("proven", None, "1 - f(x)^2")]
    assert any("a setting of its own from here: f(x) is line 7's definition" in r for r in report["readings"])
    report = _report(tmp_path, capsys, ACTIVATIONS.format(sigmoid="f(x)(1 - f(x))^2"))
    assert [status for status, _, _ in _links(report)] == ["refuted", "proven"]


def test_a_display_defining_a_name_again_in_its_own_section_is_no_claim_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a heading between them, the second definition is still a claim about the first, checked."""
    page = "$$f(x) = x^2$$\n\nso that\n\n$$f(x) = x \\cdot x + 1$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("refuted", None, "x \\cdot x + 1")]


@pytest.mark.parametrize("opening", ["\\begin{equation}\n", "$$\n"])
def test_a_font_group_opening_an_environment_names_what_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opening: str
) -> None:
    """``\\begin{equation} {\\cal C}(\\boldsymbol{W}) = …``: 𝒞 applied to W, a definition of 𝒞 (lecture notes); after
    ``\\begin{equation}`` the group was taken for an argument and 𝒞(W) read as a product, and refuted."""
    closing = "\\end{equation}\n" if opening.startswith("\\begin") else "$$\n"
    page = (
        f"{opening}{{\\cal C}}(\\boldsymbol{{W}}) = \\frac{{1}}{{2}}\\sum_{{i=1}}^n\\left(y_i - t_i\\right)^2\n"
        f"{closing}\n"
        "$$\\frac{\\partial {\\cal C}}{\\partial y_i} = y_i - t_i$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("proven", None, "y_i - t_i")]


SOFTMAX_S = "---\ndefine:\n  s_j: \\frac{e^{z_j}}{\\sum_l e^{z_l}}\n---\n\n"


@pytest.mark.parametrize(
    ("lead", "case"),
    [
        ("In the case of $j = k$:", "j = k"),
        ("In the case of \\( j = k \\), the derivative on the left is $e^{z_j}$. Let's substitute them:", "j = k"),
        ("If $j = k$, the derivative on the left side is going to equal this. Substituting:", "j = k"),
        ("If $j = k$, the derivative is this. Otherwise we get:", None),
        ("If $j = k$, it is $x_j = 1$, and:", None),
        ("If $j = k$, the terms cancel, so in general:", None),
        ("If $j = k$, we showed it above. Now the other one:", None),
    ],
)
def test_a_paragraph_opening_with_its_case_states_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, case: str | None
) -> None:
    """ "In the case of $j = k$, the derivative … Let's substitute them:" (NNFS's notes): the case opens the paragraph
    and the display follows it; the case was lost and a true diagonal entry refuted. Where more words follow that may
    turn it ("Otherwise", another relation, "in general"), no case is taken."""
    page = SOFTMAX_S + f"{lead}\n\n$$\\frac{{\\partial s_j}}{{\\partial z_k}} = s_j(1 - s_k)$$\n"
    report = _report(tmp_path, capsys, page)
    unheld = ("unproven", case, "s_j(1 - s_k)")  # a condition nothing reads: its counterexample refutes nothing
    assert _links(report) in ([("proven" if case else "refuted", case, "s_j(1 - s_k)")], [] if case else [unheld])


def test_a_definition_before_a_question_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``S_j = \\frac{…}{…} \\rightarrow \\frac{\\partial S_j}{\\partial z_k} = ?``: the definition, then the question
    the page goes on to answer. '?' was no character of TeX's to the reader, and the definition was lost with it."""
    page = (
        "$$\nS_{j} = \\frac{e^{z_{j}}}{\\sum_{l=1}^{L} e^{z_{l}}} \\rightarrow "
        "\\frac{\\partial S_{j}}{\\partial z_{k}} = ?\n"
        "$$\n\n$$\\frac{\\partial S_j}{\\partial z_j} = S_j (1 - S_j)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("proven", None, "S_j (1 - S_j)")]
    assert any("asks" in entry["reason"] for entry in report["unchecked"])


SIGMOID_BY_DERIVATIVE = """# The derivative of the sigmoid

$$s'(x) = \\frac{{d}}{{dx}} \\left( \\frac{{1}}{{e^{{-x}}+1}} \\right) = \\frac{{e^{{-x}}}}{{(e^{{-x}}+1)^2}}$$

This is the usual form:

$$s'(x) = {last}$$
"""


def test_a_name_defined_by_its_derivative_is_what_is_differentiated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A blog writes ``s'(x) = \\frac{d}{dx}(\\frac{1}{e^{-x}+1})`` and never ``s(x) = …``: s is that function. Read
    free, s was any function, and the page's true s' = s(1 − s) refuted with s = sin. A false last step is refuted."""
    report = _report(tmp_path, capsys, SIGMOID_BY_DERIVATIVE.format(last="s(x)(1 - s(x))"))
    assert _links(report) == [("proven", None, "\\frac{e^{-x}}{(e^{-x}+1)^2}"), ("proven", None, "s(x)(1 - s(x))")]
    assert any("defines s(x) by its derivative" in r for r in report["readings"])
    report = _report(tmp_path, capsys, SIGMOID_BY_DERIVATIVE.format(last="s(x)(1 + s(x))"))
    assert [status for status, _, _ in _links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize(
    "page",
    [
        "$$s(x) = x^2$$\n\n$$s'(x) = \\frac{d}{dx} \\left( x^3 \\right)$$\n",  # s defined: the display is a claim
        "---\ndefine:\n  s(x): x^2\n---\n\n$$s'(x) = \\frac{d}{dx} \\left( x^3 \\right)$$\n",
        "$$\\sigma'(x) = \\frac{d}{dx} \\left( x^3 \\right)$$\n\n$$\\sigma(x) = x^2$$\n",  # a Greek name, below
    ],
)
def test_a_name_defined_elsewhere_is_not_defined_by_its_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """Where the page (or its front matter) defines s, ``s'(x) = \\frac{d}{dx}(x^3)`` is a claim, and false."""
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("refuted", None, "\\frac{d}{dx} \\left( x^3 \\right)")]


@pytest.mark.parametrize("after", ["+ 1", "\\cdot 3", "(x + 1)"])
def test_an_operator_that_takes_part_of_a_side_defines_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    """``s'(x) = \\frac{d}{dx}(x^2) + 1`` says s' = 2x + 1: the operator takes (x^2) alone. Read as the definition
    s = x^2 + 1, a later false ``s'(x) = 2x`` was proven. Where the operator takes part of the side only, nothing is
    defined, and s stays unread."""
    page = f"$$s'(x) = \\frac{{d}}{{dx}}(x^2) {after}$$\n\n$$s'(x) = 2x$$\n"
    report = _report(tmp_path, capsys, page)
    assert "proven" not in [status for status, _, _ in _links(report)]


def test_the_second_derivative_definition_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``∂a_i/∂z_i = ∂/∂z_i (…)`` then, for i ≠ j, ``∂a_i/∂z_j = ∂/∂z_j (…)``: the first defines a_i, the second is
    checked with it (a homework's two cases); a second with another body is refuted, not a definition anew."""
    first = (
        "$$\\frac{\\partial a_i}{\\partial z_i} = \\frac{\\partial}{\\partial z_i} \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$"
    )
    second = (
        "$$\\frac{\\partial a_i}{\\partial z_j} = \\frac{\\partial}{\\partial z_j} \\frac{e^{2 z_i}}{\\sum_k e^{z_k}}$$"
    )
    report = _report(tmp_path, capsys, f"{first}\n\n{second}\n")
    assert [status for status, _, _ in _links(report)] == ["refuted"]


WHERE_HOT = """---
assume: [y one-hot]
---
$$
\\begin{{equation}}
L(\\mathbf{{p}}) = - \\log p_i \\text{{ where }} y_i = 1.
\\end{{equation}}
$$

For the sake of brevity, I am going to regard $L(\\mathbf{{p}})$ and $L$ as the same thing.

$$
\\frac{{\\partial L}}{{\\partial \\mathbf{{x}}}} = {gradient}
$$
"""


@pytest.mark.parametrize("gradient", ["\\mathbf{p} - \\mathbf{y}", "\\mathbf{y} - \\mathbf{p}"])
def test_a_where_condition_is_no_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str) -> None:
    """``L(\\mathbf{p}) = -\\log p_i \\text{ where } y_i = 1`` (a blog): "where y_i = 1" says which i, and was
    checked as the claim y_i = 1, refuted. The definition cannot be read (which p_i is not read), nor what uses L."""
    report = _report(tmp_path, capsys, WHERE_HOT.format(gradient=gradient))
    assert _links(report) == []


def test_a_loss_whose_definition_is_unread_is_no_function_of_the_prose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The blog's L(p), its definitions unread, is named in the prose as applied ("$L(\\mathbf{p})$ … where
    $\\mathbf{p} = \\text{softmax}(\\mathbf{x})$"), and derive read it as any function of x: ∂L/∂x = p − y was
    refuted with L = sin. A side that stands for it is unreadable, right or wrong."""
    page = (
        "---\nassume: [y one-hot]\n---\n$$\nL(\\mathbf{p}) = - \\sum_i y_i \\log p_i \\log\n$$\n\n"
        "What we are going to do is, given the loss function $ L(\\mathbf{p})  $, where "
        "$ \\mathbf{p} = \\text{softmax}(\\mathbf{x})  $, find\n\n"
        "$$\n\\frac{\\partial L}{\\partial \\mathbf{x}}.\n$$\n\n"
        "For the sake of brevity, I am going to regard $L(\\mathbf{p})$ and $ L $ as the same thing.\n\n"
        "$$\n\\frac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{p}- \\mathbf{y}\n$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []


@pytest.mark.parametrize(("scalar", "status"), [("", None), ("---\nscalars: [w]\n---\n", "listed")])
def test_an_inferred_array_alone_against_a_number_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scalar: str, status: str | None
) -> None:
    """Notes solve ``3 \\frac{-1}{1-w} + \\frac{1}{w} = 0`` for a model's w, ``w = \\frac{1}{4}``, and write weights
    w_{ki} further down. Read as the whole array, w = 1/4 was refuted by its shapes; it is refused, naming both
    readings. Declared a number, w = 1/4 is a value set for it, listed (as a claim it was refuted for every
    other w; ``test_evaluated_values``)."""
    page = scalar + "$$w = \\frac{1}{4}$$\n\n$$a_k = \\sum_{i} w_{ki} x_i$$\n"
    report = _report(tmp_path, capsys, page)
    assert [s for s, _, _ in _links(report)] == []
    if status == "listed":
        assert any("a value set for w" in entry["reason"] for entry in report["unchecked"])
    else:
        assert any("w alone can be read two ways" in entry["reason"] for entry in report["unchecked"])


def test_a_display_starting_with_equals_never_goes_on_across_a_refused_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A display that starts with '=' goes on from the display just before it; where that one is not read (refused
    before reading: a loss defined twice on an MSE page, or math in an HTML block, as here), it went on from the
    last display read instead, and a link the page never wrote was checked: 2x = x·2, proven, where the page says
    d/dx x² = 2x·5 = x·2."""
    page = "$$y = x + x = 2x$$\n\n<div>\n$$\\frac{d}{dx} x^2 = 2x \\cdot 5$$\n</div>\n\n$$= x \\cdot 2$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("proven", None, "2x")]
    assert any("line 7" not in entry["reason"] and entry["line"] == 7 for entry in report["unchecked"])


def test_the_last_example_s_label_is_no_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A docs page: ``$Y = \\begin{bmatrix} \\boldsymbol{y}^{(1)} & \\dots & \\boldsymbol{y}^{(m)} \\end{bmatrix}$``
    beside ``\\sum_{i=1}^m``: m, the count of examples, numbers the last one. It was declared an index and a size,
    and the whole file stopped with "m is declared twice" (exit 2); the matrix of vectors then met an internal
    assertion. The page is read, the matrix said unreadable."""
    page = (
        "If $Y = \\begin{bmatrix} \\boldsymbol{y}^{(1)} & \\boldsymbol{y}^{(2)} & \\dots & \\boldsymbol{y}^{(m)} "
        "\\end{bmatrix}$ are the true labels, then\n\n"
        "$$\\mathcal{L} = \\frac{1}{m}\\sum_{i=1}^m\\left(-\\sum_{j=1}^C y^{(i)}_j \\log\\hat{y}^{(i)}_j \\right)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert report["exit"] == 1
    assert any("a matrix with \\dots whose entries are vectors" in entry["reason"] for entry in report["unchecked"])


@pytest.mark.parametrize(("factor", "status"), [("2", "proven"), ("3", "refuted")])
def test_a_digit_after_a_sum_s_upper_limit_is_the_summand_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """``\\sum_{i=1}^n 2e_i``: the limit stands above the sign, and 2 is plainly the summand's factor (an MSE page);
    it was refused as a digit after a one-token script. After a power (``x^n 2``) it still reads two ways."""
    page = (
        "$$e_i = w x_i - y_i$$\n\n"
        "$$\\frac{\\partial}{\\partial w} \\frac{1}{n} \\sum_{i=1}^n e_i^2 = "
        f"\\frac{{1}}{{n}} \\sum_{{i=1}}^n {factor}e_i x_i$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [s for s, _, _ in _links(report)] == [status]
    report = _report(tmp_path, capsys, "---\nscalars: [x, k]\n---\n$$x^k 2 = 2 x^k$$\n")
    assert _links(report) == []


@pytest.mark.parametrize("closing", ["\\cr }", "\\\\ }", "}"])
def test_plain_tex_eqalign_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], closing: str) -> None:
    """``\\eqalign{ L &= … \\cr &= … }`` (math.SE's and a forum's answers, in plain TeX): rows, as ``\\\\`` makes them;
    it was "a chain with no '='". A wrong row is refuted."""
    page = f"---\nscalars: [y]\n---\n$$\\eqalign{{ y + y &= 2y \\cr &= 3y {closing}$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [("proven", None, "2y"), ("refuted", None, "3y")]


@pytest.mark.parametrize(
    ("last", "statuses", "lone"),
    [
        ("(f - y) x", ["proven", "proven", "unproven", "proven"], 1),
        ("(\\sigma(z) - y) x + C", ["proven", "proven", "unproven", "proven"], 0),
    ],
)
def test_a_shorthand_written_only_at_a_chain_s_end_is_never_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, statuses: list[str], lone: int
) -> None:
    """A forum reply ends ``= (\\mathrm{sigmoid}(z) - y) x = (f - y) x``, f written nowhere else: read as any number,
    the last link said what f is, and was refuted. Its counterexample refutes nothing, naming f. A letter first
    written there and again below (C) is named there as far as derive knows (``one_sided._introduced``): it refutes
    nothing either; in a single link (d/dx (x^2 + C) = 2x, true for every C) it is checked as before."""
    chain = "\\frac{\\partial L}{\\partial w} = \\frac{x}{1 + e^{-z}} - y x = (\\sigma(z) - y) x"
    page = (
        "---\ndefine:\n  L: y \\log(1 + e^{-z}) + (1 - y) \\log(1 + e^{z})\n  z: w x\n---\n"
        f"$$\\sigma(z) = \\frac{{1}}{{1 + e^{{-z}}}}$$\n\n$${chain} = {last}$$\n\n$$\\frac{{d}}{{dx}}(x^2 + C) = 2x$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [s for s, _, _ in _links(report)] == statuses
    assert sum("stands in this side only" in link["method"] for link in report["links"]) == lone


@pytest.mark.parametrize(("shift", "status"), [("m", "proven"), ("2m", "unproven")])
def test_a_name_written_only_at_a_chain_s_end_is_proven_for_every_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shift: str, status: str
) -> None:
    """A two-class softmax shifted by m, ``where $m$ is the larger of $a$ and $b$`` (in words): true for every m,
    the link is proven, saying so; it had been unreadable. Shifted apart (a false step for most m), it refutes
    nothing. With a sum in the side, m may be one per term: refused (``..._in_a_sum_or_a_derivative_...``)."""
    softmax = "\\frac{e^{a}}{e^{a} + e^{b}} = \\frac{e^{a} \\cdot 1}{e^{a} + e^{b}}"
    page = f"$${softmax} = \\frac{{e^{{a - m}}}}{{e^{{a - m}} + e^{{b - {shift}}}}}$$\n"
    page += "\nwhere $m$ is the larger of $a$ and $b$.\n"
    first, link = _report(tmp_path, capsys, page)["links"]
    assert (first["status"], link["status"]) == ("proven", status)
    assert ("for every real $m$ (no definition of it read)" in link["method"]) == (status == "proven")


def test_rows_aligned_at_their_left_are_equations_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``& \\frac{d}{dx} x^2 = 2x \\\\ & \\frac{d}{dx} x^3 = 3x^2``: a README's list of rules, each row aligned at its
    left and an equation of its own. It was "a row that continues the one before without '='"; a row ``&= …``
    still goes on."""
    rows = "& \\frac{d}{dx} x^2 = 2x \\\\\n& \\frac{d}{dx} x^3 = 3x^2 \\\\\n& \\frac{d}{dx} x^4 = 3x^3 \\\\\n&= 4 x^3"
    page = f"---\nscalars: [x]\n---\n```math\n\\begin{{aligned}}\n{rows}\n\\end{{aligned}}\n```\n"
    report = _report(tmp_path, capsys, page)
    assert [(s, rhs) for s, _, rhs in _links(report)] == [
        ("proven", "2x"),
        ("proven", "3x^2"),
        ("refuted", "3x^3"),
        ("refuted", "4 x^3"),
    ]


@pytest.mark.parametrize(("front", "status"), [("", None), ("---\nvectors: [a]\n---\n", "refuted")])
def test_a_transposed_self_of_an_inferred_vector_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, status: str | None
) -> None:
    """A README's rules: ``\\textbf{a}^T \\textbf{b} = \\textbf{b}^T \\textbf{a}`` (a vector a, inferred from its
    transposed product), then ``a^T = a``, of a number a. Read of the vector, it was refuted by its shapes; it is
    refused, naming both readings. Declared a vector, a^T = a is false, and refuted."""
    page = front + "$$\\textbf{a}^T \\textbf{b} = \\textbf{b}^T \\textbf{a}$$\n\n$$a^T = a$$\n"
    report = _report(tmp_path, capsys, page)
    assert [s for s, _, _ in _links(report)][1:] == ([status] if status else [])
    if not status:  # the advice is the declaration that reads: a number's transpose derive does not read
        assert any("declare it (vectors: [a])" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(("last", "status"), [("(a - y) x", "proven"), ("(a + y) x", "refuted")])
def test_a_page_that_names_ng_s_derivative_defines_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """``dw = \\frac{\\partial L}{\\partial w}`` on the page (notes after Andrew Ng's course): dw is that derivative,
    a word of its own, as the front matter's ``define: {dw: …}`` makes it; it was refused as d·w or an unsaid
    loss's derivative. Where the page does not say so, dw is still refused."""
    named = "$$L = \\frac{1}{2}(a - y)^2, \\quad a = w x + b$$\n\n$$dw = \\frac{\\partial L}{\\partial w}$$\n\n"
    report = _report(tmp_path, capsys, f"{named}$$dw = {last}$$\n")
    assert _links(report) == [(status, None, last)]
    report = _report(tmp_path, capsys, f"$$L = \\frac{{1}}{{2}}(a - y)^2$$\n\n$$dw = {last}$$\n")
    assert _links(report) == []


@pytest.mark.parametrize("word", ["\\text{log}", "\\mathrm{exp}"])
def test_an_upright_label_in_a_script_stays_a_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    """``L_{\\text{log}}`` names a loss labelled in words; reading every ``\\text{log}`` as the command ``\\log`` made
    it "unknown symbol L". In a script the word stays a label; the derivative by p is checked (p = 0 excluded
    nowhere, so undefined there)."""
    page = f"$$L_{{{word}}} = -\\log p$$\n\n$$\\frac{{d L_{{{word}}}}}{{d p}} = -\\frac{{1}}{{p}}$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, _, _ in _links(report)] == ["undefined"]


@pytest.mark.parametrize(
    "lead", ["Let $m$ be the largest entry of $\\mathbf{x}$. Then", "Let $m$ be any constant. Then"]
)
def test_a_name_written_only_in_a_derivative_at_a_chain_s_end_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """∂/∂x_k (Σ_j x_j² + m) with m = max(x) in words: read as any number, a constant, the link was proven "for every
    m" (a probe); m may vary with x there. Refused, as before, naming both readings."""
    by = "\\frac{\\partial}{\\partial x_k}"
    chain = f"{by} \\sum_j x_j^2 = 2 x_k = {by} \\left( \\sum_j x_j^2 + m \\right)"
    report = _report(tmp_path, capsys, f"{lead}\n\n$${chain}$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"]
    assert any("in a derivative" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "side",
    [
        "\\sum_{i=1}^{n} c \\left(y_i - \\bar{y}\\right)",
        "\\dfrac{d}{dx}\\left(x^2 + x + m\\right) - 2x - 1 + 0",
        "\\frac d{dx}(m x) - m",
    ],
)
def test_a_name_met_once_in_a_sum_or_a_derivative_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str
) -> None:
    """c, "the confidence of example i", in Σ_i c (y_i − ȳ): one per term, and the sum is no 0; m in \\dfrac{d}{dx}
    may vary with x. Each was proven "for every real" value (a probe); refused, as before."""
    page = f"$$0 = 0 + 0 = {side}$$\n\nwhere the weight is the confidence of each example.\n"
    report = _report(tmp_path, capsys, page)
    assert "proven" not in [link["status"] for link in report["links"]][1:]
    said = ("in a derivative, a sum or a limit", "can be read two ways: their mean")  # ȳ beside y_i: ``bar_means``
    assert any(why in u["reason"] for u in report["unchecked"] for why in said)
