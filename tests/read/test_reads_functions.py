"""Functions, operators and notation as ML notes write them: capital Greek names, an operator closing a product,
upright names a page defines: each read as the page shows it, a false claim written with it refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "status"), [("2 \\Delta + 2 a", "proven"), ("2 \\Delta + a", "refuted")])
def test_a_capital_delta_is_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    text = "---\nscalars: [a]\n---\n$$\n(a + \\Delta) + (\\Delta + a) = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(("right", "status"), [("\\Omega \\Upsilon", "proven"), ("\\Omega + \\Upsilon", "refuted")])
def test_other_capital_greek_names(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    text = "$$\n\\Upsilon \\cdot \\Omega = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(2, status)]


@pytest.mark.parametrize("written", ["\\Delta x", "\\Pi_i x_i"])
def test_a_capital_that_can_be_an_operator_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    text = "---\nscalars: [x]\n---\n$$\n" + written + " = x\n$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("can be read two ways" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(("factor", "status"), [("a", "proven"), ("2 a", "refuted")])
def test_an_operator_after_a_product_sign_differentiates_the_group_closing_the_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """``2 \\cdot \\frac{\\partial}{\\partial \\theta_j} (h - y)``, as CS229 writes the chain rule."""
    text = "---\nscalars: [a, x]\n---\n$$\n\\frac{\\partial}{\\partial x} (a x^2) = "
    text += factor + " \\cdot \\frac{\\partial}{\\partial x} \\left(x^2\\right)\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


def test_an_operator_after_a_product_sign_whose_operand_could_end_early_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\nscalars: [a, x]\n---\n$$\n\\frac{\\partial}{\\partial x} (a x^2) = "
    text += "a \\cdot \\frac{\\partial}{\\partial x} (x) \\cdot 2 x\n$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("can be read two ways" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(
    ("right", "status"), [("(\\theta^T x - y) x_j", "proven"), ("2 (\\theta^T x - y) x_j", "refuted")]
)
def test_a_definition_of_a_whole_vector_is_the_value_written_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``J(\\theta): \\frac12 (\\theta^T x - y)^2`` with θ the page's vector (θ_j): J(θ) the value J, as CS229
    writes it; the body uses θ whole, so θ is no number."""
    text = "---\ndefine:\n  J(\\theta): \\frac{1}{2} (\\theta^T x - y)^2\n---\n$$\n"
    text += "\\frac{\\partial}{\\partial \\theta_j} J(\\theta) = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(6, status)]


@pytest.mark.parametrize(("right", "status"), [("a \\cdot a", "proven"), ("2 a", "refuted")])
def test_a_label_in_an_old_font_switch_is_the_upright_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\ell_{\\rm ce}``, plain TeX's way to write ``\\ell_{\\mathrm{ce}}``: the same name."""
    text = "---\nscalars: [a]\ndefine:\n  \\ell_{\\mathrm{ce}}: a^2\n---\n$$\n\\ell_{\\rm ce} = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(7, status)]


def test_sigma_applied_undeclared_names_the_sigmoid_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """σ(x) never defined is refused (σ is not assumed to be the sigmoid), the message giving the front matter."""
    found, unchecked = statuses(tmp_path, capsys, "---\nscalars: [x]\n---\n$$\n2 = \\sigma(x) + 1\n$$\n")
    assert found == []
    assert any("define: \\sigma(x): \\frac{1}{1 + e^{-x}}" in reason for reason in unchecked), unchecked


