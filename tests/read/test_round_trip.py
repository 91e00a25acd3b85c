"""Printer and reader agree: derive's LaTeX of an expression, read back, is the same expression.

What a report shows as "read as" is derive's LaTeX of what it read; this ties that LaTeX to the reader, over
expressions drawn at random (hypothesis), so that neither can drift into a reading the other does not share.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sympy import Basic, E, IndexedBase, Integer, KroneckerDelta, Rational, S, Sum, Symbol, exp, log

from derive.errors import InputError
from derive.printers.latex import latex_expr
from derive.read.latex_lexer import tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import Names

FUZZ_SCALE = int(os.environ.get("DERIVE_FUZZ_SCALE", "1"))
N = 3
z, y = IndexedBase("z", real=True), IndexedBase("y", real=True)
a, b = Symbol("a", real=True), Symbol("b", real=True)
i, j, k = (Symbol(name, integer=True) for name in "ijk")


def names() -> Names:
    return Names("n", Integer(N), vectors={"z": z, "y": y}, indices={"i": i, "j": j, "k": k}, scalars={"a": a, "b": b})


def read_back(expr: Basic) -> Basic:
    tex = latex_expr(expr)
    return read_expression(tokenize(tex), names(), 1)[0]


ATOMS = st.sampled_from(
    [a, b, z[1], z[2], z[3], y[1], y[i], z[k], Integer(2), Integer(3), Integer(-1), Rational(1, 2), Rational(-3, 4)]
)


def _extend(children: st.SearchStrategy[Basic]) -> st.SearchStrategy[Basic]:
    return st.one_of(
        st.tuples(children, children).map(lambda p: p[0] + p[1]),
        st.tuples(children, children).map(lambda p: p[0] - p[1]),
        st.tuples(children, children).map(lambda p: p[0] * p[1]),
        st.tuples(children, st.sampled_from([-2, -1, 2, 3])).map(lambda p: p[0] ** p[1]),
        children.map(exp),
        children.map(log),
        children.map(lambda c: c * KroneckerDelta(i, k)),
        children.map(lambda c: Sum(c * z[j], (j, 1, N))),
    )


EXPRESSIONS = st.recursive(ATOMS, _extend, max_leaves=6)


@settings(max_examples=150 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EXPRESSIONS)
def test_derive_s_latex_reads_back_as_the_same_expression(expr: Basic) -> None:
    assume(not expr.has(S.ComplexInfinity, S.NaN, S.Infinity, S.NegativeInfinity, S.ImaginaryUnit, S.Pi))
    try:
        read = read_back(expr)
    except InputError as error:  # a refusal is allowed only for what the reader cannot bound
        assert "too large" in str(error), (latex_expr(expr), str(error))
        return
    assert read == expr, (latex_expr(expr), read, expr)


@pytest.mark.parametrize(
    "expr",
    [
        log(z[1]) ** 2,
        exp(z[1]) ** 2 * log(a),
        1 / log(a) ** 2,
        z[i] * (KroneckerDelta(i, k) - z[k]),
        -(1 / (1 + exp(z[k])) - 1),
        Sum(y[j] * log(z[j]), (j, 1, N)) * a,
        a / (b * z[1]),
        z[1] / E,
    ],
)
def test_forms_that_once_read_differently(expr: Basic) -> None:
    assert read_back(expr) == expr, latex_expr(expr)
