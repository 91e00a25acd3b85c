"""Constructs of a second held-out corpus (2026-12-01: blog posts, docs pages and Q&A answers transcribed
verbatim), each misread or unreadable before: two displays on one line, a case stated between two displays of
one paragraph, ``\\not=``, plain TeX's ``{\\rm softmax}``, a source note in an HTML comment, a page's definition
that cannot be read (its name then free)."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SOFTMAX = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n\n"
DIAGONAL = "\\frac{\\partial s_i}{\\partial z_j} = s_i(1 - s_j)"
SOFTMAX_P = "---\ndefine:\n  p_j: \\frac{e^{a_j}}{\\sum_k e^{a_k}}\n---\n\n"
OFF_DIAGONAL = "\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j"


def test_two_displays_on_one_line_are_two_displays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``$$a = x,$$ so $$b = c = d$$`` on one line: dollarmath reads one block from the first $$ to the last; TeX
    ends the display at the second. It was one display, its middle unreadable and a link checked across it (a
    claim the page never wrote, refuted)."""
    body = f"$$s_i = s_i,$$ so $${DIAGONAL} = s_i - s_i s_j \\quad i = j$$\n"
    report = _report(tmp_path, capsys, SOFTMAX + body)
    assert _links(report) == [
        ("proven", None, "s_i"),
        ("proven", "i = j", "s_i(1 - s_j)"),
        ("proven", "i = j", "s_i - s_i s_j"),
    ]
    assert report["unchecked"] == []


def test_a_case_between_two_displays_of_a_paragraph_is_the_later_one_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``$$…$$ If $i=j$,`` then ``$$ = …$$`` on the next line of the same paragraph (a blog's layout): the case
    was lost and a correct diagonal entry refuted at i ≠ j. After the paragraph, "Both cases can be combined,"
    states no case (the display took the one before it)."""
    body = (
        "We get\n$$ \\frac{\\partial s_i}{\\partial z_j} = \\frac{\\partial}{\\partial z_j} \\frac{e^{z_i}}"
        "{\\sum_k e^{z_k}} $$ If $i=j$,\n$$ = s_i(1 - s_j) $$ And if $i \\neq j$,\n$$ = -s_i s_j $$\n\n"
        "Both of these cases can be combined, $$ \\frac{\\partial s_i}{\\partial z_j} = s_i(\\delta_{ij} - s_j) $$\n"
    )
    report = _report(tmp_path, capsys, SOFTMAX + body)
    assert [(status, case) for status, case, _ in _links(report)] == [
        ("proven", None),
        ("proven", "i = j"),
        ("proven", "i ≠ j"),
        ("proven", None),
    ]


def test_not_equals_states_a_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "When $i \\not= k$," (TeX's \\not=, ≠) was no case: a correct off-diagonal entry was refuted at i = k."""
    body = f"When $i \\not= j$,\n\n$${OFF_DIAGONAL}$$\n\n$$a \\not= b$$\n"
    report = _report(tmp_path, capsys, SOFTMAX + body)
    assert _links(report) == [("proven", "i ≠ j", "-s_i s_j")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("\\hat y = {\\rm softmax}(z)", "proven"),  # "softmax needs its argument in parentheses"
        ("{\\cal C}(z) = 0", "unreadable"),  # read as the product 𝒞·z, and refuted
    ],
)
def test_plain_tex_font_groups_name_what_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, expected: str
) -> None:
    front = "---\ndefine:\n  \\hat{y}_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n\n"
    report = _report(tmp_path, capsys, front + f"$${written}$$\n")
    if expected == "unreadable":
        assert report["links"] == [] and "\\mathcal{C}" in report["unchecked"][0]["reason"]
    else:
        assert [link["status"] for link in report["links"]] == [expected]


