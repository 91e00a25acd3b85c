"""Chains for softmax variants: a temperature, soft and smoothed targets, the log-sum-exp form with the negative
log-likelihood, and the shift invariance of softmax."""

from __future__ import annotations

from sympy import Derivative, Eq, Expr, IndexedBase, KroneckerDelta, S, Sum, Symbol, diff, exp, log

from derive.engine import loss_rules as lr
from derive.engine import rules as r
from derive.engine.step import Assumption, Chain, ChainBuilder
from derive.model.losses import SoftmaxHead
from derive.model.notation import SumExcept


def _scaled(m: SoftmaxHead, expr: Expr) -> Expr:
    """(1/T)·expr, or expr itself when there is no temperature."""
    return expr if m.T == 1 else r.mul(r.frac(S.One, m.T), expr)


def total(m: SoftmaxHead, target: IndexedBase) -> Expr:
    """Σ_i t_i, the total mass of a target vector."""
    return Sum(target[m.i], m.over(m.i))


def unit_sum(m: SoftmaxHead, target: IndexedBase, phrase: str) -> Assumption:
    """Σ_i t_i = 1, as a constraint the checker applies."""
    return Assumption("sum-to-one", phrase, Eq(total(m, target), 1), target)


def one_hot(m: SoftmaxHead) -> Assumption:
    return Assumption("one-hot", "y is one-hot: y = e_m for some class m", None, m.y)


def log_derivative_chain(m: SoftmaxHead) -> Chain:
    """∂ log s_i/∂z_k = (δ_ik − s_k)/T, by the log of a quotient (no quotient rule)."""
    i, k, T = m.i, m.k, m.T
    zi, zk, denominator = m.z[i], m.z[k], m.exp_sum()
    chain = ChainBuilder("Log-derivative of softmax", Derivative(log(m.s[i]), zk))
    chain.then(r.DEFINITION, Derivative(log(m.softmax_body(i)), zk), "s_i = e^{z_i/T} / Σ_j e^{z_j/T}")
    chain.then(lr.TEMPERATURE_LOG, Derivative(r.add(zi / T, -log(denominator)), zk))
    inner = diff(denominator, zk)
    chain.then(r.DIFFERENTIATE, r.add(diff(zi / T, zk), -r.frac(inner, denominator)))
    chain.then(r.DELTA_SUM, r.add(diff(zi / T, zk), -r.frac(r.sum_deltas(inner), denominator)))
    chain.then(r.SUBSTITUTE, _scaled(m, r.add(KroneckerDelta(i, k), -m.s[k])), "e^{z_k/T} / Σ_j e^{z_j/T} = s_k")
    return chain.build()


def jacobian_chain(m: SoftmaxHead) -> Chain:
    """∂s_i/∂z_k = s_i (δ_ik − s_k)/T from the log-derivative."""
    i, k = m.i, m.k
    chain = ChainBuilder("Softmax Jacobian from the log-derivative", Derivative(m.s[i], m.z[k]))
    chain.then(r.LOG_DERIVATIVE, r.mul(m.s[i], Derivative(log(m.s[i]), m.z[k])))
    chain.then(r.PROVEN_ABOVE, _scaled(m, r.mul(m.s[i], r.add(KroneckerDelta(i, k), -m.s[k]))), "the log-derivative")
    return chain.build()


def general_gradient(m: SoftmaxHead, target: IndexedBase) -> Expr:
    """(s_k Σ_i t_i − t_k)/T, the cross-entropy gradient for a target t."""
    return _scaled(m, r.add(r.mul(m.s[m.k], total(m, target)), -target[m.k]))


def gradient_chain(m: SoftmaxHead, target: IndexedBase, body: Expr, title: str) -> Chain:
    """∂L/∂z_k = (s_k Σ_i t_i − t_k)/T for L = −Σ_i t_i log s_i, splitting the sum at i = k."""
    i, k = m.i, m.k
    ti, tk, sk = target[i], target[k], m.s[k]
    over_i = m.over(i)
    chain = ChainBuilder(title, Derivative(m.L, m.z[k]))
    chain.then(r.DEFINITION, Derivative(body, m.z[k]))
    chain.then(r.LINEARITY, -Sum(r.mul(ti, Derivative(log(m.s[i]), m.z[k])), over_i))
    chain.then(
        r.PROVEN_ABOVE, -Sum(r.mul(ti, _scaled(m, r.add(KroneckerDelta(i, k), -sk))), over_i), "the log-derivative"
    )
    if m.T != 1:
        chain.then(lr.PULL_FACTOR, -_scaled(m, Sum(r.mul(ti, r.add(KroneckerDelta(i, k), -sk)), over_i)), "1/T")
    split = r.add(r.mul(tk, r.add(S.One, -sk)), -SumExcept(r.mul(ti, sk), over_i, k))
    chain.then(r.SPLIT_SUM, -_scaled(m, split))
    chain.then(r.MERGE_SUM, -_scaled(m, r.add(tk, -Sum(r.mul(ti, sk), over_i))), "t_k s_k is the i = k term")
    chain.then(r.PULL_CONSTANT, general_gradient(m, target), "s_k does not depend on i")
    return chain.build()


