"""Math as a CommonMark renderer hands it to MathJax, and plain TeX's spellings that pages keep: mdBook's escaped
delimiters ``\\\\[ … \\\\]``, ``{{\\rm d} L \\over {\\rm d} p}``, ``\\exp^{o_i}``, ``log_{e} x`` and ``abs(x)`` typed as
letters, a function's value indexed as code indexes (``softmax(x)[i]``), and a notation lead ("Given
$\\mathbf{p} = [p_1, \\ldots, p_n]$")."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.escaped_delimiters import escaped_math
from tests.read.page_reports import page_report


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[str]:
    return [link["status"] for link in page_report(tmp_path, capsys, text, "--no-cache")["links"]]


def test_escaped_delimiters_are_math_as_mathjax_sees_it() -> None:
    """The formula is unescaped as CommonMark does (\\\\{ is \\{, \\\\\\\\ a row break); a row break's spacing
    inside math, code and an opener with no closer stay as written."""
    assert escaped_math("a \\\\[ x \\\\{y\\\\} \\\\]") == "a \\[ x \\{y\\} \\]"
    assert escaped_math("where \\\\(p_i\\\\) is") == "where \\(p_i\\) is"
    kept = ["$$a \\\\[1.6em] b$$", "`\\\\[x\\\\]`", "\\\\[ no closer"]
    kept.append("\\begin{align} a \\\\[2pt] b \\\\] \\end{align}")
    for text in kept:
        assert escaped_math(text) == text
    assert escaped_math("\\\\[ x \\\\]", tex=True) == "\\\\[ x \\\\]"


def test_an_mdbook_page_is_read_and_its_slip_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every display of such a page had been "a backslash ends the formula"; the sign slip is refuted at its line."""
    page = (
        "---\nassume:\n  - '\\sum_k y_k = 1'\n---\nGiven \\\\( {\\bf p} = [p_1, p_2, \\ldots, p_n] \\\\), the loss is\n"
        "\\\\[\n    {\\rm Loss} = - \\sum_{i} y_i \\log p_i,\n\\\\]\nwhere\n"
        "\\\\[\n    p_i = {\\exp^{o_i} \\over \\sum_k \\exp^{o_k}}.\n\\\\]\n\n"
        "\\\\[\n    {{\\rm d} {\\rm Loss} \\over {\\rm d} p_k} = - {y_k \\over p_k}\n\\\\]\n\n"
        "\\\\[\n    {{\\rm d} {\\rm Loss} \\over {\\rm d} p_k} = {y_k \\over p_k}\n\\\\]\n"
    )
    result = page_report(tmp_path, capsys, page, "--no-cache")
    assert [(link["line"], link["status"]) for link in result["links"]] == [(15, "proven"), (19, "refuted")]


def test_an_upright_d_over_an_upright_d_is_a_derivative(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """{{\\rm d} L \\over {\\rm d} p} had been read as (d·L)/(d·p) with d a number: a correct step refuted."""
    lead = "---\n---\nLet $L = p^3$.\n\n"
    forms = ["{{\\rm d} L \\over {\\rm d} p}", "{{\\rm d}L\\over{\\rm d}p}", "{d L \\over d p}"]
    text = lead + "".join(f"$$ {form} = 3 p^2 $$\n\n" for form in forms)
    text += "$$ {{\\rm d} L \\over {\\rm d} p} = 3 p $$\n"
    assert statuses(tmp_path, capsys, text) == ["proven", "proven", "proven", "refuted"]


def test_exp_with_a_superscript_alone_is_e_to_that_power(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\exp^{x} with nothing to apply to is e^x; \\exp^2(x) reads two ways and is refused."""
    text = "---\n---\n$$\\exp^{x} = e^x$$\n\n$$\\exp^{x} = e^{2x}$$\n\n$$\\exp^2(x) = e^{2x}$$\n"
    result = page_report(tmp_path, capsys, text, "--no-cache")
    assert [link["status"] for link in result["links"]] == ["proven", "refuted"]
    assert any("\\exp with a superscript and an argument" in u["reason"] for u in result["unchecked"])


def test_typed_log_with_a_base_and_typed_abs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """log_{2} 8 typed as letters is the logarithm to base 2 (it had been "unexpected '_'"); abs(x) is |x|."""
    text = "---\n---\n$$log_{2}8 = 3$$\n\n$$log_{2}8 = 2$$\n\n$$abs(x - 3) = |3 - x|$$\n\n$$abs(x) = x$$\n"
    assert statuses(tmp_path, capsys, text) == ["proven", "refuted", "proven", "refuted"]


def test_a_functions_value_indexed_as_code_indexes_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\text{softmax}(x)[i] had been softmax(x) times i, and a true definition refuted by its shapes; a product of
    a parenthesis after an operator, (a + b)[c], is read as one."""
    text = "---\n---\n$$\\text{softmax}(x)[i] = \\frac{e^{x_i}}{\\sum_j e^{x_j}}$$\n\n$$(a + b)[c] = a c + b c$$\n"
    result = page_report(tmp_path, capsys, text, "--no-cache")
    assert [link["status"] for link in result["links"]] == ["proven"]
    assert any("f(…)[i] can be read two ways" in u["reason"] for u in result["unchecked"])


def test_a_bare_vector_under_a_function_against_a_number_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A worked example's y (log_e 1 = y, so e^y = 1) beside the page's labels y_i: e^y had been the vector of the
    e^{y_i} and refuted by its shapes."""
    rows = "\\ln 1 &= y \\\\\ne^y &= 1 \\\\\ny &= 0"
    text = "---\n---\n$$L = -\\frac{1}{N}\\sum_{i=1}^N y_i \\log p_i$$\n\n"
    text += f"$$\\begin{{align*}}\n{rows}\n\\end{{align*}}$$\n"
    result = page_report(tmp_path, capsys, text, "--no-cache")
    assert result["links"] == []
    assert [u["line"] for u in result["unchecked"] if "y alone can be read two ways" in u["reason"]] == [6, 7, 8]


def test_plain_tex_alignments_are_read_as_latexs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\eqalign{…\\cr…} is aligned rows, each link at its own line; \\cases{… & if $k=i$; \\cr …} is cases (they had
    been "a '$' inside math"); a false row is refuted at its line."""
    page = (
        "---\n---\nLet $s = x^2$.\n\n$$\n\\eqalign{ s & = x x \\cr\n & = x^2 + 1 \\cr }\n$$\n\n"
        "$$ \\frac{\\partial \\delta_{ik}}{\\partial x} = \\cases{ 0 & if $i = k$; \\cr 0 & otherwise. \\cr } $$\n"
    )
    result = page_report(tmp_path, capsys, page, "--no-cache")
    verdicts = [(link["line"], link["status"]) for link in result["links"]]
    assert verdicts == [(6, "proven"), (7, "refuted"), (10, "proven")]


def test_a_bracket_display_after_a_row_break_with_spacing_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\\\[2pt] inside $$…$$ had been taken for a display's opening: the \\[ … \\] below it was listed at the wrong
    line and never checked (probe 58)."""
    text = "---\n---\nText\n$$\\begin{aligned} x + x &= 2x \\\\[2pt] &= 2x \\end{aligned}$$\nThen\n\\[ w + w = 3w \\]\n"
    verdicts = [(link["line"], link["status"]) for link in page_report(tmp_path, capsys, text, "--no-cache")["links"]]
    assert verdicts == [(4, "proven"), (4, "proven"), (6, "refuted")]


def test_abs_typed_without_parentheses_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """abs x had been the product a·b·s·x, and |x|·|x| = x² refuted; abs = bas, with nothing to apply to, is a
    product."""
    result = page_report(tmp_path, capsys, "---\n---\n$$abs x \\cdot abs x = x^2$$\n\n$$abs = bas$$\n", "--no-cache")
    assert [link["status"] for link in result["links"]] == ["proven"]
    assert any("abs without parentheses" in u["reason"] for u in result["unchecked"])


@pytest.mark.parametrize(
    "page",
    [
        "Let \\\\( a = 2 \\\\).\n\n$$ a^2 = 4 $$\n",
        "For \\\\( y \\in \\\\{0, 1\\\\} \\\\):\n\n\\\\[ y^2 = y \\\\]\n",
        "Suppose \\\\( x >\n0 \\\\).\n\n$$ |x| = x $$\n",
    ],
)
def test_a_condition_in_mdbook_inline_math_keeps_its_counterexamples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """mdBook's ``\\\\( … \\\\)`` states what ``$…$`` states: a true step had been refuted at a = 47/25, y = 47/25,
    points that break the condition the page writes in it."""
    assert "refuted" not in statuses(tmp_path, capsys, page)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("{{\\rm d} \\over {\\rm d}x} x^3 = 3x^2", "proven"),
        ("{{\\rm d} \\over {\\rm d}x} x^3 = 3x", "refuted"),
        ("{d \\over dx} x^2 = 2x", "proven"),
        ("{\\mathrm{d} \\over \\mathrm{d}x} x^2 = x", "refuted"),
        ("{\\partial \\over \\partial x} \\left( x^2 + 1 \\right) = 2x", "proven"),
    ],
)
def test_an_operator_written_with_over_applies_to_what_follows_its_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """``{d \\over dx} x^3`` is d/dx of x³ as TeX shows it; the group around it had left the operator with nothing to
    differentiate."""
    assert statuses(tmp_path, capsys, f"---\nscalars: [x]\n---\n$$ {display} $$\n") == [status]
