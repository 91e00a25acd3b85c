"""Prose to LaTeX text (plain ASCII, math in $…$) and the one-line plain expressions of the terminal."""

from __future__ import annotations

import pytest
from sympy import Derivative, IndexedBase, KroneckerDelta, Matrix, Sum, Symbol, exp, log

from derive.engine import rules
from derive.engine.rules import add, frac, mul
from derive.model import SumExcept
from derive.printers.plain import plain
from derive.printers.prose import prose_tex

i, j, k = (Symbol(name, integer=True) for name in "ijk")
z, s, y, yhat = (IndexedBase(name) for name in ("z", "s", "y", "yhat"))


@pytest.mark.parametrize(
    ("prose", "tex"),
    [
        ("Σ_j a_j δ_jk = a_k, since 1 ≤ k ≤ n", r"$\sum_{j} a_{j} \delta_{jk} = a_{k}$, since $1 \leq k \leq n$"),
        ("Softmax with cross-entropy: the gradient ŷ − y", r"Softmax with cross-entropy: the gradient $\hat{y} - y$"),
        ("The full 3 × 3 Jacobian", r"The full $3 \times 3$ Jacobian"),
        ("log(a/b) = log a − log b and log e^x = x", r"$\log(a/b) = \log a - \log b$ and $\log e^{x} = x$"),
        ("a case split on i = k is a δ_ik", r"a case split on $i = k$ is a $\delta_{ik}$"),
        ("rational identity (numerator expands to 0)", "rational identity (numerator expands to 0)"),
        ("n = 3, all 6 values of (i, k)", "$n = 3$, all 6 values of $(i, k)$"),
        ("100% & #1 — “quoted”", r"100\% \& \#1 --- ``quoted''"),
        # A reason quotes a solo bracket, or an author's formula cut short: no bracket of ours is left unpaired.
        ("expected `]' but found `,'", r"expected `\char93{}' but found `,'"),
        ("bound (a(b) …", r"bound \char40{}a(b) $\dots$"),
    ],
)
def test_prose_tex(prose: str, tex: str) -> None:
    assert prose_tex(prose) == tex


def test_every_rule_is_plain_ascii_in_latex() -> None:
    for rule in vars(rules).values():
        if isinstance(rule, rules.Rule):
            for text in (rule.name, rule.statement):
                assert prose_tex(text).isascii(), text


@pytest.mark.parametrize(
    ("expr", "text"),
    [
        (z[i], "z_i"),
        (yhat[k], "ŷ_k"),
        (Derivative(s[i], z[k]), "∂s_i/∂z_k"),
        (Derivative(log(s[i]), z[k]), "∂ log s_i/∂z_k"),
        (Sum(exp(z[j]), (j, 1, 3)), "Σ_{j=1..3} e^(z_j)"),
        (SumExcept(y[i], (i, 1, 3), k), "Σ_{i≠k} y_i"),
        (KroneckerDelta(i, k), "δ_ik"),
        (mul(s[i], add(KroneckerDelta(i, k), -s[k])), "s_i·(δ_ik - s_k)"),
        (frac(exp(z[i]), Sum(exp(z[j]), (j, 1, 3))), "e^(z_i)/Σ_{j=1..3} e^(z_j)"),
        (Matrix([[s[1], 0], [0, s[2]]]).as_immutable(), "[[s_1, 0], [0, s_2]]"),
        (Symbol("Lcal") + IndexedBase("phat")[1] + Symbol("xbar"), "ℒ + x̄ + p̂_1"),  # names the reader gives
    ],
)
def test_plain(expr: object, text: str) -> None:
    assert plain(expr) == text  # type: ignore[arg-type]


def test_a_large_matrix_shows_its_corners_and_its_shape_when_asked() -> None:
    a = IndexedBase("a")
    big = Matrix(9, 9, lambda r, c: a[r + 1, c + 1])
    rows = [f"[a_{r}1, a_{r}2, …, a_{r}8, a_{r}9]" for r in (1, 2, 8, 9)]
    corner = ", ".join([*rows[:2], "…", *rows[2:]])
    assert plain(big, matrix_edge=2) == f"[{corner}] (9 × 9)"
    assert plain(Matrix([[1, 2], [3, 4]]), matrix_edge=2) == "[[1, 2], [3, 4]]"  # small: every entry
    assert plain(big).count("a_") == 81  # without matrix_edge (the exports): every entry


def test_a_cut_formula_s_braces_are_characters_even_when_they_count_even() -> None:
    """A reason quoting a side cut at 60 characters, ``\\hat{y}}{…``: as many braces open as close, but one closes
    before it opens; set as TeX's groups it stopped pdflatex ("Extra }, or forgotten $")."""
    tex = prose_tex("unreadable: \\hat{y}}{… x")
    assert "\\}\\}\\{" in tex and "}}{" not in tex.replace("\\}", "").replace("\\{", "")