def unit_target_chain(m: SoftmaxHead, assumption: Assumption, title: str) -> Chain:
    """(s_k Σ y − y_k)/T = (ŷ_k − y_k)/T under Σ_i y_i = 1."""
    k = m.k
    chain = ChainBuilder(title, Derivative(m.L, m.z[k]), assumptions=[assumption])
    chain.then(r.PROVEN_ABOVE, general_gradient(m, m.y), "the gradient for any target")
    chain.then(r.CONSTRAINT, _scaled(m, r.add(m.s[k], -m.y[k])), "Σ_i y_i = 1")
    answer = r.add(m.yhat[k], -m.y[k])
    chain.then(r.NOTATION, answer if m.T == 1 else r.frac(answer, m.T))
    return chain.build()


def temperature_shortcut(m: SoftmaxHead) -> Chain:
    """(ŷ_k − y_k)/T is not ŷ_k − y_k: the factor 1/T cannot be dropped."""
    answer = r.add(m.yhat[m.k], -m.y[m.k])
    chain = ChainBuilder("Forgetting the temperature", r.frac(answer, m.T), expected="fails")
    chain.then(lr.FORGET_TEMPERATURE, answer, "ŷ_k − y_k, as if T were 1")
    return chain.build()


def any_target_chain(m: SoftmaxHead) -> Chain:
    """s_k Σ_i y_i − y_k = τ ŷ_k − y_k with τ = Σ_i y_i, for any non-negative target."""
    k = m.k
    chain = ChainBuilder("Any non-negative target: τ ŷ_k − y_k", Derivative(m.L, m.z[k]))
    chain.then(r.PROVEN_ABOVE, general_gradient(m, m.y), "the gradient for any target")
    chain.then(lr.TOTAL_MASS, r.add(r.mul(total(m, m.y), m.s[k]), -m.y[k]), "τ = Σ_i y_i, written in front")
    chain.then(r.NOTATION, r.add(r.mul(total(m, m.y), m.yhat[k]), -m.y[k]), "ŷ_k = s_k; the factor is τ")
    return chain.build()


def unconstrained_shortcut(m: SoftmaxHead) -> Chain:
    """s_k Σ_i y_i − y_k = ŷ_k − y_k is false unless the targets sum to one."""
    chain = ChainBuilder("Without Σ_i y_i = 1 the shortcut fails", general_gradient(m, m.y), expected="fails")
    chain.then(r.SHORTCUT, r.add(m.yhat[m.k], -m.y[m.k]), "drops τ = Σ_i y_i although the targets need not sum to one")
    return chain.build()


def smoothed_sum_chain(m: SoftmaxHead, epsilon: Symbol) -> Chain:
    """Σ_i ytilde_i = 1 for ytilde = (1 − epsilon) y + epsilon/n and one-hot y."""
    i, n, y = m.i, m.space.upper, m.y
    chain = ChainBuilder("The smoothed target sums to one", total(m, m.ytilde), assumptions=[one_hot(m)])
    chain.then(r.DEFINITION, Sum(r.add(r.mul(r.add(S.One, -epsilon), y[i]), r.frac(epsilon, n)), m.over(i)))
    chain.then(lr.LINEARITY_SUM, r.add(r.mul(r.add(S.One, -epsilon), total(m, y)), r.mul(n, r.frac(epsilon, n))))
    chain.then(r.CONSTRAINT, r.add(r.mul(r.add(S.One, -epsilon), S.One), epsilon), "a one-hot y sums to one")
    chain.then(lr.ARITHMETIC, S.One)
    return chain.build()


