"""Constructs of Murphy's gradient of the multinomial logistic regression's NLL (PML1 10.3), each in a small
example of our own checked through ``derive check``: a definition that uses a vector's entries before the vector is
defined whole on the same line (``\\text{NLL} = -\\sum_c y_c \\log \\mu_c``, then ``\\boldsymbol{\\mu} =
\\mathcal{S}(\\mathbf{a})``), and an upright name after ``\\nabla_{…}`` (the gradient's operand, not a remark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SOFTMAX = "---\ndefine:\n  \\mathcal{S}(\\mathbf{a}): \\operatorname{softmax}(\\mathbf{a})\n---\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial \\text{NLL}}{\\partial a_j} = \\mu_j \\sum_c y_c - y_j", "proven"),
        ("\\frac{\\partial \\text{NLL}}{\\partial a_j} = \\mu_j - y_j", "refuted"),  # y is not said to sum to 1
    ],
)
def test_a_definition_before_the_vector_it_uses_is_defined_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """μ_c in NLL's body was 'μ takes no subscript': NLL was read before μ = S(a) made μ a vector."""
    prose = "The loss is $\\text{NLL} = -\\sum_c y_c \\log \\mu_c$ "
    prose += "where $\\boldsymbol{\\mu} = \\mathcal{S}(\\mathbf{a})$.\n\n"
    found, unchecked = statuses(tmp_path, capsys, SOFTMAX + prose + f"$${claim}$$\n")
    assert found == [(7, status)]
    assert not any("could not be read" in reason for reason in unchecked)


@pytest.mark.parametrize(("factor", "status"), [("2", "proven"), ("3", "refuted")])
def test_an_upright_name_after_nabla_is_its_operand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """``\\nabla_{w} \\text{SE}`` was 'a remark after the math' (\\text{SE} taken for words ending the row)."""
    text = "---\n---\nThe error is $\\text{SE} = (w x - t)^2$.\n\n"
    text += f"$$\\nabla_{{w}} \\text{{SE}} = {factor}(w x - t) x$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


def test_the_message_names_the_front_matter_that_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """𝒮 applied to the page's vector a, undeclared: the message names ``\\mathcal{S}(a): …`` (it said ``(x)``, and
    ``\\mathcal{S}(x): \\operatorname{softmax}(x)``, x no vector, was 'softmax of a number'); written so, the Jacobian
    reads: the right one proven, a false one refuted."""
    prose = "Here $\\boldsymbol{\\mu} = \\mathcal{S}(\\mathbf{a})$.\n\n"
    claims = (
        "$$\\frac{\\partial \\mu_c}{\\partial a_j} = \\mu_c(\\delta_{cj} - \\mu_j)$$\n\n"
        "$$\\frac{\\partial \\mu_c}{\\partial a_j} = \\mu_j(1 - \\mu_c)$$\n"
    )
    _, unchecked = statuses(tmp_path, capsys, "---\n---\n" + prose + claims)
    assert any("declared under define as \\mathcal{S}(a): …" in reason for reason in unchecked), unchecked
    front = "---\ndefine:\n  \\mathcal{S}(a): \\operatorname{softmax}(a)\n---\n"
    assert statuses(tmp_path, capsys, front + prose + claims)[0] == [(7, "proven"), (9, "refuted")]


@pytest.mark.parametrize(
    ("gradient", "status"), [("(\\mu_j - y_j) \\mathbf{x}", "proven"), ("(y_j - \\mu_j) \\mathbf{x}", "refuted")]
)
def test_the_gradient_by_a_row_through_a_function_of_a_defined_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """𝒮(a) of a vector the page defines (a = Wx, its rows w_j): the front matter's 𝒮(a) no longer keeps the page
    from defining a (its parameter is no name of the page), and is read once a is the vector it is defined as."""
    front = "---\ndefine:\n  \\mathcal{S}(a): \\operatorname{softmax}(a)\nassume: [y one-hot]\n---\n"
    prose = (
        "The loss is $\\text{NLL} = -\\sum_c y_c \\log \\mu_c$, where $\\boldsymbol{\\mu} = \\mathcal{S}(\\mathbf{a})$ "
        "and $\\mathbf{a} = \\mathbf{W}\\mathbf{x}$, $\\mathbf{w}_j$ the weights of class $j$.\n\n"
    )
    found, _ = statuses(
        tmp_path, capsys, front + prose + f"$$\\nabla_{{\\mathbf{{w}}_j}} \\text{{NLL}} = {gradient}$$\n"
    )
    assert found == [(8, status)]
