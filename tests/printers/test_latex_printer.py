"""The LaTeX printer: expression forms, the fragment's shape, plain-ASCII output, and documents that compile."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sympy import Derivative, Dummy, IndexedBase, KroneckerDelta, Range, Reals, Sum, Symbol, exp, log
from sympy.sets import Contains

from derive.check import CheckedDerivation
from derive.engine import names
from derive.engine.rules import add, frac, mul, square
from derive.model import SumExcept
from derive.printers.latex import latex_document, latex_expr, latex_fragment
from derive.printers.prose import prose_tex

i, j, k = (Symbol(name, integer=True) for name in "ijk")
z, s, y, yhat = (IndexedBase(name) for name in ("z", "s", "y", "yhat"))
L = Symbol("L")

Checked = Callable[[str, int], CheckedDerivation]


@pytest.mark.parametrize(
    ("expr", "tex"),
    [
        (z[i], "z_{i}"),
        (yhat[k], r"\hat{y}_{k}"),
        (Derivative(s[i], z[k]), r"\frac{\partial s_{i}}{\partial z_{k}}"),
        (Derivative(L, z[k]), r"\frac{\partial L}{\partial z_{k}}"),
        (Derivative(log(s[i]), z[k]), r"\frac{\partial \log s_{i}}{\partial z_{k}}"),
        (
            Derivative(add(z[i], -log(s[i])), z[k]),
            r"\frac{\partial}{\partial z_{k}} \left(z_{i} - \log{\left(s_{i} \right)}\right)",
        ),
        (mul(s[i], add(KroneckerDelta(i, k), -s[k])), r"s_{i} \left(\delta_{ik} - s_{k}\right)"),
        (
            frac(-mul(exp(z[i]), exp(z[k])), square(Sum(exp(z[j]), (j, 1, 3)))),
            r"\frac{- e^{z_{i}} e^{z_{k}}}{{\left(\sum_{j=1}^{3} e^{z_{j}}\right)}^{2}}",
        ),
        (Sum(exp(z[j]), (j, 1, 3)), r"\sum_{j=1}^{3} e^{z_{j}}"),
        (SumExcept(y[i], (i, 1, 3), k), r"\sum_{i \neq k} y_{i}"),
        (KroneckerDelta(i, k), r"\delta_{ik}"),
        (Contains(z[i], Reals, evaluate=False), r"z_{i} \in \mathbb{R}"),
    ],
)
def test_expression_forms(expr: object, tex: str) -> None:
    assert latex_expr(expr) == tex  # type: ignore[arg-type]


def test_fragment_has_one_commented_align_block_per_chain(checked: Checked) -> None:
    c = checked("softmax-ce", 2)
    fragment = latex_fragment(c)
    assert fragment.count(r"\begin{align*}") == len(c.chains)
    assert fragment.count(r"\end{align*}") == len(c.chains)
    comments = [line for line in fragment.splitlines() if line.startswith("% ")]
    assert len(comments) == len(c.chains)
    assert "% Softmax Jacobian, case $i = k$" in comments
    assert r"&& \checkmark\ \text{(1) definition}" in fragment  # a mark beside the step; its words in the notes
    assert r"\item \textbf{definition}: " in fragment
    assert r"\emph{This chain states a tempting shortcut: it is expected to fail.}" in fragment
    assert r"\textbf{Refuted, as expected: this shortcut is false.}" in fragment
    assert r"\textbf{Counterexample} to step 1" in fragment


def test_each_step_is_one_line_of_its_block(checked: Checked) -> None:
    c = checked("softmax-jacobian", 2)
    blocks = latex_fragment(c).split(r"\begin{align*}")[1:]
    for chain, block in zip(c.chains, blocks, strict=True):
        rows = block.split(r"\end{align*}")[0].strip().split("\n")
        assert len(rows) == len(chain.chain.steps)
        assert all("&=" in row and "&&" in row for row in rows)


@pytest.mark.parametrize("name", names())
def test_documents_are_plain_ascii(checked: Checked, name: str) -> None:
    document = latex_document(checked(name, 2))
    assert document.isascii(), sorted({ch for ch in document if not ch.isascii()})
    assert document.startswith(r"\documentclass")
    assert r"\usepackage{amsmath}" in document and r"\usepackage{amssymb}" in document
    assert document.count(r"\usepackage") == 2


# Every exported document compiles with pdflatex, with no overfull line: tests/printers/test_real_tools.py
# (the exports at n = 3 and for every n, as derive export writes them and derivations/ holds them).


# Artefacts of the exports (issue 16) -------------------------------------------------------------------------

n = Symbol("n", integer=True, positive=True)
w, t, o, h = (IndexedBase(name) for name in "wtoh")


@pytest.mark.parametrize(
    ("expr", "tex"),
    [
        (Contains(j, Range(1, n + 1), evaluate=False), r"j \in \left\{1, \dots, n\right\}"),
        (Contains(j, Range(1, 4), evaluate=False), r"j \in \left\{1, 2, 3\right\}"),
        (w[2, 1], "w_{21}"),
        (w[i, j], "w_{ij}"),
        (w[i, j + 1], "w_{i,1 + j}"),
        (
            add(h[2], mul(-frac(t[2], o[2]), -mul(o[2], o[1]))),
            r"h_{2} - \frac{t_{2}}{o_{2}} \left(- o_{2} o_{1}\right)",
        ),
    ],
)
def test_export_artefacts_are_gone(expr: object, tex: str) -> None:
    assert latex_expr(expr) == tex  # type: ignore[arg-type]


def test_a_bound_index_is_named_apart_from_the_free_one() -> None:
    """toy-network's result: the Σ over classes bound j while t_j outside it is free; both printed as j."""
    bound = Dummy("j", integer=True)
    expr = mul(add(-t[j], frac(exp(h[j]), Sum(exp(h[bound]), (bound, 1, n)))), h[i])
    tex = latex_expr(expr)
    assert tex == r"\left(- t_{j} + \frac{e^{h_{j}}}{\sum_{p=1}^{n} e^{h_{p}}}\right) h_{i}"


def test_a_dummy_no_sum_binds_prints_by_its_name() -> None:
    """A Dummy outside any sum (a reader's index, a checker's fresh name) prints as its name; it used to raise."""
    assert latex_expr(add(Dummy("j", integer=True), z[i])) == "j + z_{i}"


def test_toy_network_result_names_its_bound_indices_apart() -> None:
    from derive.engine import build
    from derive.engine.catalogue import SYMBOLIC_N

    assert latex_expr(build("toy-network", SYMBOLIC_N).result) == (
        r"\left(- t_{j} + \frac{e^{\sum_{p=1}^{2} h_{p} w_{pj}}}"
        r"{\sum_{p=1}^{n} e^{\sum_{q=1}^{2} h_{q} w_{qp}}}\right) h_{i}"
    )


def test_prose_exponents_in_brackets_are_scripts_not_hats() -> None:
    """A note's "e^(y_j)" was e\\hat{}(y_{j}), which renders as ê(y_j)."""
    assert prose_tex("outputs o_j = e^(y_j) / Σ_m e^(y_m), loss E") == (
        r"outputs $o_{j} = e^{y_{j}} / \sum_{m} e^{y_{m}}$, loss $E$"
    )
    assert prose_tex("σ(a) = 1/(1 + e^(−a))") == r"$\sigma(a) = 1/(1 + e^{-a})$"
