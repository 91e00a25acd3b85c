"""The plain notation means the expression it prints: printed, read back by an independent reader (plain_reader.py)
and evaluated at random points, it agrees with the expression itself. Over every expression of every built-in
derivation and over random expressions (hypothesis)."""

from __future__ import annotations

import cmath
import math
import random
from collections.abc import Iterator

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plain_reader import read_plain
from sympy import (
    Add,
    Basic,
    Derivative,
    Dummy,
    Indexed,
    IndexedBase,
    Integer,
    KroneckerDelta,
    MatrixBase,
    Mul,
    Pow,
    Rational,
    S,
    Sum,
    Symbol,
    Tuple,
    exp,
    lambdify,
    log,
)

from derive.engine.catalogue import SYMBOLIC_N, build, names
from derive.engine.rules import add, frac, mul
from derive.model import SumExcept
from derive.printers.bound import bound_names
from derive.printers.plain import plain


def opaque(expr: Basic) -> Basic:
    """``expr`` with each name (z_i, δ_ik, a bound j) as one symbol of its printed name, as the reader sees it."""
    if isinstance(expr, (Symbol, Dummy, Indexed, KroneckerDelta)):
        return Symbol(plain(expr))
    if isinstance(expr, SumExcept):
        header = f"Σ_{{{plain(expr.variable)}≠{plain(expr.excluded)}}}"
        return Mul(Symbol(header), opaque(expr.function), evaluate=False)  # as the reader reads it
    if isinstance(expr, exp):
        return S.Exp1 ** opaque(expr.args[0])
    if not expr.args or isinstance(expr, IndexedBase):
        return expr
    if isinstance(expr, Tuple):
        return Tuple(*(opaque(a) for a in expr.args))
    return expr.func(*(opaque(a) for a in expr.args))


def apart(expr: Basic) -> Basic:
    """``expr`` with each dummy index a Symbol of the name the printers give it (see bound_names)."""
    return expr.xreplace({d: Symbol(name, **d.assumptions0) for d, name in bound_names(expr).items()})


def in_floats(expr: Basic) -> complex:
    """A number expression's value in Python's complex floats (OverflowError where a value inside does not fit);
    what it does not know is left to mpmath."""
    if expr.is_Number or expr in (S.Exp1, S.Pi, S.ImaginaryUnit):
        return complex(expr)
    parts = [in_floats(a) for a in expr.args]
    if isinstance(expr, Add):
        return sum(parts, 0j)
    if isinstance(expr, Mul):
        return math.prod(parts, start=1 + 0j)
    if isinstance(expr, Pow):
        return parts[0] ** parts[1]
    if isinstance(expr, exp):
        return cmath.exp(parts[0])
    if isinstance(expr, log):
        return cmath.log(parts[0])
    return 0j


def value(expr: Basic, at: dict[Symbol, Basic]) -> complex:
    """``expr`` at ``at``, by mpmath at 30 digits, where every value inside fits a float (an OverflowError
    otherwise): SymPy's evalf, and mpmath too, spend minutes on e^(e^(x^3)) where it is astronomically large."""
    sizes = {s: at[s] for s in expr.free_symbols if s in at and at[s].is_Integer}
    done = expr.xreplace(sizes).doit().xreplace(at)  # names for numbers: xreplace, at a third of subs' cost
    if done.has(S.ComplexInfinity, S.NaN, S.Infinity, S.NegativeInfinity):
        raise ZeroDivisionError("not a number there")
    in_floats(done)  # first in floats: an overflow anywhere inside is not a point to use
    with mpmath.workdps(30):
        return complex(lambdify((), done, "mpmath")())


def assert_reads_back(expr: Basic) -> None:
    """plain(expr), read back, has the value of expr at three random points (names are opaque symbols)."""
    text = plain(expr)
    assert_same_values(opaque(apart(expr)), read_plain(text), text)


def assert_same_values(original: Basic, read: Basic, text: str) -> None:
    """``read`` (what ``text`` was read as) has the value of ``original`` at three random points, where defined."""
    limits = {b for s in original.atoms(Sum) for _, _, b in s.limits} | {Symbol("n")}
    rng = random.Random(text)
    for _ in range(3):
        at = {
            s: Integer(rng.randint(2, 4)) if s in limits else Rational(rng.randint(-90, 90), rng.randint(7, 20))
            for s in original.free_symbols | read.free_symbols
        }
        try:
            expected = value(original, at)
        except (TypeError, ZeroDivisionError, OverflowError, ValueError):  # not a number there: another point
            continue
        if expected != expected or abs(expected) > 1e12:
            continue
        got = value(read, at)
        assert abs(got - expected) <= 1e-9 * max(1.0, abs(expected)), f"{text}: reads as {read}"


