"""A loss the page never defines, of an output with two indices (``derive.read.upstream_arrays``): D_{ij} = Σ_k W_ik
X_kj defined by its entries, ℓ an arbitrary function of D, ∂ℓ/∂W_dc = Σ_{s,t} ∂ℓ/∂D_st ∂D_st/∂W_dc. The chain rule is
proven for every size; its false twins (a transposed index, a wrong factor) are refuted by a concrete ℓ of D's
entries and concrete inputs; a derivative by D's entries of anything but such a loss is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses
from tests.read.test_script_labels import report

PRODUCT = (
    "---\n---\nThe product is\n\n$$D_{ij} = \\sum_k W_{ik} X_{kj}$$\n\nand for a function $f$ of it,\n\n"
    "$$\\frac{\\partial f}{\\partial W_{dc}} = \\sum_{j} {SIDE}$$\n"
)
READING = "f, which the page never defines, read as an arbitrary function of D alone"


def test_the_gradient_of_a_product_goes_through_its_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    side = "\\frac{\\partial f}{\\partial D_{dj}} X_{cj}"
    links, shown = report(tmp_path, capsys, PRODUCT.replace("{SIDE}", side))
    assert links == [(9, "proven")]  # was unreadable: f a constant, or a quantity of W?
    assert READING in shown
    assert "cross-check proven at n = 2" in shown


def test_a_transposed_index_is_refuted_by_a_loss_of_the_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Σ_j ∂f/∂D_jd X_cj: refuted; the counterexample names f, a function of D's four entries, and W and X."""
    path = tmp_path / "d.md"
    path.write_text(PRODUCT.replace("{SIDE}", "\\frac{\\partial f}{\\partial D_{jd}} X_{cj}"), encoding="utf-8")
    main(["check", str(path), "--timeout", "300", "--budget", "900"])  # ℓ of 4 arguments: slow
    refuted = next(line for line in capsys.readouterr().out.splitlines() if "refuted — counterexample" in line)
    assert "f(t_1, t_2, t_3, t_4) = " in refuted and "W_" in refuted and "X_" in refuted
    assert "D_1" not in refuted and "D_2" not in refuted


def test_a_derivative_by_the_entries_of_a_defined_quantity_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """g = Σ_ij D_ij is defined: ∂g/∂D_dj, D_dj left as written, is no upstream gradient (it would be 0)."""
    text = (
        "---\n---\n\n$$D_{ij} = \\sum_k W_{ik} X_{kj}$$\n\n$$g = \\sum_i \\sum_j D_{ij}$$\n\n"
        "$$\\frac{\\partial g}{\\partial D_{dj}} = 0$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("D is defined by its entries; derive differentiates by them only a loss" in r for r in unchecked)


def test_the_loss_by_an_array_inside_the_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """E is made of D: ∂f/∂D_dj would need E's entries written with D whole, which the reading does not do."""
    text = (
        "---\n---\n\n$$D_{ij} = \\sum_k W_{ik} X_{kj}$$\n\n$$E_{ij} = D_{ij} D_{ji}$$\n\n"
        "$$\\frac{\\partial f}{\\partial D_{dj}} = \\frac{\\partial f}{\\partial E_{dj}}$$\n\n"
        "$$\\frac{\\partial D_{dj}}{\\partial W_{dc}} = X_{cj}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(10, "proven")]
    assert any("derive reads a loss's derivative by the output's entries" in r for r in unchecked)


BATCHED = (
    "---\n---\n$$y_{ij} = \\frac{e^{x_{ij}}}{Z_i}$$\nwhere\n$$Z_i = \\sum_{h=1}^H e^{x_{ih}}$$\n\n"
    "$$\\frac{\\partial L}{\\partial x_{ij}} = \\sum_{b=1}^{B} \\sum_{h=1}^{H} \\frac{\\partial L}{\\partial y_{bh}} "
    "\\frac{\\partial y_{bh}}{\\partial x_{ij}} = {SIDE}$$\n"
)


@pytest.mark.parametrize(
    ("side", "last"),
    [
        ("y_{ij} \\left( \\frac{\\partial L}{\\partial y_{ij}} - \\sum_{h=1}^{H} \\frac{\\partial L}{\\partial y_{ih}} "
         "y_{ih} \\right)", "proven"),
        ("y_{ij} \\left( \\frac{\\partial L}{\\partial y_{ij}} - \\sum_{h=1}^{H} \\frac{\\partial L}{\\partial y_{ih}} "
         "y_{ij} \\right)", "refuted"),
    ],
)  # fmt: skip
def test_an_output_defined_by_its_entries_has_the_shape_of_the_array_its_body_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, last: str
) -> None:
    """A kernel's batched softmax backward (y_ij = e^{x_ij}/Z_i, B × H): y's shape had been taken as B × B, and the
    cross-check at H = 3 raised an internal error (∂ℓ/∂D_13 outside 2 × 2); y is x's shape."""
    links, shown = report(tmp_path, capsys, BATCHED.replace("{SIDE}", side))
    assert [status for _, status in links] == ["proven", last]
    assert "internal error" not in shown
