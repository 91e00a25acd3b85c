"""The LaTeX export means the expression it prints: each expression of every built-in derivation, printed by
``latex_expr``, read back by an independent reader (latex_reader.py) and evaluated at random points, agrees with
the expression itself. A companion of test_plain_reads_back.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from latex_reader import read_latex
from sympy import (
    Basic,
    Dummy,
    Indexed,
    IndexedBase,
    KroneckerDelta,
    Mul,
    Piecewise,
    S,
    Symbol,
    Tuple,
    exp,
)
from test_plain_reads_back import EXPRESSIONS, apart, assert_same_values, entries, expressions

from derive.engine.catalogue import SYMBOLIC_N, names
from derive.model import SumExcept
from derive.printers.latex import latex_expr


def _name(atom: Basic) -> Symbol:
    return Symbol(latex_expr(atom).replace(" ", ""))


def opaque(expr: Basic) -> Basic:
    """``expr`` with each name (z_{i}, \\delta_{ik}, a bound j) one symbol of its TeX, as the reader sees it."""
    if isinstance(expr, (Symbol, Dummy, Indexed, KroneckerDelta)):
        return _name(expr)
    if isinstance(expr, SumExcept):
        head = Symbol(f"SumExcept({_name(expr.variable)},{_name(expr.excluded)})")
        return Mul(head, opaque(expr.function), evaluate=False)
    if isinstance(expr, exp):
        return S.Exp1 ** opaque(expr.args[0])
    if not expr.args or isinstance(expr, IndexedBase):
        return expr
    if isinstance(expr, Tuple):
        return Tuple(*(opaque(a) for a in expr.args))
    return expr.func(*(opaque(a) for a in expr.args))


def assert_reads_back(expr: Basic) -> None:
    expr = apart(expr)
    text = latex_expr(expr)
    assert_same_values(opaque(expr), read_latex(text), text)


@pytest.mark.parametrize("size", [3, SYMBOLIC_N], ids=["n3", "symbolic"])
@pytest.mark.parametrize("name", names())
def test_every_builtin_expression_reads_back_from_latex(name: str, size: int | Symbol) -> None:
    for expr in expressions(name, size):
        for entry in entries(expr):
            if not entry.has(Piecewise):
                assert_reads_back(entry)


@settings(max_examples=300, deadline=None)
@given(EXPRESSIONS)
def test_random_expressions_read_back_from_latex(expr: Basic) -> None:
    assert_reads_back(expr)
