"""A numeral in parentheses over a name that carries a subscript labels the layer (``derive.read.script_labels``):
Bishop's ``w^{(1)}_{ji}`` and ``w_{kj}^{(2)}`` are two arrays, never the entries raised to a power. Each reading is
checked through ``derive check``: the right claim proven, a false one refuted; what reads two ways stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.test_reads_pages import statuses

NETWORK = "---\n---\n$$z_j = \\sum_i w^{(1)}_{ji} x_i, \\qquad y_k = \\sum_j w_{kj}^{(2)} z_j$$\n\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("w^{(1)}_{ji}", ["w_1", "_", "{", "j", "i", "}"]),
        ("w_{kj}^{(2)}", ["w_2", "_", "{", "k", "j", "}"]),
        ("x^{(2)}", ["x", "^", "{", "(", "2", ")", "}"]),  # no subscript: a label or a power, refused later
        ("f_k^{(2)}(x)", ["f", "_", "k", "^", "{", "(", "2", ")", "}", "(", "x", ")"]),  # a derivative's order?
        ("w_j^{(0)}", ["w", "_", "j", "^", "{", "(", "0", ")", "}"]),
    ],
)
def test_a_numbered_label_with_a_subscript_is_one_name(text: str, values: list[str]) -> None:
    assert [t.value for t in tokenize(text)] == values


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial y_k}{\\partial w^{(1)}_{ji}} = w_{kj}^{(2)} x_i", "proven"),
        ("\\frac{\\partial y_k}{\\partial w^{(1)}_{ji}} = w_{kj}^{(1)} x_i", "refuted"),  # the other layer's
        ("\\frac{\\partial y_k}{\\partial w_{kj}^{(2)}} = z_j", "proven"),
        ("\\frac{\\partial y_k}{\\partial w_{kj}^{(2)}} = z_k", "refuted"),
        ("\\frac{\\partial z_j}{\\partial w_{ji}^{(1)}} = x_i", "proven"),  # the label after the subscript too
        ("\\frac{\\partial z_j}{\\partial w_{ji}^{(1)}} = x_j", "refuted"),
    ],
)
def test_two_layers_weights_are_two_arrays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, NETWORK + f"$${claim}$$\n")[0] == [(5, status)]


@pytest.mark.parametrize(
    "claim",
    [
        "\\frac{d}{dx} f_k^{(2)}(x) = 0",  # f_k's second derivative, or f_k labelled 2, applied?
        "\\frac{d}{dx} x^{(2)} = 2 x",  # no subscript, no example: a label or the power 2
    ],
)
def test_what_reads_two_ways_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${claim}$$\n")
    assert found == []
    assert ["can be read two ways" in reason for reason in unchecked] == [True]


def test_a_layer_s_weights_written_without_the_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """w_{kj} beside w^{(1)}_{ji} and w^{(2)}_{kj} (Bishop's δ_j = h'(a_j) Σ_k w_{kj} δ_k): layer 2's weight, or an
    array w of its own? Read as w's, this right claim was refuted."""
    claim = "\\frac{\\partial y_k}{\\partial w^{(1)}_{ji}} = w_{kj} x_i"
    found, unchecked = statuses(tmp_path, capsys, NETWORK + f"$${claim}$$\n")
    assert found == []
    assert any("w with a subscript beside w^{(1)}, w^{(2)} can be read two ways" in r for r in unchecked)