def smoothed_result_chain(m: SoftmaxHead, epsilon: Symbol) -> Chain:
    """∂L/∂z_k = ŷ_k − ytilde_k = ŷ_k − (1 − epsilon) y_k − epsilon/n for one-hot y."""
    k, n = m.k, m.space.upper
    chain = ChainBuilder("One-hot target, smoothed: ŷ_k − ỹ_k", Derivative(m.L, m.z[k]), assumptions=[one_hot(m)])
    chain.then(r.PROVEN_ABOVE, general_gradient(m, m.ytilde), "the gradient for the target ỹ")
    chain.then(lr.SMOOTHED_SUM, r.add(m.s[k], -m.ytilde[k]))
    chain.then(r.NOTATION, r.add(m.yhat[k], -m.ytilde[k]))
    smoothed = r.add(r.mul(r.add(S.One, -epsilon), m.y[k]), r.frac(epsilon, n))
    chain.then(r.DEFINITION, r.add(m.yhat[k], -smoothed), "ỹ_k = (1 − ε) y_k + ε/n")
    return chain.build()


def unsmoothed_shortcut(m: SoftmaxHead) -> Chain:
    """ŷ_k − ỹ_k is not ŷ_k − y_k: the smoothing does not drop out."""
    chain = ChainBuilder("The unsmoothed answer is wrong", r.add(m.yhat[m.k], -m.ytilde[m.k]), expected="fails")
    chain.then(lr.UNSMOOTHED, r.add(m.yhat[m.k], -m.y[m.k]), "ŷ_k − y_k holds only without smoothing")
    return chain.build()


def log_softmax_chains(m: SoftmaxHead) -> tuple[Chain, ...]:
    """log s_i in log-sum-exp form; softmax and log-sum-exp unchanged by a shift c; the NLL gradient."""
    i, j, k = m.i, m.j, m.k
    z, y, s = m.z, m.y, m.s
    denominator = m.exp_sum()
    lse = ChainBuilder("Log-softmax in log-sum-exp form", log(s[i]))
    lse.then(r.DEFINITION, log(m.softmax_body(i)))
    lse.then(r.LOG_QUOTIENT, r.add(z[i], -log(denominator)), "log s_i = z_i − log Σ_j e^{z_j}")

    c = Symbol("c", real=True)
    shifted = ChainBuilder(
        "Shift invariance: adding c to every logit leaves s unchanged",
        r.frac(exp(z[i] + c), Sum(exp(z[j] + c), m.over(j))),
    )
    shifted.then(lr.SHIFT, r.frac(r.mul(exp(c), exp(z[i])), Sum(r.mul(exp(c), exp(z[j])), m.over(j))))
    shifted.then(
        lr.PULL_FACTOR, r.frac(r.mul(exp(c), exp(z[i])), r.mul(exp(c), denominator)), "e^c does not depend on j"
    )
    shifted.then(lr.CANCEL_FACTOR, r.frac(exp(z[i]), denominator), "e^c > 0")
    shifted.then(r.SUBSTITUTE, s[i])

    mx = Symbol("m", real=True)
    stable = ChainBuilder("Stable log-sum-exp: shift by any m (in practice m = max_j z_j)", log(denominator))
    stable.then(lr.SHIFT, log(Sum(r.mul(exp(mx), exp(z[j] - mx)), m.over(j))), "e^{z_j} = e^m e^{z_j − m}")
    stable.then(lr.PULL_FACTOR, log(r.mul(exp(mx), Sum(exp(z[j] - mx), m.over(j)))))
    stable.then(
        lr.LOG_PRODUCT, r.add(mx, log(Sum(exp(z[j] - mx), m.over(j)))), "no e^{z_j − m} exceeds 1 when m = max z"
    )

    over_i = m.over(i)
    grad = ChainBuilder("Negative log-likelihood gradient, without the quotient rule", Derivative(m.L, z[k]))
    grad.then(r.DEFINITION, Derivative(-Sum(r.mul(y[i], r.add(z[i], -log(denominator))), over_i), z[k]))
    inner = r.add(Derivative(z[i], z[k]), -Derivative(log(denominator), z[k]))
    grad.then(r.LINEARITY, -Sum(r.mul(y[i], inner), over_i))
    grad.then(
        lr.LSE_DERIVATIVE, -Sum(r.mul(y[i], r.add(KroneckerDelta(i, k), -r.frac(exp(z[k]), denominator))), over_i)
    )
    grad.then(r.SUBSTITUTE, -Sum(r.mul(y[i], r.add(KroneckerDelta(i, k), -s[k])), over_i), "e^{z_k}/Σ_j e^{z_j} = s_k")
    grad.then(r.EXPAND, r.add(-Sum(r.mul(y[i], KroneckerDelta(i, k)), over_i), Sum(r.mul(y[i], s[k]), over_i)))
    grad.then(r.DELTA_SUM, r.add(-y[k], Sum(r.mul(y[i], s[k]), over_i)), "Σ_i y_i δ_ik = y_k")
    grad.then(r.PULL_CONSTANT, general_gradient(m, y), "s_k does not depend on i")
    return lse.build(), shifted.build(), stable.build(), grad.build()