def test_an_html_comment_is_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A source note ``<!-- page.md (a mirror; transcribed) -->`` was read as a function with fixed data after ';',
    and the report said so."""
    body = f"<!-- Source: SoftmaxLayer.md (a mirror of it; transcribed) -->\n\nIf $i = j$:\n\n$${DIAGONAL}$$\n"
    path = tmp_path / "page.md"
    path.write_text(SOFTMAX + body, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "held fixed" not in capsys.readouterr().out


def test_a_page_definition_that_cannot_be_read_leaves_its_name_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``y_i(x) = …`` with x scripted in its body stopped the whole file (exit 2); a definition with a stray free
    index made q free, and correct links were refuted with q_1 = -9/5 (a complex log). Now the definition is
    unreadable at its line, and each link that stands for the name is unreadable too, not refuted."""
    body = (
        "$$ y_i(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)} $$\n\n"
        "$$ q_i = \\frac{e^{z_i}}{\\sum_j e^{z_k}} $$\n\n"
        "$$ J = -\\sum_i p_i \\log q_i $$\n\n"
        "$$ \\log q_i = z_i - \\log \\sum_k e^{z_k} $$\n\n"
        "$$ J = -\\sum_i p_i z_i + \\sum_i p_i \\log \\sum_k e^{z_k} $$\n\n"
        "$$ y_i - y_i y_k = y_i(1 - y_k) $$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert report["exit"] == 1
    reasons = [(item["line"], item["reason"]) for item in report["unchecked"]]
    assert any(line == 4 and "definition of y_i(x) could not be read" in why for line, why in reasons)
    assert any(line == 6 and "definition of q_i could not be read" in why for line, why in reasons)
    for line, name in ((10, "q"), (12, "q"), (14, "y")):
        assert any(at == line and why.startswith(f"unreadable: {name} stands here") for at, why in reasons), (
            line,
            reasons,
        )
    assert [link["status"] for link in report["links"]] == []


def test_a_coloured_row_continuation_is_the_row_s_equation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``&\\,\\,\\color{blue}{=-p_i+q_i}``: MathJax's \\color takes the group as its argument, so the '=' is the row's;
    it stood inside a group, and the row read as a product across the line break."""
    front = "---\ndefine:\n  q_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n\n"
    display = (
        "$$\\begin{align*} \\color{blue}{q_i - p_i} &= \\frac{e^{z_i}}{\\sum_k e^{z_k}} - p_i \\\\\n"
        "&\\,\\,\\color{blue}{=-p_i+q_i} \\end{align*}$$\n"
    )
    report = _report(tmp_path, capsys, front + display)
    assert [link["status"] for link in report["links"]] == ["proven", "proven"]


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("\\frac{\\partial \\ell_j}{\\partial p_j} = \\frac{y_j}{p_j}", ["proven"]),
        ("\\frac{\\partial \\ell_j}{\\partial p_j} = \\frac{\\partial}{\\partial p_j}(-y_j \\log p_j)", ["refuted"]),
    ],
)
def test_a_name_for_the_terms_of_a_sum_is_defined_by_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], step: str, expected: list[str]
) -> None:
    """``L = -\\sum_j y_j \\log p_j = -\\sum_j \\ell_j`` names each term: ℓ_j = y_j log p_j. Read with ℓ free, that
    link was refuted at an arbitrary ℓ and ∂ℓ_j/∂p_j unreadable; now the blog's slip (ℓ_j's sign flipped where it
    is differentiated) is refuted at its line, and the step that keeps the sign proven."""
    body = f"$$ L = -\\sum_j^C y_j \\log p_j \\\\ = -\\sum_j^C \\ell_j. $$\n\n$${step}$$\n"
    report = _report(tmp_path, capsys, SOFTMAX_P + body)
    assert [link["status"] for link in report["links"]] == ["proven", *expected]
    assert "line 6: \\ell_{j} names the terms of the sum before it: \\ell_{j} = y_j \\log p_j" in report["readings"]


def test_terms_are_not_named_where_the_sums_differ_or_the_name_is_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another index, another sign, or a name the front matter defines: no naming, the link read as written."""
    body = (
        "$$ -\\sum_j y_j \\log p_j = \\sum_j \\ell_j $$\n\n"
        "$$ -\\sum_j y_j \\log p_j = -\\sum_k m_k $$\n\n"
        "$$ -\\sum_j y_j \\log p_j = -\\sum_j q_j $$\n"
    )
    front = SOFTMAX_P.replace("---\n\n", "  q_j: y_j \\log p_j\n---\n\n")
    report = _report(tmp_path, capsys, front + body)
    assert [link["status"] for link in report["links"]] == ["refuted", "refuted", "proven"]
    assert not any("names the terms" in line for line in report["readings"])