def test_a_calligraphic_name_applied_to_a_bold_vector_is_no_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Murphy's μ_n = 𝒮(a_n) with a_n bold: 𝒮 applied (a function) or 𝒮 times a_n? Read as a product, the
    softmax Jacobian beside it was refuted; the definition is refused, naming both readings."""
    text = (
        "---\nlength: C\n---\nHere $\\boldsymbol{\\mu}_n = \\mathcal{S}(\\mathbf{a}_n)$ is the softmax.\n\n"
        "$$\\frac{\\partial \\mu_c}{\\partial a_j} = \\mu_c(\\delta_{cj} - \\mu_j)$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("\\mathcal{S}(…) with \\mathcal{S} undeclared can be read two ways" in reason for reason in unchecked)


@pytest.mark.parametrize(
    ("softmax", "claim", "status"),
    [
        ("\\mathcal{S}(a_c)", "\\mu_c(\\delta_{cj} - \\mu_j)", None),  # μ unread: no constant, no refutation
        ("\\frac{e^{a_c}}{\\sum_k e^{a_k}}", "\\mu_c(\\delta_{cj} - \\mu_j)", "proven"),
        ("\\frac{e^{a_c}}{\\sum_k e^{a_k}}", "\\mu_c(\\delta_{cj} + \\mu_j)", "refuted"),
    ],
)
def test_a_name_whose_definition_is_unread_is_no_constant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], softmax: str, claim: str, status: str | None
) -> None:
    """∂μ_c/∂a_j by a defined a, μ's own definition unreadable (𝒮 applied, or a product?): read as a constant, a
    right Jacobian was refuted; it is refused, pointing at the definition derive could not read."""
    text = (
        f"---\n---\nHere $\\mu_c = {softmax}$ and $a_c = w x_c$.\n\n"
        f"$$\\frac{{\\partial \\mu_c}}{{\\partial a_j}} = {claim}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == ([] if status is None else [(5, status)])
    if status is None:
        assert any(
            "∂\\mu_c/∂a_j needs the page's definition of \\mu_c, which derive could not read" in r for r in unchecked
        )


LAYER_L = "---\n---\nThe weighted input is $z^{(l)}_j = \\sum_k w^{(l)}_{jk} a^{(l-1)}_k + b^{(l)}_j$.\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial z^{(l)}_j}{\\partial w^{(l)}_{jk}} = a^{(l-1)}_k", "proven"),
        ("\\frac{\\partial z^{(l)}_j}{\\partial w^{(l)}_{jk}} = a^{(l-1)}_j", "refuted"),
        ("\\frac{\\partial z^{(l)}_j}{\\partial a_k^{(l-1)}} = w_{jk}^{(l)}", "proven"),
        ("\\frac{\\partial z^{(l)}_j}{\\partial a_k^{(l-1)}} = w_{kj}^{(l)}", "refuted"),
    ],
)
def test_a_layer_s_letter_in_parentheses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """z^{(l)}_j, w^{(l)}_{jk}, a^{(l-1)}_k are Nielsen's z^l_j, w^l_{jk}, a^{l-1}_k: names of their own."""
    assert statuses(tmp_path, capsys, LAYER_L + f"$${claim}$$\n")[0] == [(5, status)]


def test_a_layer_s_letter_in_parentheses_that_a_sum_binds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_l over z^{(l)}_j: the layer would change with l (an example's number, or a layer?): refused."""
    text = "---\n---\n$$E = \\sum_l \\sum_j z^{(l)}_j$$\n\n$$\\frac{\\partial E}{\\partial z^{(l)}_j} = 1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("with l also a name of the page can be read two ways" in reason for reason in unchecked)


@pytest.mark.parametrize(
    "front",
    [
        "---\ndefine:\n  z^{(2)}_k: \\sum_j w^{(2)}_{kj} a^{(1)}_j\n---\n$$1 = 1$$\n",  # a key of the front matter
        "---\n---\n$$z^{(2)}_k = \\sum_j w^{(2)}_{kj} a^{(1)}_j$$\n",  # a definition on the page
    ],
)
@pytest.mark.parametrize(("side", "status"), [("w^{(2)}_{kj}", "proven"), ("w^{(2)}_{jk}", "refuted")])
def test_a_numbered_name_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, side: str, status: str
) -> None:
    claim = f"\\frac{{\\partial z^{{(2)}}_k}}{{\\partial a^{{(1)}}_j}} = {side}"
    found, _ = statuses(tmp_path, capsys, front + f"\n$${claim}$$\n")
    assert found[-1:] == [(found[-1][0], status)]


def test_a_message_names_a_layer_s_entry_with_its_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂E²/∂w^{(1)}_{ji} with E undefined (and not alone, as a loss of the output would be: ``derive.read.upstream``)
    is refused; the message writes the entry (w_1)_ji, not w_1_ji."""
    text = NETWORK + "$$\\frac{\\partial E^2}{\\partial w^{(1)}_{ji}} = x_i$$\n"
    _, unchecked = statuses(tmp_path, capsys, text)
    assert any("∂/∂(w_1)_ji" in reason or "(w_1)_ji" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(("claim", "status"), [("w_{jk}^{(l)}", "proven"), ("w_{kj}^{(l)}", "refuted")])
def test_a_layer_s_letter_in_parentheses_after_the_subscript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """``z_j^{(l)} = …``, the subscript first: the same head as ``z^{(l)}_j`` (TeX sets both alike). It was checked
    as a claim about a free z^l, and refuted."""
    text = (
        "---\n---\n$$z_j^{(l)} = \\sum_k w_{jk}^{(l)} a_k^{(l-1)} + b_j^{(l)}$$\n\n"
        f"$$\\frac{{\\partial z_j^{{(l)}}}}{{\\partial a_k^{{(l-1)}}}} = {claim}$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


def test_an_entry_of_a_numbered_layer_is_no_definition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``y_1^{(1)} = 0``: entry 1 of layer 1's y, a claim (as ``β_0 = …`` is); read as a definition with the index
    '1' as its parameter, the whole file stopped (exit 2, "index '1' is not a name")."""
    found, _ = statuses(tmp_path, capsys, "---\n---\n$$y_1^{(1)} = 0$$\n\n$$y_1^{(1)} = y_1^{(1)} + 0$$\n")
    assert found == [(3, "refuted"), (5, "proven")]
