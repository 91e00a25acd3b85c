"""A loss the page never defines, differentiated (``derive.read.upstream``): an arbitrary function of the page's
output, so that ∂ℓ/∂y_t is given and ∂ℓ/∂v goes through y's definition (Bendersky's fully connected layer, Ioffe &
Szegedy's batch norm). False twins are refuted by a concrete ℓ; what the reading cannot settle is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_script_labels import report

LAYER = (
    "---\n---\nThe forward pass computes $y = Wx$:\n\n$$y_t = \\sum_{j=1}^{n} W_{tj}x_j.$$\n\n"
    "Given the gradient of the loss $L$ with respect to the output,\n\n"
    "$$\\frac{\\partial L}{\\partial W_{ij}} = \\sum_{t=1}^{n} \\frac{\\partial L}{\\partial y_t}"
    "\\frac{\\partial y_t}{\\partial W_{ij}} = {SIDE}$$\n"
)
READING = "L, which the page never defines, read as an arbitrary function of y alone"


@pytest.mark.parametrize(
    ("side", "status"),
    [("\\frac{\\partial L}{\\partial y_i}\\, x_j", "proven"), ("\\frac{\\partial L}{\\partial y_j}\\, x_i", "refuted")],
)
def test_the_gradient_of_a_layers_weights_goes_through_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    links, shown = report(tmp_path, capsys, LAYER.replace("{SIDE}", side))
    assert links == [(5, "proven"), (9, "proven"), (9, status)]
    assert READING in shown
    assert "(cross-check proven at n = 2)" in shown  # ℓ of n arguments: one size (derive.check.cross_check)


def test_a_counterexample_gives_the_loss_and_the_inputs_not_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The output y is computed from W and x: a counterexample names ℓ and those, never y as if it were free."""
    path = tmp_path / "d.md"
    path.write_text(LAYER.replace("{SIDE}", "\\frac{\\partial L}{\\partial y_j}\\, x_i"), encoding="utf-8")
    main(["check", str(path), "--timeout", "120", "--budget", "600"])  # a loaded machine is slow
    refuted = next(line for line in capsys.readouterr().out.splitlines() if "refuted — counterexample" in line)
    assert "L(t_1, t_2) = " in refuted and "x_1 = " in refuted
    assert "y_1" not in refuted and "y_2" not in refuted


NEURON = (
    "---\n---\nA neuron computes $z = w x + b$. With the loss $L$,\n\n"
    "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z} \\frac{\\partial z}{\\partial w}"
    " = {SIDE}$$\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [("\\frac{\\partial L}{\\partial z} x", "proven"), ("\\frac{\\partial L}{\\partial z} w", "refuted")],
)
def test_a_loss_of_one_number(tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str) -> None:
    links, shown = report(tmp_path, capsys, NEURON.replace("{SIDE}", side))
    assert links == [(5, "proven"), (5, status)]
    assert "L, which the page never defines, read as an arbitrary function of z alone" in shown


SCALE = (
    "---\n---\n$$y_i = \\gamma x_i + \\beta$$\n\nThe gradient of the loss $\\ell$:\n\n"
    "$$\\frac{\\partial \\ell}{\\partial x_i} = {BY_X}$$\n\n$$\\frac{\\partial \\ell}{\\partial \\beta} = {BY_BETA}$$\n"
)


@pytest.mark.parametrize(
    ("by_x", "by_beta", "statuses"),
    [
        (
            "\\frac{\\partial \\ell}{\\partial y_i} \\gamma",
            "\\sum_i \\frac{\\partial \\ell}{\\partial y_i}",
            ("proven",) * 2,
        ),
        (
            "\\frac{\\partial \\ell}{\\partial y_i}",
            "\\sum_i \\frac{\\partial \\ell}{\\partial y_i}",
            ("refuted", "proven"),
        ),
        (
            "\\frac{\\partial \\ell}{\\partial y_i} \\gamma",
            "\\frac{\\partial \\ell}{\\partial y_i}",
            ("proven", "refuted"),
        ),
    ],
)
def test_a_scale_and_shift_by_every_input_and_parameter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], by_x: str, by_beta: str, statuses: tuple[str, str]
) -> None:
    """Each x_i reaches ℓ through y_i alone; β through every y_i (ℓ arbitrary: a sum of all of them)."""
    links, _ = report(tmp_path, capsys, SCALE.replace("{BY_X}", by_x).replace("{BY_BETA}", by_beta))
    assert [status for _, status in links] == list(statuses)


