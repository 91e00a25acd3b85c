"""Terminal text laid out for reading (issue 16): lines broken at operators with a hanging indent and never padded,
no breaking when piped, matrices as grids, counterexamples in natural order, --verbose, NO_COLOR."""

from __future__ import annotations

import re
from collections.abc import Callable
from io import StringIO

import pytest
from rich.console import Console
from sympy import IndexedBase, Integer, Matrix, Mul, Rational, S, Symbol

from derive.check import CheckedDerivation, Counterexample
from derive.engine import build, names
from derive.printers.latex import latex_expr
from derive.printers.layout import block, break_expression, grid
from derive.printers.plain import plain
from derive.printers.terminal import plain_text, print_checked
from derive.printers.words import counterexample_words

Checked = Callable[[str, int], CheckedDerivation]
MARKS = ("✓", "✗", "?")


def test_a_long_sum_breaks_before_its_operators_with_a_hanging_indent() -> None:
    text = "= (e^(z_i)·(Σ_{j=1..n} e^(z_j)) - e^(z_i)·(Σ_{j=1..n} δ_ij·e^(z_j)))/(Σ_{j=1..n} e^(z_j))^2"
    assert break_expression(text, 70, indent=4) == [
        "= (e^(z_i)·(Σ_{j=1..n} e^(z_j))",
        "    - e^(z_i)·(Σ_{j=1..n} δ_ij·e^(z_j)))/(Σ_{j=1..n} e^(z_j))^2",
    ]
    assert break_expression(text, None) == [text]  # piped: never broken


@pytest.mark.parametrize("name", names())
def test_no_line_is_padded_and_continuations_are_indented(checked: Checked, name: str) -> None:
    text = plain_text(checked(name, 3), width=80)
    lines = text.splitlines()
    assert all(line == line.rstrip() for line in lines)
    step = False
    for line in lines:
        if line[:1] in MARKS and line[1:4] == " = ":
            step = True
        elif step and line.strip() and not line.startswith("  "):
            step = False  # a heading or a note: the chain's steps are over
        elif step and line.strip():
            assert line.startswith("  "), line  # a step's continuation is indented


@pytest.mark.parametrize("name", ["softmax-ce", "focal-loss", "backprop-hidden"])
def test_piped_output_keeps_every_expression_on_one_line(checked: Checked, name: str) -> None:
    c = checked(name, 3)
    buffer = StringIO()
    print_checked(c, Console(file=buffer, width=80, force_terminal=False, color_system=None))
    lines = buffer.getvalue().splitlines()
    assert all(line == line.rstrip() for line in lines)
    for chain in c.chains:
        for step in chain.chain.steps:
            if not step.expr.is_Matrix:
                one_line = re.compile(re.escape(f"= {plain(step.expr)}") + " +" + re.escape(step.rule.name) + "$")
                assert any(one_line.search(line) for line in lines), plain(step.expr)


def test_a_matrix_is_an_aligned_grid() -> None:
    s = IndexedBase("s")
    m = Matrix([[s[1] * (1 - s[1]), -s[1] * s[2]], [-s[2] * s[1], s[2] * (1 - s[2])]])
    assert grid(m, plain) == [
        "⎡(1 - s_1)·s_1  -s_1·s_2     ⎤",
        "⎣-s_1·s_2       (1 - s_2)·s_2⎦",
    ]
    assert block(Matrix([[s[1], s[2]]])) == ["[s_1  s_2]"]


def test_the_matrix_form_prints_as_grids_never_multiplied_out(checked: Checked) -> None:
    text = plain_text(checked("softmax-jacobian-matrix", 3), width=100)
    assert "    ⎡s_1  0    0  ⎤   ⎡s_1⎤\n✓ = ⎢0    s_2  0  ⎥ - ⎢s_2⎥·[s_1  s_2  s_3]" in text
    assert "[[" not in text


def test_a_unit_factor_is_not_printed() -> None:
    x = Symbol("x")
    assert plain(Mul(S.One, x + 1, evaluate=False)) == "1 + x"
    assert latex_expr(Mul(S.One, x, evaluate=False)) == "x"


def test_counterexample_values_in_natural_order_with_their_n() -> None:
    y = IndexedBase("y")
    k = Symbol("k", integer=True)
    values = tuple((y[i], Integer(i)) for i in (10, 1, 2, 3))
    words = counterexample_words(Counterexample(((k, Integer(2)), *values), Rational(1, 2), S.Zero), plain, 10)
    assert (
        words
        == "counterexample at n = 10: k = 2, y_1 = 1, y_2 = 2, y_3 = 3, y_10 = 10; left side = 1/2, right side = 0"
    )


def test_many_values_show_those_at_the_index_first() -> None:
    y, z = IndexedBase("y"), IndexedBase("z")
    k = Symbol("k", integer=True)
    values = tuple((base[i], Integer(i)) for base in (y, z) for i in range(1, 7))
    words = counterexample_words(Counterexample(((k, Integer(5)), *values), S.One, S.Zero), plain, 6)
    assert words.startswith("counterexample at n = 6: k = 5, y_5 = 5, z_5 = 5; other values: y_1 = 1, y_2 = 2,")


def test_verbose_shows_each_verdicts_method_scope_and_evidence(checked: Checked) -> None:
    c = checked("softmax-jacobian-log", 2)
    quiet, verbose = plain_text(c), plain_text(c, verbose=True)
    assert "proven — " not in quiet
    first = c.chains[0].verdicts[0]
    assert f"      proven — {first.method}" in verbose
    assert verbose.count("\n      proven — ") == sum(len(chain.verdicts) for chain in c.chains)


def test_no_color_removes_every_escape_code(
    checked: Checked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    c = checked("softmax-jacobian-log", 2)
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal, as rich sees it
    monkeypatch.delenv("NO_COLOR", raising=False)
    print_checked(c)
    assert "\x1b[1m" in capsys.readouterr().out  # bold, on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    print_checked(c)
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Log-derivative of softmax" in out


@pytest.mark.parametrize("name", names())
def test_a_definition_and_its_use_print_alike(name: str) -> None:
    """Where a chain replaces a defined name (L) by its definition, it prints the body as the definition does."""
    from sympy import Derivative

    d = build(name, 3)
    bodies = {definition.head: plain(definition.body) for definition in d.definitions}
    for chain in d.chains:
        lhs, first = chain.lhs, chain.steps[0]
        if first.rule.name == "definition" and isinstance(lhs, Derivative) and lhs.expr in bodies:
            assert bodies[lhs.expr] in plain(first.expr), chain.title


def test_the_latex_counterexample_lists_values_in_natural_order_with_n() -> None:
    from derive.printers.latex import DerivationLatexPrinter

    y = IndexedBase("y")
    k = Symbol("k", integer=True)
    counterexample = Counterexample(((y[10], S.One), (y[2], S(2)), (k, S(2))), S.One, S.Zero)
    step = build("softmax-ce", 2).chains[-1].steps[0]
    sentence = DerivationLatexPrinter().counterexample(0, step, counterexample, 10)
    assert "at $n = 10$ and $k = 2$, $y_{2} = 2$, $y_{10} = 1$, the left side is $1$" in sentence
