"""An output written by its entries and again in matrix form (``derive.read.restated_output``): ``y_j = b_j +
\\sum_i x_i w_{ij}`` beside ``Y = XW + B`` is one output, so the loss the page never defines is the loss of y; a
capital that is not y's matrix form, or one made of matrices the page writes out with dots, keeps the refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_script_labels import report

LAYER = (
    "The value of each output neuron can be calculated as the following:\n\n"
    "$$\ny_{j}=b_{j}+\\sum_{i}x_{i}w_{i j}\n$$\n\n"
    "With matrices, we can compute this formula for every output neuron using a dot product:\n\n"
    "$$\n{MATRIX}\n$$\n\n"
    "First, we need to compute the derivative of the error with respect to the input.\n\n"
    "$$\n{\\frac{\\partial E}{\\partial b_{j}}}={SIDE}\n$$\n"
)
READING = "E, which the page never defines, read as an arbitrary function of y alone"
TWO_WAYS = "E, which the page never defines, can be read two ways"


@pytest.mark.parametrize(
    "side", ["{\\frac{\\partial E}{\\partial y_{j}}}", "{\\frac{\\partial E}{\\partial y_{j}}} x_{j}"]
)
def test_the_matrix_form_of_the_output_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str
) -> None:
    """Y = XW + B beside y_j = …: one example's outputs restated, or a batch's (one row per example), whose loss sums
    over the rows; ∂E/∂b_j = ∂E/∂y_j had been proven where the prose said the rows were a batch's (a probe's)."""
    links, shown = report(tmp_path, capsys, LAYER.replace("{MATRIX}", "Y = XW + B").replace("{SIDE}", side))
    assert links == []
    assert TWO_WAYS in shown and "the outputs of a batch, one row per example" in shown


@pytest.mark.parametrize("matrix", ["Y = XW", "Y = XW - B", "Y = XW + C", "Z = XW + B"])
def test_a_capital_that_is_not_the_outputs_matrix_form_keeps_the_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], matrix: str
) -> None:
    """Without B, with its sign or a letter changed, or named otherwise, the capital is another output."""
    side = "{\\frac{\\partial E}{\\partial y_{j}}}"
    links, shown = report(tmp_path, capsys, LAYER.replace("{MATRIX}", matrix).replace("{SIDE}", side))
    assert links == []
    assert TWO_WAYS in shown and "no one output that no other uses" in shown


def test_matrices_written_out_with_dots_leave_the_output_unsettled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """W written out (rows to j, columns to i: a j×i matrix, where XW needs i×j): whether Y is y is refused."""
    written = (
        "W=\\begin{bmatrix}\nw_{11} & \\cdots & w_{1i} \\\\\n\\vdots & \\ddots & \\vdots \\\\\n"
        "w_{j1} & \\cdots & w_{ji}\n\\end{bmatrix}\n$$\n\n$$\nY = XW + B"
    )
    side = "{\\frac{\\partial E}{\\partial y_{j}}}"
    links, shown = report(tmp_path, capsys, LAYER.replace("{MATRIX}", written).replace("{SIDE}", side))
    assert links == []
    assert TWO_WAYS in shown
    assert "Y restates y in matrix form only if W has the shape y's entries give it" in shown


def test_on_a_page_of_examples_the_matrix_form_may_be_a_batchs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With examples t^{(k)} on the page, Y = XW + B may be a batch's outputs beside one example's y: refused."""
    side = "{\\frac{\\partial E}{\\partial y_{j}}}"
    batch = "\n\nThe batch:\n\n$$\\sum_{k=1}^{m} 2 t^{(k)} = 2 \\sum_{k=1}^{m} t^{(k)}$$\n"
    links, shown = report(tmp_path, capsys, LAYER.replace("{MATRIX}", "Y = XW + B").replace("{SIDE}", side) + batch)
    assert (16, "proven") not in links
    assert TWO_WAYS in shown and "no one output that no other uses (Y, y)" in shown
