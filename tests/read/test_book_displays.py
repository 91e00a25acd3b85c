"""Displays as books set them: a definition ending in a period and an equation number (``ζ(x) = …. \\tag{3.31}``)
still defines, and an integral's differential (``\\int σ(y)\\, dy``) names no d that would make every d/dx read
two ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[str], str]:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n" + text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    return [link["status"] for link in report["links"]], " ".join(u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize("number", ["\\tag{3.31}", "\\tag*{(3.31)}", "\\label{eq:softplus}", "\\notag"])
@pytest.mark.parametrize(("derivative", "status"), [("\\frac{1}{1+\\exp(-x)}", "proven"), ("\\exp(x)", "refuted")])
def test_a_definition_with_an_equation_number_after_its_period_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str, derivative: str, status: str
) -> None:
    text = (
        f"$$\n\\zeta(x) = \\log\\left(1 + \\exp(x)\\right). {number}\n$$\n\n"
        f"$$\\frac{{d}}{{dx}}\\zeta(x) = {derivative}$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == [status]
    assert "a definition of \\zeta(x)" in notes


@pytest.mark.parametrize(
    ("derivative", "status"), [("\\sigma(x)(1 - \\sigma(x))", "proven"), ("\\sigma(x)", "refuted")]
)
def test_an_integral_s_differential_is_no_name_d(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str, status: str
) -> None:
    text = (
        "$$\\sigma(x) = \\frac{1}{1 + \\exp(-x)}$$\n\n"
        f"$$\\frac{{d}}{{dx}}\\sigma(x) = {derivative}$$\n\n"
        "$$\\zeta(x) = \\int_{-\\infty}^{x} \\sigma(y)\\, dy$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == [status]
    assert "with d declared as a name" not in notes


ALIGNED = """Forward propagation:

\\begin{{align}}
a_j &= \\sum_{{i=1}}^{{D}} w_{{ji}} x_i \\\\
z_j &= \\tanh(a_j)
\\end{{align}}

Then

$$\\frac{{\\partial z_j}}{{\\partial x_i}} = {derivative}$$
"""


@pytest.mark.parametrize(("derivative", "status"), [("(1 - z_j^2) w_{ji}", "proven"), ("(1 - z_j) w_{ji}", "refuted")])
def test_each_row_of_an_align_of_definitions_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str, status: str
) -> None:
    """Bishop's forward pass: the second row defines z_j as the first defines a_j (it was checked as a claim about
    a free z, and refuted)."""
    found, notes = statuses(tmp_path, capsys, ALIGNED.format(derivative=derivative))
    assert found == [status]
    assert "a definition of z_j" in notes


def test_a_row_naming_a_defined_value_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A row whose name is already defined is an equation to check, not a second definition."""
    text = "$$z_j = \\tanh(a_j)$$\n\n\\begin{align}\na_j &= 2 x_j \\\\\nz_j &= \\tanh(x_j)\n\\end{align}\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == ["refuted"]


