"""The identities of the further losses, built with plain SymPy and independent of derive's engine and checker.

Each loss is composed directly (no defined names), differentiated with ``diff``, and the result compared with
the closed form; a nearby false variant is asserted not to hold, so each test fails if its identity is false.
"""

from __future__ import annotations

import pytest
from sympy import Rational, Symbol, diff, exp, log, simplify, symbols

NS = [2, 3]


def vectors(n: int) -> tuple[tuple[Symbol, ...], tuple[Symbol, ...]]:
    z = symbols(f"z1:{n + 1}", real=True)
    y = symbols(f"y1:{n + 1}", real=True)
    return z, y


def softmax(z: tuple[Symbol, ...], temperature: Symbol | int = 1) -> list:
    total = sum(exp(zj / temperature) for zj in z)
    return [exp(zi / temperature) / total for zi in z]


def sigmoid(x):
    return 1 / (1 + exp(-x))


def is_zero(expr) -> bool:
    return simplify(expr) == 0


@pytest.mark.parametrize("n", NS)
def test_sigmoid_bce_gradient_is_sigma_minus_y(n: int) -> None:
    z, y = vectors(n)
    loss = -sum(y[i] * log(sigmoid(z[i])) + (1 - y[i]) * log(1 - sigmoid(z[i])) for i in range(n))
    for k in range(n):
        gradient = diff(loss, z[k])
        assert is_zero(gradient - (sigmoid(z[k]) - y[k]))
        # the squared-error gradient through σ′ is not it
        assert not is_zero(gradient - sigmoid(z[k]) * (1 - sigmoid(z[k])) * (sigmoid(z[k]) - y[k]))


@pytest.mark.parametrize("n", NS)
def test_soft_targets(n: int) -> None:
    z, y = vectors(n)
    s = softmax(z)
    loss = -sum(y[i] * log(s[i]) for i in range(n))
    tau = sum(y)
    probability = {y[-1]: 1 - sum(y[:-1])}
    for k in range(n):
        gradient = diff(loss, z[k])
        assert is_zero(gradient - (tau * s[k] - y[k]))  # any target: τ ŷ − y
        assert is_zero((gradient - (s[k] - y[k])).xreplace(probability))  # Σ y = 1: ŷ − y
        assert not is_zero(gradient - (s[k] - y[k]))  # without the constraint: not ŷ − y


@pytest.mark.parametrize("n", NS)
def test_softmax_temperature(n: int) -> None:
    z, y = vectors(n)
    T = Symbol("T", positive=True)
    s = softmax(z, T)
    loss = -sum(y[i] * log(s[i]) for i in range(n))
    probability = {y[-1]: 1 - sum(y[:-1])}
    for k in range(n):
        gradient = diff(loss, z[k]).xreplace(probability)
        assert is_zero(gradient - ((s[k] - y[k]) / T).xreplace(probability))
        assert not is_zero(gradient - (s[k] - y[k]).xreplace(probability))  # forgetting 1/T


@pytest.mark.parametrize("n", NS)
def test_label_smoothing_matches_pytorch_target(n: int) -> None:
    z, _ = vectors(n)
    eps = Symbol("epsilon", nonnegative=True)
    s = softmax(z)
    for hot in range(n):
        onehot = [1 if i == hot else 0 for i in range(n)]
        smoothed = [(1 - eps) * onehot[i] + eps / n for i in range(n)]  # PyTorch: (1 − ε)·onehot + ε/C
        loss = -sum(smoothed[i] * log(s[i]) for i in range(n))
        for k in range(n):
            gradient = diff(loss, z[k])
            assert is_zero(gradient - (s[k] - smoothed[k]))
            assert not is_zero(gradient - (s[k] - onehot[k]))  # the unsmoothed answer


@pytest.mark.parametrize("n", NS)
def test_log_softmax_nll_and_shift_invariance(n: int) -> None:
    z, y = vectors(n)
    c = Symbol("c", real=True)
    lse = log(sum(exp(zj) for zj in z))
    loss = -sum(y[i] * (z[i] - lse) for i in range(n))
    s = softmax(z)
    probability = {y[-1]: 1 - sum(y[:-1])}
    shifted = softmax([zi + c for zi in z])
    for k in range(n):
        gradient = diff(loss, z[k])
        assert is_zero((gradient - (s[k] - y[k])).xreplace(probability))
        assert not is_zero(gradient - (s[k] - y[k]))
        assert is_zero(shifted[k] - s[k])
        assert not is_zero(softmax([2 * zi for zi in z])[k] - s[k])  # scaling is not a shift
    m = Symbol("m", real=True)
    assert is_zero(lse - (m + log(sum(exp(zj - m) for zj in z))))


@pytest.mark.parametrize("n", NS)
def test_mse_identity_output(n: int) -> None:
    z, y = vectors(n)
    loss = Rational(1, 2) * sum((z[i] - y[i]) ** 2 for i in range(n))
    for k in range(n):
        assert diff(loss, z[k]) - (z[k] - y[k]) == 0
        assert diff(loss, z[k]) - (y[k] - z[k]) != 0


@pytest.mark.parametrize("n", NS)
def test_mse_on_softmax_is_not_yhat_minus_y(n: int) -> None:
    z, y = vectors(n)
    s = softmax(z)
    loss = Rational(1, 2) * sum((s[i] - y[i]) ** 2 for i in range(n))
    for k in range(n):
        gradient = diff(loss, z[k])
        closed = s[k] * ((s[k] - y[k]) - sum(s[i] * (s[i] - y[i]) for i in range(n)))
        assert is_zero(gradient - closed)
        onehot = {y[i]: 1 if i == 0 else 0 for i in range(n)}
        assert not is_zero((gradient - (s[k] - y[k])).xreplace(onehot))


@pytest.mark.parametrize("label", [1, -1])
@pytest.mark.parametrize("gamma", [Rational(0), Rational(1, 2), Rational(2), Symbol("gamma", positive=True)])
def test_focal_loss_gradient_is_the_published_closed_form(label: int, gamma) -> None:
    x = Symbol("x", real=True)
    p_t = sigmoid(label * x)
    loss = -((1 - p_t) ** gamma) * log(p_t)
    published = label * (1 - p_t) ** gamma * (gamma * p_t * log(p_t) + p_t - 1)  # Lin et al. (2017), appendix
    gradient = diff(loss, x)
    difference = gradient - published
    at = {gamma: Rational(3, 2)} if isinstance(gamma, Symbol) else {}  # a symbolic γ is sampled at 3/2
    for value in (Rational(-3, 2), Rational(1, 3), Rational(2)):
        assert abs(difference.xreplace({x: value, **at}).evalf(40)) < 1e-30
    if isinstance(gamma, Rational):
        assert is_zero(difference)
    if gamma != 0:  # a constant weight (1 − p_t)^γ on the cross-entropy gradient is not it
        wrong = label * (1 - p_t) ** gamma * (p_t - 1)
        assert abs((gradient - wrong).xreplace({x: Rational(1, 3), **at}).evalf(40)) > 1e-3


@pytest.mark.parametrize("label, target", [(1, 1), (-1, 0)])
def test_focal_loss_at_gamma_zero_is_yhat_minus_target(label: int, target: int) -> None:
    x = Symbol("x", real=True)
    p_t = sigmoid(label * x)
    gradient = diff(-log(p_t), x)
    assert is_zero(gradient - (sigmoid(x) - target))
    assert not is_zero(gradient - (sigmoid(x) - (1 - target)))