def _cross_entropy_page(head: str, use: str, right: str) -> str:
    """A page (no front matter) defining the cross-entropy of logits t at the class y, as CS229's notes do."""
    return (
        f"$$\n{head} = -\\log \\left( \\frac{{\\exp(t_y)}}{{\\sum_{{i=1}}^k \\exp(t_i)}} \\right)\n$$\n\n"
        "Let $\\phi_i = \\frac{\\exp(t_i)}{\\sum_{j=1}^k \\exp(t_j)}$. Then\n\n"
        f"$$\n\\frac{{\\partial {use}}}{{\\partial t_i}} = {right}\n$$\n"
    )


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("\\phi_i - 1\\{y = i\\}", "proven"),
        ("\\phi_i + 1\\{y = i\\}", "refuted"),
        ("\\phi_y - 1\\{y = i\\}", "refuted"),
    ],
)
def test_a_value_labelled_with_a_vector_and_the_index_it_is_taken_at(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\ell(t, y) = -\\log(\\exp(t_y)/…)``: y, an index the body holds free, labels the value with the class it
    is taken at; ℓ(t, y) below is that value, every claim checked for every y."""
    text = _cross_entropy_page("\\ell(t, y)", "\\ell(t, y)", right)
    assert statuses(tmp_path, capsys, text)[0] == [(8, status)]


@pytest.mark.parametrize(("right", "status"), [("\\phi_i - 1\\{y = i\\}", "proven"), ("1 - \\phi_i", "refuted")])
def test_a_vector_written_out_by_its_entries_in_a_head_and_an_old_font_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """CS229's ``\\ell_{\\rm ce}((t_1, \\dots, t_k), y)``: t whole (k the sums' one bound, the length), ce a label."""
    text = _cross_entropy_page("\\ell_{\\rm ce}((t_1, \\dots, t_k), y)", "\\ell_{\\rm ce}(t, y)", right)
    assert statuses(tmp_path, capsys, text)[0] == [(8, status)]


def test_a_label_used_at_another_index_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ℓ(t, j) after ℓ(t, y) is defined: the page defines ℓ at y only; reading it at j would be a guess."""
    text = _cross_entropy_page("\\ell(t, y)", "\\ell(t, j)", "\\phi_i - 1\\{j = i\\}")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("is defined for (t, y)" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(("right", "status"), [("2 a", "proven"), ("a", "refuted")])
def test_an_upright_name_the_page_defines_with_parameters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\text{SQ}(a) = a^2``, as the focal-loss paper defines ``\\text{CE}(p, y)``: SQ is no function derive knows,
    so the display can only define it; applied below, its body is written out."""
    text = "$$\n\\text{SQ}(a) = a^2\n$$\n\n$$\n\\frac{d\\, \\text{SQ}(a)}{da} = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(6, status)]


@pytest.mark.parametrize(("right", "status"), [("x_j", "proven"), ("x_i", "refuted")])
def test_sums_from_0_to_a_letter_run_over_every_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """CS229's ``\\sum_{i=0}^{d} \\theta_i x_i``: entries 0 to d, d + 1 of them, every entry of θ and x (the length a
    letter of derive's own, n = d + 1)."""
    text = "$$\n\\frac{\\partial}{\\partial \\theta_j} \\sum_{i=0}^{d} \\theta_i x_i = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(2, status)]


@pytest.mark.parametrize(
    ("right", "status"), [("\\sum_{i=0}^{d} x_i + n", "refuted"), ("\\sum_{i=0}^{d} x_i + d", None)]
)
def test_the_last_entry_letter_is_no_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str | None
) -> None:
    """Σ_{i=0}^{d} (x_i + 1) is d + 1 more than Σ x_i: with n a name of the page, the sum of ones is derive's own
    count (refuted); d written as a value is refused, never read as the count."""
    text = "$$\n\\sum_{i=0}^{d} (x_i + 1) = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == ([(2, status)] if status else [])


@pytest.mark.parametrize(("right", "status"), [("2 a", "proven"), ("a", "refuted")])
def test_a_number_set_apart_at_the_end_of_a_row_is_the_equation_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``a + a = 2 a \\qquad (2)``, as papers number equations by hand: (2) is no factor."""
    text = "---\nscalars: [a]\n---\n$$\na + a = " + right + " \\qquad (2)\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(("right", "status"), [("a \\cdot a", "proven"), ("-a", "refuted")])
def test_a_page_definition_by_cases_on_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\text{CE}(p, y) = \\begin{cases} … & \\text{if } y > 0 \\\\ … \\end{cases} \\qquad (1)``: the cases' & and
    conditions are the value's, the display defines the upright name."""
    text = (
        "$$\n\\text{HB}(a, b) = \\begin{cases} a^2 & \\text{if } b > 0 \\\\ -a & \\text{otherwise.} \\end{cases}"
        " \\qquad (1)\n$$\n\n$$\n\\text{HB}(a, 1) = " + right + "\n$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(6, status)]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ("\\text{HB}(a, 1) = a^2 \\\\ \\text{HB}(a, 2) = -a", ["proven", "proven"]),
        ("\\text{HB}(a, 1) = -a \\\\ \\text{HB}(a, 2) = a^2", ["refuted", "refuted"]),
    ],
)
def test_a_case_on_an_equality_of_numbers_is_read_as_that_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claims: str, expected: list[str]
) -> None:
    """Focal loss's ``\\text{CE}(p, y) = \\begin{cases} … & \\text{if } y = 1 …``: y a number; the first row where
    y = 1, "otherwise" elsewhere (it was refused as no case on indices)."""
    text = (
        "$$\n\\text{HB}(a, b) = \\begin{cases} a^2 & \\text{if } b = 1 \\\\ -a & \\text{otherwise.} \\end{cases}\n$$"
        f"\n\n$$\n\\begin{{aligned}} {claims} \\end{{aligned}}\n$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert [status for _, status in found] == expected


@pytest.mark.parametrize("written", ["\\sum_{j=1}^{n} x[j] = x \\sum_{j=1}^{n} j", "x[2] = 2 x"])
def test_a_code_style_index_is_refused_naming_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    """PyTorch's ``x[j]``: the entry x_j, or x times [j]; read as the product, these false claims were proven."""
    found, unchecked = statuses(tmp_path, capsys, "$$\n" + written + "\n$$\n")
    assert found == []
    assert any("can be read two ways: the entry" in reason for reason in unchecked), unchecked


def test_a_code_style_index_word_names_the_letters_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """PyTorch's ``x[class]``: an index named class, or x times c·l·a·s·s as TeX sets it; never x_{class}, which
    derive could not read either."""
    found, unchecked = statuses(tmp_path, capsys, "$$\n-x[class] = -x[class] + 0\n$$\n")
    assert found == []
    assert any("an index named class" in r and "c·l·a·s·s" in r for r in unchecked), unchecked


def test_a_bracket_set_apart_is_still_a_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nscalars: [a, b]\n---\n$$\na \\, [a + b] = a^2 + a b\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, "proven")]


