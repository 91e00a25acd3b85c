"""A side that stands for a name whose definition the page writes but derive could not read is unreadable: an entry
(q_i), and a function the reader made of it (a blog's L(p), named in the prose, read as any function of x)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sympy import Derivative, Function, IndexedBase, Symbol

from derive.model.vector_functions import of_vector
from derive.read.names import Names
from derive.read.unread_names import unread_names
from tests.read.page_reports import page_report


def test_a_function_made_of_an_unread_definition_is_named() -> None:
    """L(\\mathbf{p})'s definitions unread: ∂L/∂x_q of the generic L(x) stands for what the page could not say; read,
    the blog's true ∂L/∂x = p − y was refuted with L = sin."""
    names = Names("n", Symbol("n", integer=True))
    names.unread = {"L"}
    x, q = IndexedBase("x"), Symbol("q", integer=True)
    side = Derivative(of_vector(Function("L"))(x, Symbol("n", integer=True)), x[q])  # as the reader writes it
    assert unread_names(side, names) == ["L"]
    names.unread = {"M"}
    assert unread_names(side, names) == []


@pytest.mark.parametrize(
    ("definition", "derivative", "name"),
    [
        # a softmax summed to J and to K (a blog's appendix): its y_k unread
        ("y_k = \\frac{e^{z_k}}{\\sum_{j=1}^{J} e^{z_j}} = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}",
         "\\frac{\\partial y_k}{\\partial z_i} = y_k(\\delta_{ki} - y_i)", "y_k"),
        ("p = \\sigma(w x_i)", "\\frac{\\partial p}{\\partial w} = p(1-p) x_i", "p"),  # σ undeclared
    ],
)  # fmt: skip
def test_a_derivative_of_an_unread_definition_points_at_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], definition: str, derivative: str, name: str
) -> None:
    """The derivative's line names the cause to fix, the definition derive could not read; before, it said ∂A/∂B
    could be read two ways and asked for A to be declared or defined, which the page already does."""
    report = page_report(tmp_path, capsys, f"$${definition}$$\n\n$${derivative}$$\n", "--no-cache")
    (reason,) = [u["reason"] for u in report["unchecked"] if u["line"] == 3]
    assert f"needs the page's definition of {name}, which derive could not read" in reason
