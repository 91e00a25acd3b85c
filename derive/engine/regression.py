"""Chains for squared error: on an identity output it gives ŷ − y; on a softmax output it does not."""

from __future__ import annotations

from sympy import Derivative, Expr, KroneckerDelta, S, Sum

from derive.engine import loss_rules as lr
from derive.engine import rules as r
from derive.engine.step import Chain, ChainBuilder
from derive.model.losses import Head, SoftmaxHead


def identity_gradient_chain(m: Head) -> Chain:
    """∂L/∂z_k = ŷ_k − y_k for L = ½ Σ_i (ŷ_i − y_i)² and ŷ_i = z_i."""
    i, k, z, y = m.i, m.k, m.z, m.y
    over_i = m.over(i)
    half = r.frac(S.One, 2)
    chain = ChainBuilder("Squared error on an identity output", Derivative(m.L, z[k]))
    chain.then(r.DEFINITION, Derivative(r.mul(half, Sum(r.square(r.add(m.yhat[i], -y[i])), over_i)), z[k]))
    chain.then(lr.IDENTITY_OUTPUT, Derivative(r.mul(half, Sum(r.square(r.add(z[i], -y[i])), over_i)), z[k]))
    chain.then(lr.POWER_RULE, r.mul(half, Sum(r.mul(2, r.add(z[i], -y[i]), Derivative(z[i], z[k])), over_i)))
    chain.then(lr.DIFFERENTIATE_LOGIT, Sum(r.mul(r.add(z[i], -y[i]), KroneckerDelta(i, k)), over_i), "and ½·2 = 1")
    chain.then(r.DELTA_SUM, r.add(z[k], -y[k]))
    chain.then(r.NOTATION, r.add(m.yhat[k], -y[k]), "ŷ_k = z_k")
    return chain.build()


def softmax_mse_gradient(m: SoftmaxHead, prediction: Expr | None = None) -> Expr:
    """s_k ((s_k − y_k) − Σ_i s_i (s_i − y_i)), written in s (or in ŷ)."""
    i, k, y = m.i, m.k, m.y
    p = prediction if prediction is not None else m.s
    inner = Sum(r.mul(p[i], r.add(p[i], -y[i])), m.over(i))
    return r.mul(p[k], r.add(r.add(p[k], -y[k]), -inner))


def softmax_gradient_chain(m: SoftmaxHead) -> Chain:
    """∂L/∂z_k = Σ_i (s_i − y_i) s_i (δ_ik − s_k) = s_k((s_k − y_k) − Σ_i s_i (s_i − y_i))."""
    i, k, z, y, s = m.i, m.k, m.z, m.y, m.s
    over_i = m.over(i)
    chain = ChainBuilder("Squared error on a softmax output", Derivative(m.L, z[k]))
    half = r.frac(S.One, 2)
    chain.then(r.DEFINITION, Derivative(r.mul(half, Sum(r.square(r.add(s[i], -y[i])), over_i)), z[k]))
    chain.then(lr.CHAIN_SOFTMAX, Sum(r.mul(r.add(s[i], -y[i]), Derivative(s[i], z[k])), over_i), "and ½·2 = 1")
    jvp = Sum(r.mul(r.add(s[i], -y[i]), s[i], r.add(KroneckerDelta(i, k), -s[k])), over_i)
    chain.then(lr.JACOBIAN, jvp, "a Jacobian-vector product")
    expanded = r.add(
        Sum(r.mul(r.add(s[i], -y[i]), s[i], KroneckerDelta(i, k)), over_i),
        -Sum(r.mul(r.add(s[i], -y[i]), s[i], s[k]), over_i),
    )
    chain.then(r.EXPAND, expanded)
    chain.then(r.DELTA_SUM, r.add(r.mul(r.add(s[k], -y[k]), s[k]), -Sum(r.mul(r.add(s[i], -y[i]), s[i], s[k]), over_i)))
    pulled = r.add(r.mul(r.add(s[k], -y[k]), s[k]), -r.mul(s[k], Sum(r.mul(s[i], r.add(s[i], -y[i])), over_i)))
    chain.then(r.PULL_CONSTANT, pulled, "s_k does not depend on i")
    chain.then(r.FACTOR, softmax_mse_gradient(m), "take s_k out")
    chain.then(r.NOTATION, softmax_mse_gradient(m, m.yhat), "ŷ = s")
    return chain.build()


def softmax_shortcut(m: SoftmaxHead) -> Chain:
    """ŷ_k − y_k is not the squared-error gradient on a softmax."""
    k = m.k
    chain = ChainBuilder("Squared error on a softmax is not ŷ − y", Derivative(m.L, m.z[k]), expected="fails")
    chain.then(lr.MSE_SHORTCUT, r.add(m.yhat[k], -m.y[k]), "what cross-entropy gives, not squared error")
    return chain.build()
