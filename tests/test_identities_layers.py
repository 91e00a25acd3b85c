"""The layer identities themselves, with plain SymPy and independent of derive's engine and checker.

Each identity is asserted by differentiating the composed loss directly, and a nearby false variant is asserted
false, so these tests fail when the identity they guard is false. Backprop identities are compared exactly at
random rational points (evaluated to 50 digits), since simplify on nested exponentials is slow.
"""

from __future__ import annotations

import random

import mpmath
import pytest
from sympy import Matrix, Max, Rational, diag, diff, exp, lambdify, limit, log, simplify, symbols, tanh

D, N = 2, 3


def dense_network():
    x = symbols("x1:3", real=True)
    W = Matrix(D, N, lambda i, j: symbols(f"W{i + 1}{j + 1}", real=True))
    b = symbols("b1:4", real=True)
    y = list(symbols("y1:4", nonnegative=True))
    y[2] = 1 - y[0] - y[1]  # Σ y = 1
    z = [sum(W[i, j] * x[i] for i in range(D)) + b[j] for j in range(N)]
    total = sum(exp(zj) for zj in z)
    yhat = [exp(zj) / total for zj in z]
    loss = -sum(y[j] * log(yhat[j]) for j in range(N))
    return x, W, b, y, yhat, loss


def is_zero(expr) -> bool:
    return simplify(expr) == 0


def vanishes(expr, seed: int = 3, points: int = 4) -> bool:
    """expr is 0 at random rational points (50 digits): exact comparisons, without a slow simplify."""
    rng = random.Random(seed)
    free = sorted(expr.free_symbols, key=str)
    for _ in range(points):
        point = {s: Rational(rng.randint(0 if s.is_nonnegative else -150, 150), 100) for s in free}
        if abs(expr.subs(point).evalf(50)) > 1e-40:
            return False
    return True


def test_dense_weight_and_bias_gradients() -> None:
    x, W, b, y, yhat, loss = dense_network()
    for i in range(D):
        for j in range(N):
            assert vanishes(diff(loss, W[i, j]) - x[i] * (yhat[j] - y[j]))
            # the single path through ŷ_j (seed 000's question) is wrong
            assert not vanishes(diff(loss, W[i, j]) + y[j] * (1 - yhat[j]) * x[i])
    for j in range(N):
        assert vanishes(diff(loss, b[j]) - (yhat[j] - y[j]))
        assert not vanishes(diff(loss, b[j]) - yhat[j])


def test_dense_matrix_form_is_the_outer_product_of_shape_d_by_n() -> None:
    x, W, _b, y, yhat, loss = dense_network()
    gradient = Matrix(D, N, lambda i, j: diff(loss, W[i, j]))
    outer = Matrix(x) * Matrix([yhat[j] - y[j] for j in range(N)]).T
    assert gradient.shape == outer.shape == W.shape == (D, N)
    assert all(vanishes(entry) for entry in gradient - outer)
    transposed = Matrix([yhat[j] - y[j] for j in range(N)]) * Matrix(x).T
    assert transposed.shape != gradient.shape


def softmax(n: int):
    z = symbols(f"z1:{n + 1}", real=True)
    total = sum(exp(zj) for zj in z)
    return z, [exp(zj) / total for zj in z]


@pytest.mark.parametrize("n", [2, 3])
def test_jacobian_is_symmetric_with_rows_summing_to_zero(n: int) -> None:
    z, s = softmax(n)
    J = Matrix(n, n, lambda i, k: diff(s[i], z[k]))
    assert (J - (diag(*s) - Matrix(s) * Matrix(s).T)).applyfunc(simplify) == Matrix.zeros(n, n)
    assert (J - J.T).applyfunc(simplify) == Matrix.zeros(n, n)
    assert (J * Matrix([1] * n)).applyfunc(simplify) == Matrix.zeros(n, 1)
    assert (Matrix(diag(*s)) * Matrix([1] * n)).applyfunc(simplify) != Matrix.zeros(n, 1)


@pytest.mark.parametrize("n", [2, 3])
def test_quadratic_form_is_a_variance_and_non_negative(n: int) -> None:
    z, s = softmax(n)
    v = symbols(f"v1:{n + 1}", real=True)
    J = Matrix(n, n, lambda i, k: diff(s[i], z[k]))
    form = (Matrix(v).T * J * Matrix(v))[0]
    mean = sum(s[i] * v[i] for i in range(n))
    assert is_zero(form - (sum(s[i] * v[i] ** 2 for i in range(n)) - mean**2))
    assert is_zero(form - sum(s[i] * (v[i] - mean) ** 2 for i in range(n)))
    assert not is_zero(form - (sum(s[i] * v[i] ** 2 for i in range(n)) + mean**2))
    rng = random.Random(4)
    for _ in range(20):
        point = {a: Rational(rng.randint(-300, 300), 100) for a in (*z, *v)}
        assert form.subs(point).evalf(30) >= -Rational(1, 10**25)
    assert Max(0, sum(s[i] * (v[i] - mean) ** 2 for i in range(n))) == sum(s[i] * (v[i] - mean) ** 2 for i in range(n))


