"""``flat_sums`` (sums of a product in any order, as one canonically named multiple sum) is an identity: at concrete
sizes and random values each expression and its flat form agree, and two orders of one double sum become one."""

from __future__ import annotations

import random

import pytest
from sympy import Dummy, IndexedBase, Integer, Rational, Sum, Symbol, exp

from derive.check.rewrites import IndexContext
from derive.check.sum_order import flat_sums

m, d, n = (Symbol(name, integer=True, positive=True) for name in "mdn")
p = Symbol("p", integer=True)
a, b, c = (Dummy(name, integer=True) for name in "abc")
X, theta, y = IndexedBase("X"), IndexedBase("theta"), IndexedBase("y")
CTX = IndexContext(n=n, indices=frozenset({p}), sizes=(m, d))

EXPRESSIONS = [
    Sum(X[a, p] * Sum(X[a, b] * theta[b], (b, 1, d)), (a, 1, m)),
    Sum(theta[a] * Sum(X[b, a] * X[b, p], (b, 1, m)), (a, 1, d)) / 2 - Sum(X[a, p] * y[a], (a, 1, m)),
    Sum(y[a] * X[a, p] + 3, (a, 1, m)) ** 2,
    Sum(theta[a], (a, 1, d)) * Sum(theta[a] * Sum(X[b, a], (b, 1, m)), (a, 1, d)) + exp(Sum(y[a], (a, 1, m))),
    Sum(Sum(X[a, b] * theta[b] * y[a], (b, 1, d)) * Sum(X[c, p], (c, 1, m)), (a, 1, m)),
    Sum((theta[a] + 1) ** 2, (a, 1, d)) * Sum(y[b] * X[b, p], (b, 1, m)),  # a term of the square free of a: d·
]


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_a_flat_form_has_the_value_of_the_expression(expr: object) -> None:
    flat = flat_sums(expr, CTX)  # type: ignore[arg-type]
    rng = random.Random(0)
    sizes = {m: Integer(3), d: Integer(2), p: Integer(2)}
    values = {}
    for base, shape in ((X, (3, 2)), (theta, (2,)), (y, (3,))):
        for row in range(1, shape[0] + 1):
            for column in range(1, (shape[1] if len(shape) > 1 else 1) + 1):
                key = base[row, column] if len(shape) > 1 else base[row]
                values[key] = Rational(rng.randint(-9, 9), rng.randint(1, 5))
    left = expr.xreplace(sizes).doit().xreplace(values)  # type: ignore[attr-defined]
    right = flat.xreplace(sizes).doit().xreplace(values)
    assert abs(float(left - right)) < 1e-9


def test_two_orders_of_one_double_sum_are_one_form_and_a_transposed_one_is_not() -> None:
    first = Sum(X[a, p] * Sum(X[a, b] * theta[b], (b, 1, d)), (a, 1, m))
    second = Sum(theta[b] * Sum(X[a, b] * X[a, p], (a, 1, m)), (b, 1, d))
    wrong = Sum(theta[b] * Sum(X[a, p] * X[b, a], (a, 1, m)), (b, 1, d))  # X_ba: another sum (and shape)
    assert flat_sums(first, CTX) == flat_sums(second, CTX)
    assert flat_sums(first, CTX) != flat_sums(wrong, CTX)
