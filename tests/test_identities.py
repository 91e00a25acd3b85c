"""The identities themselves, built with plain SymPy and independent of derive's engine and checker.

Each identity is asserted true, and a nearby false variant is asserted false, so these tests fail when the
identity they guard is false.
"""

from __future__ import annotations

import pytest
from sympy import KroneckerDelta, Matrix, diag, diff, exp, log, simplify, symbols

NS = [2, 3, 4]


def softmax(n: int):
    z = symbols(f"z1:{n + 1}", real=True)
    total = sum(exp(zj) for zj in z)
    return z, [exp(zi) / total for zi in z]


@pytest.mark.parametrize("n", NS)
def test_softmax_jacobian_entries(n: int) -> None:
    z, s = softmax(n)
    for i in range(n):
        for k in range(n):
            assert simplify(diff(s[i], z[k]) - s[i] * (KroneckerDelta(i, k) - s[k])) == 0
            # diagonal-only Jacobian is wrong off the diagonal
            if i != k:
                assert simplify(diff(s[i], z[k]) - s[i] * (1 - s[i])) != 0


@pytest.mark.parametrize("n", NS)
def test_softmax_jacobian_matrix(n: int) -> None:
    z, s = softmax(n)
    jacobian = Matrix(n, n, lambda i, k: diff(s[i], z[k]))
    column = Matrix(s)
    assert (jacobian - (diag(*s) - column * column.T)).applyfunc(simplify) == Matrix.zeros(n, n)
    assert (jacobian - diag(*s)).applyfunc(simplify) != Matrix.zeros(n, n)


@pytest.mark.parametrize("n", NS)
def test_log_derivative(n: int) -> None:
    z, s = softmax(n)
    for i in range(n):
        for k in range(n):
            assert simplify(diff(log(s[i]), z[k]) - (KroneckerDelta(i, k) - s[k])) == 0


@pytest.mark.parametrize("n", NS)
def test_cross_entropy_gradient_any_target(n: int) -> None:
    z, s = softmax(n)
    y = symbols(f"y1:{n + 1}", real=True)
    loss = -sum(y[i] * log(s[i]) for i in range(n))
    for k in range(n):
        gradient = diff(loss, z[k])
        assert simplify(gradient - (s[k] * sum(y) - y[k])) == 0
        # without a constraint the shortcut s_k - y_k is false
        assert simplify(gradient - (s[k] - y[k])) != 0
        # with sum-to-one (y_n = 1 - the others) it is true
        constrained = {y[-1]: 1 - sum(y[:-1])}
        assert simplify((gradient - (s[k] - y[k])).subs(constrained)) == 0


@pytest.mark.parametrize("n", NS)
def test_one_hot_gradient(n: int) -> None:
    z, s = softmax(n)
    for hot in range(n):
        y = [1 if m == hot else 0 for m in range(n)]
        loss = -sum(y[i] * log(s[i]) for i in range(n))
        for k in range(n):
            assert simplify(diff(loss, z[k]) - (s[k] - y[k])) == 0
            # the question of seed 000: t_k multiplying o_k is wrong where t_k = 0
            assert simplify(diff(loss, z[k]) - y[k] * (s[k] - 1)) != 0 or y[k] == 1
