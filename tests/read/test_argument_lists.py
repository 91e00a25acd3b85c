"""Functions a page defines with an argument list written out with dots, ``\\mathrm{LSE}(x_1, \\dots, x_n) = …``
(Wikipedia's LogSumExp), then applied to the whole vector or to a list of the entries' pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

LSE = "---\n---\n\n$$\\mathrm{LSE}(x_1, \\dots, x_n) = \\log\\left( \\exp(x_1) + \\cdots + \\exp(x_n) \\right).$$\n\n"


@pytest.mark.parametrize(
    ("right", "status"),
    [("\\frac{\\exp x_i}{\\sum_j \\exp {x_j}}", "proven"), ("\\frac{\\exp x_i}{\\sum_j \\exp {2 x_j}}", "refuted")],
)
def test_a_list_to_the_length_is_the_whole_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """The list x_1, …, x_n in the head is the vector x: LSE(\\mathbf{x}) is that value, its gradient the softmax."""
    text = LSE + f"$$\\frac{{\\partial}}{{\\partial x_i}}{{\\mathrm{{LSE}}(\\mathbf{{x}})}} = {right}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(6, status)]


@pytest.mark.parametrize("spaced", ["x_1,\\, \\ldots,\\, x_n", "x_1, x_2, \\dotsc, x_{n}", "x_1, \\cdots, x_n"])
def test_the_list_is_read_with_spacing_and_any_dots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spaced: str
) -> None:
    text = (
        f"$$f({spaced}) = \\log\\left( \\exp(x_1) + \\cdots + \\exp(x_n) \\right)$$\n\n"
        "$$\\frac{\\partial f(\\mathbf{x})}{\\partial x_k} = \\frac{e^{x_k}}{\\sum_j e^{x_j}}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(3, "proven")]


@pytest.mark.parametrize(
    ("right", "status"),
    [("\\log(x_1 + \\dots + x_n)", "proven"), ("\\log(x_1 + \\dots + x_n) + 1", "refuted")],
)
def test_applied_to_a_list_of_the_entries_pattern(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """LSE(log x_1, …, log x_n) is the value with each x_j read as log x_j."""
    text = "---\nassume: ['x_i > 0']\n---\n" + LSE.split("---\n---\n", 1)[1]
    text += f"$$\\mathrm{{LSE}}(\\log(x_1), \\dots, \\log(x_n)) = {right}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(7, status)]


def test_a_list_not_of_the_pattern_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nassume: ['x_i > 0']\n---\n" + LSE.split("---\n---\n", 1)[1]
    text += "$$\\mathrm{LSE}(\\log(x_1), \\dots, \\exp(x_n)) = \\log(x_1 + \\dots + x_n)$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("pattern" in reason for reason in unchecked)


def test_a_list_to_another_letter_is_not_the_whole_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The page's sums run to K: x_1, …, x_m is no whole vector, and its function is not read as one of x."""
    text = (
        "$$f(x_1, \\dots, x_m) = \\log\\left( \\exp(x_1) + \\cdots + \\exp(x_m) \\right)$$\n\n"
        "$$\\frac{\\partial f(\\mathbf{x})}{\\partial x_k} = \\frac{e^{x_k}}{\\sum_{j=1}^{K} e^{x_j}}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert "proven" not in [status for _, status in found]


LOSS = (
    "---\nvectors: [w, x]\n---\n\n"
    "$$l(\\mathbf{w}, b) = \\frac{1}{2} \\left(\\mathbf{w}^\\top \\mathbf{x} + b - y\\right)^2.$$\n\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("L(\\mathbf{w}, b) = 2 l(\\mathbf{w}, b) = \\left(\\mathbf{w}^\\top \\mathbf{x} + b - y\\right)^2", "proven"),
        ("L(\\mathbf{w}, b) = 3 l(\\mathbf{w}, b) = \\left(\\mathbf{w}^\\top \\mathbf{x} + b - y\\right)^2", "refuted"),
        ("\\frac{\\partial l(\\mathbf{w}, b)}{\\partial w_j} = x_j (\\mathbf{w}^\\top \\mathbf{x} + b - y)", "proven"),
        ("\\frac{\\partial l(\\mathbf{w}, b)}{\\partial w_j} = x_j (\\mathbf{w}^\\top \\mathbf{x} - y)", "refuted"),
        ("\\frac{\\partial l(\\mathbf{w}, b)}{\\partial b} = \\mathbf{w}^\\top \\mathbf{x} + b - y", "proven"),
    ],
)
def test_a_value_of_a_vector_and_a_number_defined_with_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """d2l's l(w, b) = ½(wᵀx + b − y)²: w the page's vector and b its number, each at its own value; a chain that
    opens with L(w, b) = … defines L and checks the rest."""
    assert statuses(tmp_path, capsys, LOSS + f"$${claim}$$\n")[0] == [(7, status)]