def test_a_page_with_two_outputs_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """y and h both computed, neither used: ℓ of which is not said."""
    text = (
        "---\n---\n$$y_i = \\gamma x_i + \\beta$$\n\n$$h_i = x_i^2$$\n\n"
        "$$\\frac{\\partial \\ell}{\\partial \\beta} = \\sum_i \\frac{\\partial \\ell}{\\partial y_i}$$\n"
    )
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "the page's definitions have no one output that no other uses (h, y)" in shown


def test_a_variable_the_output_is_not_made_of_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂ℓ/∂c = 0 would hold by the reading alone (ℓ of y only), not by anything the page says."""
    text = "---\n---\n$$y_i = \\gamma x_i + \\beta$$\n\n$$\\frac{\\partial \\ell}{\\partial c} = 0$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "y is not made of c; that reading alone makes it 0" in shown


def test_with_nothing_defined_the_loss_still_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n$$\\frac{\\partial L}{\\partial w} = 0$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "can be read two ways" in shown


def test_a_derivative_of_the_loss_on_one_side_only_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """∂ℓ/∂y_i = y_i − t_i says what ℓ is: false of every ℓ, though the page may well mean a loss of its own."""
    text = (
        "---\n---\n$$y_i = \\gamma x_i + \\beta$$\n\n$$\\frac{\\partial \\ell}{\\partial y_i} = y_i - t_i$$\n\n"
        "$$\\frac{\\partial \\ell}{\\partial \\beta} = \\sum_i \\frac{\\partial \\ell}{\\partial y_i}$$\n"
    )
    links, shown = report(tmp_path, capsys, text)
    assert links == [(7, "proven")]
    assert "line 5: not checked — unreadable: \\ell, which the page never defines, can be read two ways" in shown
    assert "a derivative of it on one side only says what it is, false of every loss of y" in shown


ERROR_TERM = (
    "---\n---\nLet $z_i = \\sum_j W_{ij} x_j + b_i$ and define the error "
    "$\\delta_i = \\frac{\\partial L}{\\partial z_i}$."
    "\n\n$$\\frac{\\partial L}{\\partial b_i} = \\delta_i$$\n\n$$\\frac{\\partial L}{\\partial W_{ij}} = {SIDE}$$\n"
)


@pytest.mark.parametrize(("side", "status"), [("\\delta_i x_j", "proven"), ("\\delta_j x_i", "refuted")])
def test_an_error_term_named_by_the_loss_gradient_at_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """δ_i = ∂L/∂z_i, backpropagation's error: read once z is, L the loss at the end of z; δ is no step of it."""
    links, shown = report(tmp_path, capsys, ERROR_TERM.replace("{SIDE}", side))
    assert links == [(5, "proven"), (7, status)]
    assert "read as an arbitrary function of z alone" in shown


WHOLE_ERROR = (
    "---\n---\nLet $\\mathbf{z} = \\mathbf{W}\\mathbf{x} + \\mathbf{b}$ with "
    "$\\mathbf{W} \\in \\mathbb{R}^{m \\times d}$, "
    "$\\mathbf{x} \\in \\mathbb{R}^{d}$ and $\\mathbf{b} \\in \\mathbb{R}^{m}$. Write "
    "$\\boldsymbol{\\delta} = \\frac{\\partial L}{\\partial \\mathbf{z}}$.\n\n"
    "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = {SIDE}$$\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [("\\boldsymbol{\\delta} \\mathbf{x}^T", "proven"), ("\\mathbf{x} \\boldsymbol{\\delta}^T", "refuted")],
)
def test_a_whole_error_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str) -> None:
    links, shown = report(tmp_path, capsys, WHOLE_ERROR.replace("{SIDE}", side))
    assert links == [(5, status)]
    assert status == "proven" or "different shapes, m×d and d×m" in shown


BACKWARD = (
    "---\n---\nLet $z_i = \\sum_j W_{ij} x_j$ and define $\\delta_j = \\frac{\\partial L}{\\partial x_j}$.\n\n"
    "$$\\delta_j = {SIDE}$$\n"
)


@pytest.mark.parametrize(
    ("side", "status"),
    [
        ("\\sum_i W_{ij} \\frac{\\partial L}{\\partial z_i}", "proven"),
        ("\\sum_i W_{ji} \\frac{\\partial L}{\\partial z_i}", "refuted"),
    ],
)
def test_an_error_term_by_the_input_goes_through_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    links, _ = report(tmp_path, capsys, BACKWARD.replace("{SIDE}", side))
    assert links == [(5, status)]


def test_an_error_term_with_nothing_computed_stays_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """δ = ∂L/∂z with z defined nowhere: L a constant or a loss of z, and nothing says which."""
    text = "---\n---\nDefine $\\delta = \\frac{\\partial L}{\\partial z}$.\n\n"
    text += "$$\\frac{\\partial L}{\\partial z} = 2\\delta$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "the inline definition of \\delta could not be read" in shown
