"""Chains for back-propagation through one hidden layer h = σ(a), a = Vᵀx + c, under z = Wᵀh + b, softmax and
cross-entropy (seed 001): the error recursion δ_j = σ′(a_j) Σ_k W_jk δ_k, and the hidden weights' gradient
∂L/∂V_ij = x_i δ_j.

The hidden error δ_j = ∂L/∂a_j is written as ∂L/∂c_j, which equals it because a_j = Σ_i V_ij x_i + c_j (so
∂a_j/∂c_j = 1); unlike ∂L/∂a_j, it is a derivative with respect to a quantity of the model, which the
checker can evaluate.
"""

from __future__ import annotations

from sympy import Derivative, Eq, Expr

from derive.engine import rules as r
from derive.engine.step import Assumption, Chain, ChainBuilder, Rule
from derive.model.layers import HiddenModel

THROUGH_LOGITS = Rule(
    "chain rule through the logits",
    "∂L/∂p = Σ_k δ_k ∂z_k/∂p with δ_k = ∂L/∂z_k = ŷ_k − y_k (softmax-ce, as Σ_k y_k = 1)",
)
THROUGH_HIDDEN = Rule("chain rule through the hidden unit", "∂z_k/∂p = Σ_q W_qk ∂h_q/∂p, and only h_j depends on p")
ACTIVATION = Rule("derivative of the activation", "∂h_j/∂c_j = σ′(a_j) and ∂h_j/∂V_ij = σ′(a_j) x_i")
PULL_OUT = Rule("pull a constant out of the sum", "σ′(a_j) and x_i do not depend on k")
HIDDEN_ERROR = Rule("the hidden error", "δ_j = ∂L/∂a_j = ∂L/∂c_j = σ′(a_j) Σ_k W_jk δ_k, proven above")


def targets_sum_to_one(m: HiddenModel) -> Assumption:
    return Assumption("sum-to-one", "the targets sum to one", Eq(m.class_sum(m.y[m.k]), 1), m.y)


def derivative_of_activation(m: HiddenModel) -> Expr:
    """σ′(a_j) written in terms of h_j (or of a_j, for ReLU)."""
    return m.activation.derivative_in_h(m.a[m.j], m.h[m.j])


def _chain(m: HiddenModel, title: str, lhs: Expr) -> ChainBuilder:
    """A chain under Σ_k y_k = 1, at the model's n: concrete, or every n (no worked instance: the steps are
    claimed, and checked, for every n)."""
    return ChainBuilder(title, lhs, assumptions=[targets_sum_to_one(m)])


def error_recursion(m: HiddenModel) -> Chain:
    """δ_j = ∂L/∂c_j = Σ_k δ_k ∂z_k/∂c_j = Σ_k δ_k W_jk ∂h_j/∂c_j = σ′(a_j) Σ_k W_jk δ_k (seed 001)."""
    j, k = m.j, m.k
    c = m.c[j]
    sigma = derivative_of_activation(m)
    chain = _chain(m, f"The error recursion δ_j = σ′(a_j) Σ_k W_jk δ_k, σ = {m.activation.name}", Derivative(m.L, c))
    chain.then(THROUGH_LOGITS, m.class_sum(r.mul(m.delta[k], Derivative(m.z[k], c))), "δ_j = ∂L/∂a_j = ∂L/∂c_j")
    chain.then(THROUGH_HIDDEN, m.class_sum(r.mul(m.delta[k], m.W[j, k], Derivative(m.h[j], c))))
    chain.then(ACTIVATION, m.class_sum(r.mul(m.delta[k], m.W[j, k], sigma)), m.activation.statement)
    chain.then(
        PULL_OUT, r.mul(sigma, m.class_sum(r.mul(m.W[j, k], m.delta[k]))), "the error recursion of back-propagation"
    )
    return chain.build()


def hidden_weights(m: HiddenModel) -> Chain:
    """∂L/∂V_ij = Σ_k δ_k W_jk σ′(a_j) x_i = x_i δ_j."""
    i, j, k = m.i, m.j, m.k
    v = m.V[i, j]
    sigma = derivative_of_activation(m)
    chain = _chain(m, f"The hidden weights' gradient ∂L/∂V_ij = x_i δ_j, σ = {m.activation.name}", Derivative(m.L, v))
    chain.then(THROUGH_LOGITS, m.class_sum(r.mul(m.delta[k], Derivative(m.z[k], v))))
    chain.then(THROUGH_HIDDEN, m.class_sum(r.mul(m.delta[k], m.W[j, k], Derivative(m.h[j], v))))
    chain.then(ACTIVATION, m.class_sum(r.mul(m.delta[k], m.W[j, k], sigma, m.x[i])))
    chain.then(PULL_OUT, r.mul(m.x[i], sigma, m.class_sum(r.mul(m.W[j, k], m.delta[k]))))
    chain.then(HIDDEN_ERROR, r.mul(m.x[i], Derivative(m.L, m.c[j])), "δ_j = ∂L/∂c_j")
    return chain.build()