@pytest.mark.parametrize(
    "remark",
    [
        "\\quad \\text{for} \\; c = 1 \\cdots C",
        ", \\quad \\text{for } c = 1, \\dots, C",
        ", \\forall c = 1, \\ldots, C",
    ],
)
@pytest.mark.parametrize(("jacobian", "status"), [("y_i (\\delta_{ij} - y_j)", "proven"), ("y_i y_j", "refuted")])
def test_a_definition_with_a_remark_giving_every_value_of_its_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], remark: str, jacobian: str, status: str
) -> None:
    """Roelants' y_c = … \\quad \\text{for} c = 1 ⋯ C defines y_c for every c (it was checked as a claim about a
    free y, and refuted)."""
    text = (
        f"$$\ny_c = \\frac{{e^{{z_c}}}}{{\\sum_{{d=1}}^C e^{{z_d}}}} {remark}\n$$\n\n"
        f"$$\n\\frac{{\\partial y_i}}{{\\partial z_j}} = {jacobian}\n$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == [status]
    assert "a definition of y_c" in notes


@pytest.mark.parametrize(("right", "status"), [("\\sigma(z)(1 - \\sigma(z))", "proven"), ("\\sigma(z)", "refuted")])
def test_a_function_whose_parameter_is_also_a_vector_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """CS231n's σ(x) = 1/(1 + e^{−x}) on a page whose x is a vector (w_0 x_0 + …): x bare in the body is the
    function's parameter, not a label naming the vector x (σ was read as a value, and could not be read)."""
    text = (
        "With $f = \\sigma(w_1 x_1 + w_2 x_2)$ and $\\sigma(x) = \\frac{1}{1+e^{-x}}$,\n\n"
        f"$$\\frac{{d}}{{dz}} \\sigma(z) = {right}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [status]


@pytest.mark.parametrize(("right", "status"), [("\\frac{e^{-x}}{(1+e^{-x})^2}", "proven"), ("e^{-x}", "refuted")])
def test_a_right_arrow_between_equations_and_a_horizontal_space(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """CS231n writes "σ(x) = … \\\\ \\rightarrow \\hspace{0.3in} \\frac{dσ(x)}{dx} = …": the arrow starts an equation
    of its own, as \\Rightarrow does, and the space shows no math."""
    text = (
        "$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n\n"
        "$$\\frac{1}{2} = \\frac{1}{2} \\rightarrow \\hspace{0.3in} "
        f"\\frac{{d\\sigma(x)}}{{dx}} = {right}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == ["proven", status]


@pytest.mark.parametrize(("right", "status"), [("\\sum_i w_i x_i", "proven"), ("\\sum_i x_i w_i^2", "refuted")])
def test_vec_is_typography_and_a_sentence_that_defines_states_no_assumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """\\vec{x} is the vector x, as \\mathbf{x} is; "Given a training set, define … $J = …$" before a display
    defines and assumes nothing (it was refused as an assumption derive cannot read)."""
    text = (
        "Given a training set, define $x_i$ as the inputs and let $J = 1$ be a cost.\n\n"
        f"$$\\vec{{w}} \\cdot \\vec{{x}} = {right}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [status]


TF = """For logits $x$ and labels $z$, the logistic loss, with the sigmoid $\\sigma$, is

$$z \\cdot -\\log(\\sigma(x)) + (1 - z) \\cdot -\\log(1 - \\sigma(x))$$

$$= z \\cdot \\log(1 + e^{{-x}}) + (1 - z) \\cdot \\left(x + \\log(1 + e^{{-x}})\\right)$$

$$= {last}$$
"""


@pytest.mark.parametrize(
    ("last", "status"), [("x - x z + \\log(1 + e^{-x})", "proven"), ("x + \\log(1 + e^{-x})", "refuted")]
)
def test_a_display_of_one_expression_opens_the_chain_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """TensorFlow's logistic loss: the loss alone on a display, then "= …" displays go on from it (they were
    'continuing nothing'); a product sign before a minus, z \\cdot -\\log p, is z times −log p."""
    found, _ = statuses(tmp_path, capsys, TF.format(last=last))
    assert found == ["proven", status]


def test_a_display_going_on_from_one_that_could_not_be_read_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, notes = statuses(tmp_path, capsys, "$$f(x) + 1$$\n\n$$= 1 + f(x)$$\n")
    assert found == []
    assert "continuing the display at line 3, which could not be read (f(…) with f undeclared" in notes


@pytest.mark.parametrize(
    ("entry", "status"),
    [
        ("\\sigma(\\mathbf{z})_i (\\delta_{ij} - \\sigma(\\mathbf{z})_j)", "proven"),
        ("\\sigma(\\mathbf{z})_i (\\delta_{ij} + \\sigma(\\mathbf{z})_j)", "refuted"),
        ("\\sigma(\\mathbf{x})_i (\\delta_{ij} - x_j)", "refuted"),  # σ at x, a vector σ is not made of: applied
    ],
)
def test_a_vector_function_defined_by_its_entries_as_wikipedia_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, status: str
) -> None:
    """σ(𝐳)_i = e^{z_i}/Σ_j e^{z_j} \\quad for i = 1, …, K: the vector σ of z, entry by entry (it read two ways)."""
    text = (
        "$$\\sigma(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j=1}^K e^{z_j}} \\quad \\text{for } i = 1, \\dots, K.$$\n\n"
        f"$$\\frac{{\\partial}}{{\\partial z_j}} \\sigma(\\mathbf{{z}})_i = {entry}$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == ([] if status == "unreadable" else [status])
    assert (status == "unreadable") == ("which \\sigma does not depend on" in notes)


@pytest.mark.parametrize(("denominator", "status"), [("\\sum_j e^{z_j}", "proven"), ("\\sum_j e^{2 z_j}", "refuted")])
def test_a_softmax_written_by_its_entries_is_checked_not_redefined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], denominator: str, status: str
) -> None:
    """softmax(𝐳)_i = … on a display of its own is a claim about the function derive knows (a wrong one is
    refuted), not a definition of a vector named softmax, as σ(𝐳)_i = … is."""
    found, _ = statuses(
        tmp_path, capsys, f"$$\\text{{softmax}}(\\mathbf{{z}})_i = \\frac{{e^{{z_i}}}}{{{denominator}}}$$\n"
    )
    assert found == [status]


def test_a_list_in_parentheses_after_a_name_says_what_it_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """f(w, x) with f no function of the page: one line saying a list reads only as a function's arguments (it
    said "expected ')' but found ','")."""
    found, notes = statuses(tmp_path, capsys, "$$f(w, x) + 1 = 1 + f(w, x)$$\n")
    assert found == []
    assert "a list in parentheses, (a, b), reads only as the arguments of a function the page defines" in notes
