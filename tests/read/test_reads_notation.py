"""Notation as people publish it (issue 15): d/dx, ∂_{z_k}, f'(x), 𝟙(i = k), cases, accents, upright letters and
prose in a display. Each reading is compared with the SymPy expression it must be; a false twin must differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusals import refusal
from sympy import And, Derivative, Expr, Ge, IndexedBase, KroneckerDelta, Le, Symbol, exp, simplify

from derive.read import read_document

FRONT = "---\nn: 3\ndefine:\n  \\sigma(x): \\frac{1}{1 + e^{-x}}\n  f(x): x^2\n---\n"
a = Symbol("a", real=True)
i, k = Symbol("i", integer=True), Symbol("k", integer=True)
z = IndexedBase("z", real=True)


def sides(tmp_path: Path, display: str, front: str = FRONT) -> tuple[Expr, Expr]:
    path = tmp_path / "d.md"
    path.write_text(f"{front}\n$$ {display} $$\n", encoding="utf-8")
    (link,) = read_document(path).links
    return link.lhs, link.rhs


def same(first: Expr, second: Expr) -> bool:
    return simplify((first - second).doit()) == 0


@pytest.mark.parametrize(
    ("display", "value"),
    [
        ("\\frac{d}{da} f(a) = 0", 2 * a),
        ("\\frac{d f(a)}{d a} = 0", 2 * a),
        ("\\frac{\\mathrm{d}}{\\mathrm{d}a} f(a) = 0", 2 * a),
        ("f'(a) = 0", 2 * a),
        ("f''(a) = 0", 2),
        ("f^\\prime(a) = 0", 2 * a),
        ("\\sigma'(a) = 0", exp(-a) / (1 + exp(-a)) ** 2),
        ("\\sigma '(a) = 0", exp(-a) / (1 + exp(-a)) ** 2),
        ("\\mathrm{e}^{a} = 0", exp(a)),
    ],
)
def test_derivatives_and_upright_letters_read_as_they_mean(tmp_path: Path, display: str, value: Expr) -> None:
    lhs, _ = sides(tmp_path, display)
    assert same(lhs, value)
    assert not same(lhs, value + 1)


def test_a_partial_with_a_subscript_is_the_derivative_by_it(tmp_path: Path) -> None:
    lhs, _ = sides(tmp_path, "\\partial_{z_k} z_k^2 = 0")
    assert lhs == Derivative(z[k] ** 2, z[k])


@pytest.mark.parametrize(
    ("display", "value"),
    [
        ("\\mathbb{1}(i = k) = 0", KroneckerDelta(i, k)),
        ("\\mathbb{1}[i=k] = 0", KroneckerDelta(i, k)),
        ("\\mathbb{1}_{i \\neq k} = 0", 1 - KroneckerDelta(i, k)),
        ("\\begin{cases} 1 & i = k \\\\ 0 & i \\neq k \\end{cases} = 0", KroneckerDelta(i, k)),
        ("\\begin{cases} 1 & \\text{if } i = k \\\\ 0 & \\text{otherwise} \\end{cases} = 0", KroneckerDelta(i, k)),
        ("\\begin{cases} a & i \\neq k \\\\ 0 & \\text{otherwise} \\end{cases} = 0", a * (1 - KroneckerDelta(i, k))),
    ],
)
def test_a_case_on_two_indices_is_a_kronecker_delta(tmp_path: Path, display: str, value: Expr) -> None:
    lhs, _ = sides(tmp_path, display)
    assert (lhs - value).expand() == 0


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("\\mathbb{1}(a = z_k) = \\delta_{ik}", "x_i = x_k is another statement"),
        ("\\begin{cases} 1 & i = k \\\\ 0 & i = k \\end{cases} = 0", "complementary"),
        ("a = 1 \\text{ or } a = 2", "a remark after the math states a relation"),  # "and" joins two equations
        ("a = a \\text{ since } (1 = 2)", "a remark after the math states a relation"),
        ("z_i = z_i, \\forall i = 1, 2 = 3", "a remark after the math states a relation"),
        ("y = y \\, \\text{GELU}(x)", "the upright name GELU is not known"),
    ],
)
def test_what_is_not_a_case_on_indices_is_refused(tmp_path: Path, display: str, words: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}\n$$ {display} $$\n", encoding="utf-8")
    assert words in refusal(path)


def test_prose_after_the_math_is_a_remark_and_a_case_it_states_is_the_chains(tmp_path: Path) -> None:
    lhs, rhs = sides(tmp_path, "\\delta_{ik} = \\mathbb{1}(i = k) \\text{ (the indicator)}")
    assert (lhs, rhs) == (KroneckerDelta(i, k), KroneckerDelta(i, k))
    _, rhs = sides(tmp_path, "a + a = 2 a \\quad (\\text{since it is one-hot})")
    assert rhs == 2 * a
    for remark in ("\\quad \\text{if } i \\neq k", "\\quad \\text{for } i \\neq k", ", \\forall i \\neq k"):
        path = tmp_path / "d.md"
        path.write_text(f"{FRONT}\n$$ \\delta_{{ik}} = 0 {remark} $$\n", encoding="utf-8")
        (link,) = read_document(path).links
        assert str(link.condition) == "Ne(i, k)"


def test_accents_make_names_of_their_own(tmp_path: Path) -> None:
    lhs, rhs = sides(tmp_path, "\\tilde y_1 + \\hat{y}_1 = \\tilde{y}_1 + 2 y_1")  # ŷ for y: a renaming, unread
    ytilde, yhat, y = (IndexedBase(name, real=True) for name in ("ytilde", "yhat", "y"))
    assert lhs == ytilde[1] + yhat[1] and rhs == ytilde[1] + 2 * y[1]  # ȳ_1 beside y_1: a mean? (``bar_means``)


def test_d_declared_as_a_name_makes_d_over_dx_read_two_ways(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(FRONT.replace("n: 3", "n: 3\nscalars: [d]") + "\n$$ \\frac{d}{da} f(a) = 2a $$\n", encoding="utf-8")
    assert "two ways" in refusal(path)


SOFTMAX = (
    "---\nlength: K\ndefine:\n  \\hat{y}_i: \\frac{\\exp(\\theta_i)}{\\sum_{j=1}^{K} \\exp(\\theta_j)}\n"
    "  J: -\\sum_{i=1}^{K} y_i \\log(\\hat{y}_i)\n  \\sum_K: \\sum_{j=1}^{K} \\exp(\\theta_j)\n---\n"
)


def test_a_value_labelled_with_the_vectors_it_depends_on_is_the_value(tmp_path: Path) -> None:
    lhs, rhs = sides(tmp_path, "J(\\theta) = J(\\theta, y)", SOFTMAX)
    assert lhs == rhs == Symbol("J")
    path = tmp_path / "d.md"
    path.write_text(SOFTMAX + "\n$$ J(a) = J $$\n", encoding="utf-8")
    assert "two ways" in refusal(path)  # J(a) with a scalar a: applied, or a product


def test_a_font_is_typography_and_a_sum_written_alone_is_the_one_defined(tmp_path: Path) -> None:
    lhs, rhs = sides(tmp_path, "\\frac{\\exp(\\mathbb{\\theta}_i)}{\\sum_K} = \\mathbf{\\hat{y}}_i", SOFTMAX)
    theta = IndexedBase("theta", real=True)
    assert lhs == exp(theta[i]) / Symbol("sumK")
    assert rhs == IndexedBase("yhat")[i]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_range_stated_with_forall_is_a_remark_only_when_it_is_every_index(tmp_path: Path) -> None:
    _, rhs = sides(tmp_path, "\\hat{y}_i = \\frac{\\exp(\\theta_i)}{\\sum_K} ,\\forall i = 1, \\dots, K", SOFTMAX)
    assert rhs == exp(IndexedBase("theta", real=True)[i]) / Symbol("sumK")
    path = tmp_path / "d.md"
    path.write_text(SOFTMAX + "\n$$ \\hat{y}_i = \\hat{y}_i ,\\forall i = 1, 3 $$\n", encoding="utf-8")
    assert "a remark after the math states a relation" in refusal(path)  # not the range 1..m: refused
    (link,) = read_document(write(tmp_path, SOFTMAX + "\n$$ \\hat{y}_i = \\hat{y}_i ,\\forall i = 1, 2, 3 $$\n")).links
    assert link.condition == And(Ge(i, 1), Le(i, 3))  # the values listed, 1 to 3: the range the chain holds on


def test_a_matrix_written_out_is_a_matrix_and_its_product_is_the_product(tmp_path: Path) -> None:
    lhs, _ = sides(
        tmp_path,
        "\\begin{bmatrix} z_1 & 0 \\\\ 0 & z_2 \\end{bmatrix} - \\begin{pmatrix} z_1 \\\\ z_2 \\end{pmatrix} "
        "\\begin{pmatrix} z_1 & z_2 \\end{pmatrix} = 0",
        "---\nn: 2\n---\n",
    )
    assert lhs.shape == (2, 2)
    assert lhs[0, 1] == -z[1] * z[2] and lhs[0, 0] == z[1] - z[1] ** 2


def test_a_matrix_with_dots_is_a_pattern_and_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\nn: 3\n---\n$$ \\begin{pmatrix} z_1 & \\dots & z_3 \\end{pmatrix} = 0 $$\n", encoding="utf-8")
    assert "pattern" in refusal(path)


def test_a_constraint_or_a_one_hot_target_stated_before_a_chain_is_that_chains(tmp_path: Path) -> None:
    front = "---\nn: 2\nvectors: [y]\nindices: [i]\n---\n"
    for lead, kind in (
        ("Assuming the targets sum to one: $\\sum_{i=1}^{2} y_{i} = 1$.", "sum-to-one"),
        ("\\noindent Assuming $y$ is one-hot: $y = e_m$ for some class $m$.", "one-hot"),
    ):
        path = tmp_path / "d.md"
        path.write_text(f"{front}\n{lead}\n\n$$ y_1 + y_2 = 1 $$\n", encoding="utf-8")
        (link,) = read_document(path).links
        assert [c.kind for c in link.constraints] == [kind]


def test_a_mark_and_a_rule_in_a_column_of_their_own_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "d.tex"
    path.write_text(
        "% ---\n% n: 2\n% ---\n\\begin{align*}\nz_1 &= z_1 && \\checkmark\\ \\text{(1) split at $i = k$} \\\\\n"
        " &= z_1 + 0 && \\times\\ \\text{(2) add zero}\n\\end{align*}\n",
        encoding="utf-8",
    )
    assert [(link.lhs, link.rhs) for link in read_document(path).links] == [(z[1], z[1]), (z[1], z[1])]