def expressions(name: str, n: int | Symbol) -> Iterator[Basic]:
    """Every expression the derivation prints: definitions, each chain's start and steps, the result."""
    d = build(name, n)
    for definition in d.definitions:
        yield definition.head
        yield definition.body
    for chain in d.chains:
        yield chain.lhs
        yield from (step.expr for step in chain.steps)
    yield d.result


def entries(expr: Basic) -> Iterator[Basic]:
    """An expression, or each entry of an explicit matrix (the grid's layout is tested apart)."""
    if isinstance(expr, MatrixBase):
        yield from expr
    elif expr.is_Matrix:
        for matrix in expr.atoms(MatrixBase):
            yield from matrix
    else:
        yield expr


@pytest.mark.parametrize("size", [3, SYMBOLIC_N], ids=["n3", "symbolic"])
@pytest.mark.parametrize("name", names())
def test_every_builtin_expression_reads_back(name: str, size: int | Symbol) -> None:
    for expr in expressions(name, size):
        for entry in entries(expr):
            assert_reads_back(entry)


def test_focal_loss_negated_sum_keeps_its_brackets() -> None:
    """The issue's case: −(1/(1 + e^(z_k)) − 1), printed without brackets, read as −1/(1 + e^(z_k)) − 1."""
    z_k = IndexedBase("z")[k]
    expr = mul(S.NegativeOne, add(frac(S.One, add(S.One, exp(z_k))), S.NegativeOne))
    assert plain(expr) == "-(1/(1 + e^(z_k)) - 1)"
    assert_reads_back(expr)


# Random expressions -----------------------------------------------------------------------------------------

i, j, k = (Symbol(name, integer=True) for name in "ijk")
z, y = IndexedBase("z"), IndexedBase("y")
ATOMS = st.sampled_from(
    [z[i], z[k], y[i], y[j], Symbol("a"), Symbol("b"), KroneckerDelta(i, k), S.One, S(2), Rational(1, 2)]
)


def _compound(children: st.SearchStrategy[Basic]) -> st.SearchStrategy[Basic]:
    pair = st.tuples(children, children)
    return st.one_of(
        pair.map(lambda p: Add(*p, evaluate=False)),
        pair.map(lambda p: Mul(*p, evaluate=False)),
        children.map(lambda c: Mul(S.NegativeOne, c, evaluate=False)),
        pair.map(lambda p: Mul(p[0], Pow(p[1], -1, evaluate=False), evaluate=False)),
        children.map(lambda c: Pow(c, 2, evaluate=False)),
        children.map(lambda c: Pow(c, -1, evaluate=False)),
        pair.map(lambda p: Pow(p[0], p[1], evaluate=False)),
        children.map(lambda c: exp(c, evaluate=False)),
        children.map(lambda c: log(c, evaluate=False)),
        children.map(lambda c: Sum(c, (j, 1, 3))),
        children.map(lambda c: SumExcept(c, (j, 1, 3), k)),
        children.map(lambda c: Derivative(c, z[k])),
    )


EXPRESSIONS = st.recursive(ATOMS, _compound, max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(EXPRESSIONS)
def test_random_expressions_read_back(expr: Basic) -> None:
    assert_reads_back(expr)


def test_a_sum_that_ends_an_expression_needs_no_brackets() -> None:
    """−Σ_i a_i and s_k·Σ_i y_i − y_k, as a person writes them: nothing follows the Σ inside its product."""
    n = Symbol("n", integer=True, positive=True)
    s_, y_ = IndexedBase("s"), IndexedBase("y")
    total = Sum(y_[i], (i, 1, n))
    assert plain(mul(S.NegativeOne, total)) == "-Σ_{i=1..n} y_i"
    assert plain(add(mul(s_[k], total), -y_[k])) == "s_k·Σ_{i=1..n} y_i - y_k"
    assert plain(mul(total, s_[k])) == "(Σ_{i=1..n} y_i)·s_k"