def test_a_parametrized_function_undeclared_names_the_front_matter_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``h_\\theta(x)`` undeclared: the message names ``h_\\theta(x): …``, the key derive reads as a hypothesis."""
    found, unchecked = statuses(tmp_path, capsys, "$$\n\\theta_1 + h_\\theta(x) = 2\n$$\n")
    assert found == []
    assert any("declared under define as h_\\theta(x): …" in reason for reason in unchecked), unchecked


def test_sums_from_0_to_a_letter_beside_the_letter_less_1_are_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Σ_{i=0}^{N} beside Σ_{i=0}^{N-1} (in the front matter): N + 1 entries and N, one sum off by one; refused."""
    text = "---\ndefine:\n  L: \\sum_{i=0}^{N-1} x_i^2\n---\n"
    text += "$$\\frac{\\partial}{\\partial x_k} \\sum_{i=0}^{N} x_i = 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert "a sum from 0 runs up to a length less 1 (N-1)" in unchecked[0]


@pytest.mark.parametrize(("right", "status"), [("-2 a x", "proven"), ("2 a x", "refuted")])
def test_an_operator_before_a_minus_sign_differentiates_the_negated_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``\\frac{\\partial}{\\partial w_j} -[…]``, as SLP3 writes the loss: an operator is no value to subtract from."""
    text = "---\nscalars: [a, x]\n---\n$$\n\\frac{\\partial}{\\partial x} -[a x^2] = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


def test_a_power_of_an_applied_function_is_reported_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``[h(x)]^2`` in a JSON report: SymPy's power printer passes ``exp`` to the function printer, which took none
    (exit 3, "internal error"). It prints in parentheses, never h^{2}(x); the step is not proven, and says why."""
    path = tmp_path / "d.md"
    path.write_text("$$\\frac{d}{dx} \\frac{1}{h(x)} = -\\frac{h'(x)}{[h(x)]^2}$$\n", encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 1
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert link["status"] == "unproven"
    assert "\\left(h\\left(x\\right)\\right)^{2}" in link["read_as"]
    assert "cannot show that h(x) ≠ 0" in link["method"]


def test_a_vector_before_parentheses_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\sigma(A_i)`` beside ``\\sigma_i: …``: a function applied, or the whole vector σ times A_i; it was read as
    the product, and the page's own definition refuted by its shape (n×1 against a number)."""
    text = (
        "---\ndefine:\n  \\sigma_i: \\frac{e^{A_i}}{\\sum_{j=1}^{n} e^{A_j}}\n---\n"
        "$$\\sigma(A_i) = \\frac{e^{A_i}}{\\sum_{j=1}^{n} e^{A_j}}$$\n\n"
        "$$\\sigma_i (1 - \\sigma_i) = \\sigma_i - \\sigma_i^2$$\n"
    )
    found, unread = statuses(tmp_path, capsys, text)
    assert found == [(7, "proven")]
    assert any("with \\sigma the page's vector can be read two ways" in why for why in unread)


def test_a_function_typed_without_its_backslash_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``3log(1-w)``: "unknown symbol l; declare it" sent the reader to the front matter for a letter the page
    never meant."""
    text = "---\nscalars: [w]\n---\n$$3log(1-w) + logw = 3 \\log(1 - w) + \\log w$$\n"
    _, unread = statuses(tmp_path, capsys, text)
    assert any("'log' typed without its backslash" in why for why in unread)