@pytest.mark.parametrize(("claim", "expected"), [("2g(t)g'(t)", "proven"), ("2g'(t)", "refuted")])
def test_a_definition_before_implies_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    """A Q&A answer's ``f(t)=[g(t)]^2\\implies f'(t)=2g(t)g'(t)``: f is defined by what stands before ⟹, and the
    claim after it checked for every function g; both parts were refused ("f stands on one side only")."""
    report = _report(tmp_path, capsys, f"---\n---\n\n$$f(t)=[g(t)]^2\\implies f'(t)={claim}$$\n")
    assert [link["status"] for link in report["links"]] == [expected]
    assert "definitions f(t) (line 4)" in report["inferred"]


def test_a_parenthesis_never_closed_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The question's ``(1-y_i)(\\log(1-\\hat y)`` said "expected ')' but found '\\right'", a \\right it never wrote."""
    report = _report(tmp_path, capsys, "---\n---\n\n$$J = -(1-y_i)(\\log(1-y_i)$$\n")
    assert "a '(' is never closed: add its ')'" in report["unchecked"][0]["reason"]


def test_a_label_in_words_opening_a_display_is_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\mbox{Logistic regression: } z = …``: the label is the page's prose; the display was refused as "a remark
    after the math states a relation"."""
    front = "---\ndefine:\n  \\sigma(x): \\frac{1}{1 + e^{-x}}\n---\n\n"
    report = _report(tmp_path, capsys, front + "$$\\mbox{Use the sigmoid: } \\sigma(h) = \\frac{1}{1 + e^{-h}}$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize(("right", "expected"), [("W^{(2)}", "proven"), ("W^{(1)}", "refuted")])
def test_layers_numbered_in_definitions_only_are_layers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """W^{(1)} and W^{(2)} written in the page's definitions (``a = W^{(1)} x + b^{(1)}``): two names, as where a
    claim writes them; the definitions were taken before their numerals were counted, and both refused ("^{(1)}
    can be read two ways")."""
    body = (
        "$$a = W^{(1)} x + b^{(1)}$$\n\n$$z = W^{(2)} a + b^{(2)}$$\n\n"
        f"$$\\frac{{\\partial z}}{{\\partial a}} = {right}$$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert [link["status"] for link in report["links"]] == [expected]


@pytest.mark.parametrize(
    ("also", "expected"),
    [
        ("", ["proven", "refuted"]),
        ("$$y_i(z) = y_i(z)$$\n", []),  # another argument: y_i(…) stays a function or a product, refused
    ],
)
def test_an_entry_defined_as_a_function_of_the_page_s_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], also: str, expected: list[str]
) -> None:
    """A docs page's ``y_i(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)}``: y_i at the page's x (its argument says what
    it depends on), so ∂y_i/∂x_k differentiates that body; it stopped the whole file ("uses its argument x with a
    script")."""
    body = (
        "$$ y_i(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)} $$\n\nWhen $i \\not= k$,\n\n"
        "$$ \\partial y_i / \\partial x_k = - y_i y_k $$\n\n$$ \\partial y_i / \\partial x_k = y_i(x) y_k $$\n\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body + also)
    assert [link["status"] for link in report["links"]] == expected
    assert report["exit"] == 1


def test_an_mbox_name_applied_with_left_parentheses_is_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Q&A's ``\\mbox{softmax}\\left(z\\right)``: the upright name softmax applied, as ``\\text{softmax}(z)`` is;
    it was taken for a remark in words after the math, and the display refused."""
    front = "---\ndefine:\n  \\hat{y}_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n\n"
    report = _report(tmp_path, capsys, front + "$$\\hat{y} = \\mbox{softmax}\\left(z\\right)$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize(("factor", "expected"), [("\\frac{1}{m}", "proven"), ("", "refuted")])
def test_a_sum_whose_reach_reads_two_ways_in_a_chain_is_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, expected: str
) -> None:
    """A primer restates its cost ``J(\\theta) = -\\frac{1}{m} \\sum_i y^{(i)} \\log h + (1 - y^{(i)}) \\log (1 - h)``:
    TeX sums the first term only, i free in the second on one side; its definition reads the sum over both. In a
    chain that is two readings, refused naming both (it was refuted at i = 2; read as the definition is, ``J = \\sum_i
    x_i + x_i = 2 \\sum_i x_i`` was proven, false as TeX reads it). Its gradient without the 1/m is still refuted."""
    front = "---\ndefine:\n  h_\\theta(x): \\frac{1}{1 + e^{-\\theta^T x}}\n---\n\n"
    cost = (
        "-\\frac{1}{m} \\sum_{i=1}^{m} y^{(i)} \\log \\left(h_{\\theta}\\left(x^{(i)}\\right)\\right)"
        "+\\left(1-y^{(i)}\\right) \\log \\left(1-h_{\\theta}\\left(x^{(i)}\\right)\\right)"
    )
    gradient = (
        f"{factor}\\sum_{{i=1}}^{{m}}\\left(h_{{\\theta}}\\left(x^{{(i)}}\\right)-y^{{(i)}}\\right) x_{{j}}^{{(i)}}"
    )
    derivative = "\\frac{\\partial J(\\theta)}{\\partial \\theta_j}"
    body = f"$$J(\\theta)={cost}$$\n\n$$J(\\theta)={cost}$$\n\n$${derivative} = {gradient}$$\n"
    report = _report(tmp_path, capsys, front + body, "--timeout", "60")  # about 5 s idle: unproven when busy
    assert [link["status"] for link in report["links"]] == [expected]
    assert "read two ways, the sum of its first term" in report["unchecked"][-1]["reason"]
    again = _report(tmp_path, capsys, "---\nvectors: [x]\n---\n\n$$J = \\sum_i x_i + x_i = 2 \\sum_i x_i$$\n")
    assert again["links"] == [] and "read two ways" in again["unchecked"][-1]["reason"]


@pytest.mark.parametrize(("last", "expected"), [("e^{-x}", "proven"), ("-e^{-x}", "refuted")])
def test_a_trailing_equals_goes_on_in_the_display_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, expected: str
) -> None:
    """A blog's ``= \\frac{-(-1)e^{-x}}{(e^{-x}+1)^2} =`` then, below, ``= \\frac{e^{-x}}{(e^{-x}+1)^2}``: the trailing
    '=' ends no side (it was "an empty side", the display refused, and the page's sign slip further down unread)."""
    front = "---\ndefine:\n  s(x): \\frac{1}{e^{-x}+1}\n---\n\n"
    body = (
        "$$\ns'(x) = \\frac{-(-1)\\cdot{e}^{-x}}{(e^{-x}+1)^2} =\n$$\n\nEliminate the double negative.\n\n"
        f"$$\n= \\frac{{{last}}}{{(e^{{-x}}+1)^2}}\n$$\n"
    )
    report = _report(tmp_path, capsys, front + body)
    assert [link["status"] for link in report["links"]] == ["proven", expected]


@pytest.mark.parametrize(("right", "expected"), [("\\delta_{k\\alpha}", "proven"), ("1", "refuted")])
def test_a_greek_index_declared_is_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """``indices: ['\\alpha']`` and ``b_\\alpha``: α is an index (it said "'\\alpha' is not an index; declare it
    under indices (known: alpha, …)", naming it among the known)."""
    front = "---\nindices: [i, k, '\\alpha']\ndefine:\n  z_k: \\sum_i w_{ki} a_i + b_k\n---\n\n"
    report = _report(tmp_path, capsys, front + f"$$\\frac{{\\partial z_k}}{{\\partial b_\\alpha}} = {right}$$\n")
    assert [link["status"] for link in report["links"]] == [expected]


def test_an_unread_definition_beside_a_derivative_by_a_defined_name_is_no_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Course notes' ∂z^{l+1}_k/∂z^l_j beside an unread definition (q_i's sum binding i): looking for the unread
    name through the definitions made SymPy differentiate by a sum, and the chain said "cannot read this chain
    (ValueError)"."""
    body = (
        "$$ q_i = \\frac{e^{x_i}}{\\sum_i e^{x_i}} $$\n\n$$ z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j $$\n\n"
        "$$ a^l_j = \\sigma(z^l_j) $$\n\n$$ z^{l+1}_k = \\sum_j w^{l+1}_{kj} a^l_j + b^{l+1}_k $$\n\n"
        "$$ \\frac{\\partial z^{l+1}_k}{\\partial z^l_j} = w^{l+1}_{kj} \\sigma'(z^l_j) $$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert len(report["links"]) == 1
    assert not any("cannot read this chain" in item["reason"] for item in report["unchecked"])


@pytest.mark.parametrize(("right", "expected"), [("a^{\\ell-1}_k", "proven"), ("a^{\\ell}_k", "refuted")])
def test_ell_in_a_superscript_is_the_layer_s_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """An answer's ``z^\\ell_j = \\sum_k w^\\ell_{jk} a^{\\ell-1}_k + b^\\ell_j``: ℓ labels the layer as Nielsen's l
    does (it was read as a power, "a power of a whole vector")."""
    body = (
        "$$ z^\\ell_j = \\sum_k w^\\ell_{jk} a^{\\ell-1}_k + b^\\ell_j $$\n\n"
        f"$$ \\frac{{\\partial z^\\ell_j}}{{\\partial w^\\ell_{{jk}}}} = {right} $$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert [link["status"] for link in report["links"]] == [expected]


@pytest.mark.parametrize(("right", "expected"), [("q_i(1 - q_i)", "proven"), ("q_i", "refuted")])
def test_a_sum_in_a_definition_binds_its_own_index_where_the_parameter_stands_outside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """An answer's softmax ``q_i = \\frac{e^{z_i}}{\\sum_i e^{z_i}}``: the sum's i is its own, bound, as any reader
    reads it (it was refused, "a sum … binds i, its parameter"). ``s_i: \\sum_i z_i``, whose parameter stands
    nowhere else, is still refused (tests/read/test_reads_as_tex.py)."""
    body = (
        "$$ q_i = \\frac{e^{z_i}}{\\sum_i e^{z_i}} $$\n\n"
        f"$$ \\frac{{\\partial q_i}}{{\\partial z_i}} = {right} $$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert [link["status"] for link in report["links"]] == [expected]


@pytest.mark.parametrize(("factor", "expected"), [("x_j", "proven"), ("2 x_j", "refuted")])
def test_a_hypothesis_with_a_bold_parameter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, expected: str
) -> None:
    """``h_{\\boldsymbol\\theta}(x)``, ``h_\\mathbf{w}(x)``: bold is typography, the hypothesis is h_θ(x) (its
    definition was "cannot read the defined name", exit 2 from the front matter, and its uses two readings)."""
    body = (
        "$$h_{\\boldsymbol\\theta}(x) = \\frac{1}{1 + e^{-\\theta^T x}}$$\n\n"
        "$$\\frac{\\partial}{\\partial \\theta_j} h_{\\boldsymbol\\theta}(x) = "
        f"h_{{\\boldsymbol\\theta}}(x)(1 - h_{{\\boldsymbol\\theta}}(x)) {factor}$$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert [link["status"] for link in report["links"]] == [expected]
    front = "---\ndefine:\n  h_\\mathbf{w}(x): \\frac{1}{1 + e^{-w^T x}}\n---\n\n"
    again = _report(tmp_path, capsys, front + "$$h_\\mathbf{w}(x) = \\frac{1}{1 + e^{-w^T x}}$$\n")
    assert [link["status"] for link in again["links"]] == ["proven"]


@pytest.mark.parametrize(("factor", "expected"), [("", "proven"), ("2", "refuted")])
def test_nabla_of_a_function_applied_to_its_vector_is_by_that_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, expected: str
) -> None:
    """A notebook's ``\\nabla J(\\mathbf{w})``: the gradient by J's argument, ∇_w J (it was "\\nabla needs what it
    differentiates by as a subscript")."""
    front = "---\ndefine:\n  J(\\mathbf{w}): \\frac{1}{2} \\sum_i (w_i x_i - y_i)^2\n---\n\n"
    report = _report(tmp_path, capsys, front + f"$$\\nabla J(\\mathbf{{w}}) = {factor}\\nabla_w J(\\mathbf{{w}})$$\n")
    assert [link["status"] for link in report["links"]] == [expected]


@pytest.mark.parametrize(("right", "expected"), [("-s_i s_j", "proven"), ("s_i(1 - s_j)", "refuted")])
def test_a_case_stated_in_another_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """A Chinese post's "当 $i \\neq j$ 时:" ("when i ≠ j:"): its one formula states the case, as "When $i \\neq j$:"
    does (the case was lost, and the correct entry refuted at i = j). A line with Latin words keeps the English
    rules ("Note $i = j$:" states none)."""
    body = f"当 $i \\neq j$ 时:\n\n$$\\frac{{\\partial s_i}}{{\\partial z_j}} = {right}$$\n"
    report = _report(tmp_path, capsys, SOFTMAX + body)
    assert [(link["status"], link["case"]) for link in report["links"]] == [(expected, "i ≠ j")]
    failing = body.replace("时:", "时不成立")  # "… does not hold when i ≠ j": no lead, no case
    again = _report(tmp_path, capsys, SOFTMAX + failing)
    assert [link["case"] for link in again["links"]] == [None]


@pytest.mark.parametrize(("right", "expected"), [("\\hat{y}_j - y_j", "proven"), ("y_j - \\hat{y}_j", "refuted")])
def test_a_sum_s_bound_written_as_the_last_entry_s_index_is_the_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """A blog's ``z = [z_1, z_2, \\dots, z_C]`` beside ``\\sum_{k=1}^{C}``: C is the length and z_C the last entry (C
    was inferred as an index, and every definition refused, "found another upper bound"), with no front matter."""
    body = (
        "- Logits: $z = [z_1, z_2, \\dots, z_C]$\n"
        "- Softmax: $\\hat{y}_i = \\frac{e^{z_i}}{\\sum_{k=1}^{C} e^{z_k}}$\n"
        "- Loss: $L = -\\sum_{i=1}^{C} y_i \\log \\hat{y}_i$, where $y_i$ is one-hot.\n\n"
        f"$$\\frac{{\\partial L}}{{\\partial z_j}} = {right}$$\n\n"
        "$$\\frac{\\partial \\hat{y}_C}{\\partial z_C} = \\hat{y}_C(1 - \\hat{y}_C)$$\n"
    )
    report = _report(tmp_path, capsys, "---\n---\n\n" + body)
    assert [link["status"] for link in report["links"]][:1] == [expected] and len(report["links"]) == 2
    assert "length C" in report["inferred"]  # and ŷ_C the last entry (its derivative unproven at a symbolic C)


def test_an_equals_in_a_sum_s_bound_is_no_equation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A display whose only '=' is a sum's bound (``\\sum_{i=1}^{m} …``, a page's equals sign lost in rendering)
    holds no equation: it was "a chain with no '='", counted as a display not checked (exit 1)."""
    body = f"If $i = j$:\n\n$${DIAGONAL}$$\n\n$$\\sum_{{i=1}}^{{n}} \\frac{{\\partial s_i}}{{\\partial z_j}}$$\n"
    report = _report(tmp_path, capsys, SOFTMAX + body)
    assert report["exit"] == 0
    assert [(item["reason"], item["holds_equality"]) for item in report["unchecked"]] == [
        ("holds no '=': nothing to check", False)
    ]


@pytest.mark.parametrize(("sign", "expected"), [("-", "proven"), ("", "refuted")])
def test_a_function_of_the_page_s_own_names_written_alone_is_its_value_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, expected: str
) -> None:
    """``L(y, \\hat{y}) = …`` then ``L = …``: L alone is L at the page's own y and ŷ, as in ∂L/∂ŷ (it was "the function
    L needs its arguments")."""
    front = "---\ndefine:\n  \\hat{y}: \\frac{1}{1+e^{-z}}\n---\n\n"
    loss = "[y \\cdot \\log(\\hat{y}) + (1-y) \\cdot \\log(1-\\hat{y})]"
    body = f"$$L(y, \\hat{{y}}) = -{loss}$$\n\n$$L = {sign}{loss}$$\n"
    report = _report(tmp_path, capsys, front + body)
    assert [link["status"] for link in report["links"]] == [expected]


def test_a_sum_sign_used_as_a_name_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A blog's ``\\frac{…}{\\sum^2}`` (Σ standing for the sum above, squared) said "sums run up to a length (n);
    found another upper bound", as if 2 were a bound the page chose."""
    report = _report(tmp_path, capsys, SOFTMAX + "$$s_i = \\frac{e^{z_i}}{\\sum^2}$$\n")
    assert "\\sum with no index and a number over it: a sum's name, not a sum" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(("right", "expected"), [("a(1 - a)", "proven"), ("a", "refuted")])
def test_a_function_s_value_given_a_letter_s_name_defines_the_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """``\\sigma(z) = a`` ("we defined a as the output of the sigmoid"): a names σ(z). Read as a claim about a
    letter the page gives no other value, it was refuted, and da/dz unreadable. ``g(z) = z`` is still g's own."""
    front = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n\n"
    body = f"$$\\sigma(z) = a$$\n\n$$\\frac{{da}}{{dz}} = {right}$$\n"
    report = _report(tmp_path, capsys, front + body)
    assert [link["status"] for link in report["links"]] == [expected]
    assert "definitions a (line 6)" in report["inferred"]


@pytest.mark.parametrize(("right", "expected"), [("-\\log s_c", "proven"), ("-\\log s_1", "refuted")])
def test_a_one_hot_target_with_its_hot_index_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    """``assume: [y one-hot, y_c = 1]`` ("the true class is c"): y = e_c, y_i = δ_ic, for every c (it was exit 2,
    "only Σ_i y_i = 1 … is understood as an equation")."""
    front = "---\nassume: [y one-hot, y_c = 1]\n---\n\n"
    body = f"$$s_i = \\frac{{e^{{z_i}}}}{{\\sum_k e^{{z_k}}}}$$\n\n$$-\\sum_i y_i \\log s_i = {right}$$\n"
    report = _report(tmp_path, capsys, front + body)
    assert [link["status"] for link in report["links"]] == [expected]


def test_terms_are_not_named_by_a_sum_where_a_formula_gives_the_name_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``$\\ell_j = 2 y_j \\log p_j$`` in a sentence, then ``-\\sum_j y_j \\log p_j = -\\sum_j \\ell_j``: ℓ has the
    page's value, and the link is false under it. Named by the sum instead, it was proven."""
    body = "Here $\\ell_j = 2 y_j \\log p_j$.\n\n$$ L = -\\sum_j y_j \\log p_j = -\\sum_j \\ell_j $$\n"
    report = _report(tmp_path, capsys, SOFTMAX_P + body)
    assert [link["status"] for link in report["links"]] == ["refuted"]
    assert not any("names the terms" in line for line in report["readings"])


@pytest.mark.parametrize(
    "claim",
    [
        "\\frac{\\partial}{\\partial y_k}\\left(\\sum_i x_i + y_i\\right) = \\delta_{ik}",
        "\\frac{\\partial}{\\partial y_k}(\\sum_i x_i + y_i) = 1",
        "2\\left(\\sum_i x_i + y_i\\right) = 2\\sum_i (x_i + y_i)",
        "e^{\\sum_i x_i + y_i} = e^{\\sum_i (x_i + y_i)}",
        "\\left[\\sum_i x_i + y_i\\right]^2 = \\left[\\sum_i (x_i + y_i)\\right]^2",
    ],
)
def test_a_sum_whose_reach_reads_two_ways_inside_brackets_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """Inside parentheses, brackets or braces a sum followed by terms that use its index reads two ways as at the
    top of a side: a probe's ∂/∂y_k (Σ_i x_i + y_i) = δ_ik had been proven (TeX's reading, i free, taken silently)."""
    report = _report(tmp_path, capsys, f"$${claim}$$\n")
    assert report["links"] == [] and "read two ways, the sum of its first term" in report["unchecked"][-1]["reason"]
