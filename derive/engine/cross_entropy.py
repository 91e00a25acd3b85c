"""Chains for the cross-entropy gradient ∂L/∂z_k: a general target (seeds 000, 001, 002), then one-hot targets."""

from __future__ import annotations

from sympy import Derivative, Eq, Expr, KroneckerDelta, S, Sum, log

from derive.engine import rules as r
from derive.engine.softmax_jacobian import jacobian_entry
from derive.engine.step import Assumption, Chain, ChainBuilder
from derive.model.notation import SumExcept
from derive.model.softmax import SoftmaxModel


def target_sum(m: SoftmaxModel) -> Expr:
    """τ = Σ_i y_i, the total mass of the target (1 for a one-hot or probability target)."""
    return Sum(m.y[m.i], (m.i, 1, m.space.upper))


def general_gradient(m: SoftmaxModel) -> Expr:
    """s_k Σ_i y_i − y_k, the gradient for any target."""
    return r.add(r.mul(m.s[m.k], target_sum(m)), -m.y[m.k])


def sum_to_one(m: SoftmaxModel) -> Assumption:
    return Assumption("sum-to-one", "the targets sum to one", Eq(target_sum(m), 1), m.y)


def one_hot(m: SoftmaxModel) -> Assumption:
    return Assumption("one-hot", "y is one-hot: y = e_m for some class m", None, m.y)


def gradient_chain(m: SoftmaxModel) -> Chain:
    """∂L/∂z_k = s_k Σ_i y_i − y_k through the Jacobian, splitting the sum at i = k."""
    i, k, n = m.i, m.k, m.space.upper
    yi, si, sk, yk = m.y[i], m.s[i], m.s[k], m.y[k]
    over_i = (i, 1, n)
    chain = ChainBuilder("Cross-entropy gradient, any target", Derivative(m.L, m.z[k]))
    chain.then(r.DEFINITION, Derivative(m.cross_entropy_body(), m.z[k]), "L = −Σ_i y_i log s_i")
    chain.then(r.LINEARITY, -Sum(r.mul(yi, Derivative(log(si), m.z[k])), over_i))
    chain.then(r.CHAIN_LOG, -Sum(r.mul(r.frac(yi, si), Derivative(si, m.z[k])), over_i))
    chain.then(r.JACOBIAN, -Sum(r.mul(r.frac(yi, si), jacobian_entry(m)), over_i))
    chain.then(r.CANCEL, -Sum(r.mul(yi, r.add(KroneckerDelta(i, k), -sk)), over_i))
    chain.then(r.SPLIT_SUM, r.add(-r.mul(yk, r.add(S.One, -sk)), -SumExcept(r.mul(yi, -sk), over_i, k)))
    chain.then(r.EXPAND, r.add(-yk, r.mul(yk, sk), SumExcept(r.mul(yi, sk), over_i, k)))
    chain.then(r.MERGE_SUM, r.add(-yk, Sum(r.mul(yi, sk), over_i)), "y_k s_k is the i = k term")
    chain.then(r.PULL_CONSTANT, general_gradient(m), "s_k does not depend on i")
    return chain.build()


def one_hot_chains(m: SoftmaxModel) -> tuple[Chain, ...]:
    """ŷ_k − y_k two ways (under Σ_i y_i = 1; for each one-hot target), and the shortcut refuted without them."""
    k = m.k
    answer = r.add(m.yhat[k], -m.y[k])
    constrained = ChainBuilder(
        "One-hot target, by the constraint Σ_i y_i = 1", Derivative(m.L, m.z[k]), assumptions=[sum_to_one(m)]
    )
    constrained.then(r.PROVEN_ABOVE, general_gradient(m), "the gradient for any target")
    constrained.then(r.CONSTRAINT, r.add(m.s[k], -m.y[k]), "a one-hot target sums to one")
    constrained.then(r.NOTATION, answer)
    each = ChainBuilder("One-hot target, each of the n targets", Derivative(m.L, m.z[k]), assumptions=[one_hot(m)])
    each.then(r.ONE_HOT, answer, "checked for every class m that the target can pick")
    shortcut = ChainBuilder("Without the constraint the shortcut fails", general_gradient(m), expected="fails")
    shortcut.then(r.SHORTCUT, answer, "drops Σ_i y_i although the targets need not sum to one")
    return constrained.build(), each.build(), shortcut.build()