def test_such_a_value_at_other_arguments_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(
        tmp_path, capsys, LOSS + "$$M = l(\\mathbf{w}, 0) = \\frac{1}{2}(\\mathbf{w}^\\top \\mathbf{x} - y)^2$$\n"
    )
    assert found == []
    assert any("defined at its own arguments only: write it l(w, b)" in reason for reason in unchecked)


def test_a_list_in_max_stays_values_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\max(x_1, \\dots, x_n) is the largest entry, never \\max of the one value x: not rewritten."""
    _, unchecked = statuses(tmp_path, capsys, "$$m = \\max(x_1, \\dots, x_n) = \\max(\\mathbf{x})$$\n")
    assert not any("of one value" in reason for reason in unchecked)


def test_a_function_head_whose_definition_cannot_be_read_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ESL's ℓ(β) = Σ_i (y_i βᵀx_i − …) with β never declared a vector: the page's definition of ℓ, unread, says
    why, not that ℓ is undeclared."""
    text = "$$\\ell(\\beta) = \\sum_{i=1}^{N} \\left( y_i \\beta^T x_i - \\log(1 + e^{\\beta^T x_i}) \\right)$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert unchecked == [
        "unreadable: the definition of \\ell(\\beta) could not be read (\\beta is a scalar here, so ^T cannot "
        "transpose it: declare \\beta under vectors or arrays): the page is read without it"
    ]


SOFTMAX = "$$\\sigma(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j=1}^K e^{z_j}}\\,.$$\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\sigma(\\mathbf{q}, i)(\\delta_{ik} - \\sigma(\\mathbf{q}, k))", "proven"),
        ("\\sigma(\\mathbf{q}, k)(\\delta_{ik} - \\sigma(\\mathbf{q}, i))", "proven"),
        ("\\sigma(\\mathbf{q}, i)(\\delta_{ik} - \\sigma(\\mathbf{q}, i))", "refuted"),
        ("\\sigma(\\mathbf{q}, i)(\\delta_{ik} + \\sigma(\\mathbf{q}, k))", "refuted"),
    ],
)
def test_a_function_of_a_vector_and_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """Wikipedia's σ(q, i) after σ(z)_i = …: σ at another vector q, taken at the entry i."""
    text = SOFTMAX + f"$$\\frac{{\\partial}}{{\\partial q_k}}\\sigma(\\mathbf{{q}}, i) = {claim}.$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_at_another_vector_and_an_index_its_sum_runs_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """σ(q)_j, j the letter of the body's own sum: the sum's index renamed apart, nothing captured."""
    claim = f"\\sigma(\\mathbf{{q}})_j(\\delta_{{jk}} {sign} \\sigma(\\mathbf{{q}})_k)"
    text = SOFTMAX + f"$$\\frac{{\\partial}}{{\\partial q_k}}\\sigma(\\mathbf{{q}})_j = {claim}.$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


def test_at_a_letter_the_body_uses_otherwise_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SOFTMAX + "$$\\sigma(\\mathbf{q})_K = \\frac{e^{q_K}}{\\sum_{j=1}^K e^{q_j}}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("a letter its definition (line 1) uses too" in reason for reason in unchecked)


NORMAL = "$$J(\\theta) = \\frac{1}{2}(X\\theta - \\vec{y})^T(X\\theta - \\vec{y})$$\n\n"


def test_a_vector_of_another_length_is_named_with_the_key_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CS229's Xθ − y with X m×n: y's length is not given, and the message says how to give it."""
    text = "---\nsizes: {m: symbolic}\narrays: {X: [m, n], \\theta: [n]}\nvectors: [y]\n---\n\n" + NORMAL
    text += "$$\\nabla_\\theta J(\\theta) = X^T X \\theta - X^T \\vec{y}$$\n"
    _, unchecked = statuses(tmp_path, capsys, text)
    assert any("(if y has length m, give it under arrays, as in arrays: {y: [m]})" in u for u in unchecked)


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_the_normal_equations_with_the_lengths_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    text = "---\nsizes: {m: symbolic}\narrays: {X: [m, n], \\theta: [n], y: [m]}\n---\n\n" + NORMAL
    text += f"$$\\nabla_\\theta J(\\theta) = X^T X \\theta {sign} X^T \\vec{{y}}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(8, status)]


@pytest.mark.parametrize(("entry", "status"), [("k", "proven"), ("i", "refuted")])
def test_at_its_own_vector_and_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, status: str
) -> None:
    claim = f"\\sigma(\\mathbf{{z}})_i(\\delta_{{ik}} - \\sigma(\\mathbf{{z}}, {entry}))"
    text = SOFTMAX + f"$$\\frac{{\\partial}}{{\\partial z_k}}\\sigma(\\mathbf{{z}}, i) = {claim}.$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]