def hidden_network(activation):
    x = symbols("x1:3", real=True)
    V = Matrix(2, 2, lambda i, j: symbols(f"V{i + 1}{j + 1}", real=True))
    c = symbols("c1:3", real=True)
    W = Matrix(2, N, lambda j, k: symbols(f"W{j + 1}{k + 1}", real=True))
    b = symbols("b1:4", real=True)
    y = list(symbols("y1:4", nonnegative=True))
    y[2] = 1 - y[0] - y[1]
    a = [sum(V[i, j] * x[i] for i in range(2)) + c[j] for j in range(2)]
    h = [activation(aj) for aj in a]
    z = [sum(W[j, k] * h[j] for j in range(2)) + b[k] for k in range(N)]
    total = sum(exp(zk) for zk in z)
    yhat = [exp(zk) / total for zk in z]
    loss = -sum(y[k] * log(yhat[k]) for k in range(N))
    free = (*x, *V, *c, *W, *b, y[0], y[1])
    return x, V, c, W, a, h, yhat, y, loss, free


def agree(lhs, rhs, free, seed: int = 1, points: int = 6) -> bool:
    """lhs = rhs at random rational points, evaluated with mpmath at 50 digits."""
    difference = lambdify(free, lhs - rhs, "mpmath")
    rng = random.Random(seed)
    with mpmath.workdps(50):
        for _ in range(points):
            values = [mpmath.mpf(rng.randint(0 if s.name.startswith("y") else -150, 150)) / 100 for s in free]
            if abs(difference(*values)) > mpmath.mpf(10) ** -40:
                return False
    return True


def sigmoid(a):
    return 1 / (1 + exp(-a))


@pytest.mark.parametrize(
    "activation, derivative",
    [(sigmoid, lambda h: h * (1 - h)), (tanh, lambda h: 1 - h**2)],
    ids=["sigmoid", "tanh"],
)
def test_error_recursion_and_hidden_weights(activation, derivative) -> None:
    x, V, c, W, _a, h, yhat, y, loss, free = hidden_network(activation)
    for j in range(2):
        delta_j = derivative(h[j]) * sum(W[j, k] * (yhat[k] - y[k]) for k in range(N))
        assert agree(diff(loss, c[j]), delta_j, free)
        assert not agree(diff(loss, c[j]), sum(W[j, k] * (yhat[k] - y[k]) for k in range(N)), free)
        for i in range(2):
            assert agree(diff(loss, V[i, j]), x[i] * delta_j, free)
            assert not agree(diff(loss, V[i, j]), x[i] * derivative(h[j]), free)


def test_relu_recursion_away_from_the_kink_and_the_kink_itself() -> None:
    relu = lambda t: Max(0, t)  # noqa: E731
    _x, _V, c, W, a, _h, yhat, y, loss, free = hidden_network(relu)
    j = 0
    back = sum(W[j, k] * (yhat[k] - y[k]) for k in range(N))
    rng = random.Random(7)
    for _ in range(6):
        point = {symbol: Rational(rng.randint(-150, 150), 100) for symbol in free}
        active = a[j].subs(point) > 0
        lhs = diff(loss, c[j]).subs(point).evalf(50)
        rhs = ((1 if active else 0) * back).subs(point).evalf(50)
        assert abs(lhs - rhs) < 1e-40
    t = symbols("t", real=True)
    # ReLU has no derivative at 0: the one-sided difference quotients disagree, so ReLU'(0) = 0 is a convention
    assert limit(Max(0, t) / t, t, 0, "+") == 1
    assert limit(Max(0, t) / t, t, 0, "-") == 0


def test_toy_network_two_paths_sum_to_the_direct_derivative() -> None:
    h = symbols("h1:3", real=True)
    w = Matrix(2, 2, lambda i, j: symbols(f"w{i + 1}{j + 1}", real=True))
    t1 = symbols("t1", nonnegative=True)
    t = [t1, 1 - t1]
    y = [w[0, j] * h[0] + w[1, j] * h[1] for j in range(2)]
    o = [exp(yj) / (exp(y[0]) + exp(y[1])) for yj in y]
    loss = -sum(t[j] * log(o[j]) for j in range(2))
    paths = [(-t[m] / o[m]) * diff(o[m], w[1, 0]) for m in range(2)]
    assert vanishes(diff(loss, w[1, 0]) - sum(paths))
    assert vanishes(diff(loss, w[1, 0]) - h[1] * (o[0] - t[0]))
    assert not vanishes(diff(loss, w[1, 0]) - paths[0])


def plain_names(expr, indices: dict, known: dict):
    """derive's x[1], W[1, 2] (and free indices i, j) → this file's x1, W12 (``known`` by name): the engine's
    result in this file's symbols."""
    from sympy import Indexed

    expr = expr.xreplace({s: indices[s.name] for s in expr.free_symbols if s.name in indices}).doit()
    return expr.xreplace({e: known["".join(str(p) for p in (e.base, *e.indices))] for e in expr.atoms(Indexed)})


def test_the_stated_results_of_the_layer_derivations_are_the_direct_derivatives() -> None:
    """The `result` each layer derivation states (what JSON exports) is the gradient, not a factor of it."""
    from derive.engine import build

    x, W, b, y, _yhat, loss = dense_network()
    stated = build("dense-softmax-ce", N).result
    free = (*x, *W, *b, y[0], y[1])
    known = {str(symbol): symbol for symbol in free} | {"y3": y[2]}
    for i in range(D):
        for j in range(N):
            assert agree(plain_names(stated[i, j], {}, known), diff(loss, W[i, j]), free)
    for name, activation in (("backprop-hidden", sigmoid), ("backprop-hidden-tanh", tanh)):
        x, V, _c, W, _a, _h, _yhat, y, loss, free = hidden_network(activation)
        known = {str(symbol): symbol for symbol in free} | {"y3": y[2]}
        stated = build(name, N).result
        for i in range(2):
            for j in range(2):
                entry = plain_names(stated, {"i": i + 1, "j": j + 1}, known)
                assert agree(entry, diff(loss, V[i, j]), free), (name, i, j)
