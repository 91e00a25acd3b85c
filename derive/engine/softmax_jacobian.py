"""Chains for the softmax Jacobian ∂s_i/∂z_k: by the quotient rule (cases i = k, i ≠ k), by the log-derivative,
and as the matrix diag(s) − s sᵀ."""

from __future__ import annotations

from collections.abc import Callable

from sympy import (
    Derivative,
    Eq,
    Expr,
    ImmutableMatrix,
    KroneckerDelta,
    MatAdd,
    MatMul,
    Ne,
    Piecewise,
    S,
    diff,
    exp,
    log,
)

from derive.engine import rules as r
from derive.engine.step import Case, Chain, ChainBuilder
from derive.model.notation import vector_symbols
from derive.model.softmax import SoftmaxModel

#: The n of the worked Jacobian matrix shown inside a derivation for every n.
WORKED_INSTANCE_N = 3


def _case_equal(m: SoftmaxModel) -> Case:
    return Case("i = k", Eq(m.i, m.k))


def _case_unequal(m: SoftmaxModel) -> Case:
    return Case("i ≠ k", Ne(m.i, m.k))


def diagonal_case(m: SoftmaxModel) -> Chain:
    """∂s_i/∂z_i = s_i(1 − s_i), by the quotient rule (seeds 001 and 002, case i = k)."""
    i, zi, total = m.i, m.z[m.i], m.exp_sum()
    share = r.frac(exp(zi), total)
    chain = ChainBuilder("Softmax Jacobian, case i = k", Derivative(m.s[i], zi), _case_equal(m))
    chain.then(r.DEFINITION, Derivative(m.softmax_body(i), zi), "s_i = e^{z_i} / Σ_j e^{z_j}")
    d_total = diff(total, zi)
    chain.then(r.QUOTIENT, r.quotient_form(exp(zi), diff(exp(zi), zi), total, d_total))
    chain.then(r.DELTA_SUM, r.quotient_form(exp(zi), diff(exp(zi), zi), total, r.sum_deltas(d_total)))
    chain.then(r.FACTOR, r.mul(share, r.frac(r.add(total, -exp(zi)), total)), "take e^{z_i}/Σ_j e^{z_j} out")
    chain.then(r.SPLIT_FRACTION, r.mul(share, r.add(S.One, -share)))
    chain.then(r.SUBSTITUTE, r.mul(m.s[i], r.add(S.One, -m.s[i])), "e^{z_i} / Σ_j e^{z_j} = s_i")
    return chain.build()


def off_diagonal_case(m: SoftmaxModel) -> Chain:
    """∂s_i/∂z_k = −s_i s_k for i ≠ k, by the quotient rule."""
    i, k, total = m.i, m.k, m.exp_sum()
    zi, zk = m.z[i], m.z[k]
    chain = ChainBuilder("Softmax Jacobian, case i ≠ k", Derivative(m.s[i], zk), _case_unequal(m))
    chain.then(r.DEFINITION, Derivative(m.softmax_body(i), zk), "s_i = e^{z_i} / Σ_j e^{z_j}")
    d_numerator, d_total = diff(exp(zi), zk), diff(total, zk)
    chain.then(r.QUOTIENT, r.quotient_form(exp(zi), d_numerator, total, d_total))
    chain.then(r.DELTA_SUM, r.quotient_form(exp(zi), d_numerator, total, r.sum_deltas(d_total)))
    chain.then(r.CASE_DELTA, r.frac(-exp(zi) * exp(zk), r.square(total)), "i ≠ k, so δ_ik = 0")
    chain.then(r.FACTOR, -r.mul(r.frac(exp(zi), total), r.frac(exp(zk), total)))
    chain.then(r.SUBSTITUTE, -r.mul(m.s[i], m.s[k]), "e^{z_i} / Σ_j e^{z_j} = s_i and likewise s_k")
    return chain.build()


def jacobian_entry(m: SoftmaxModel) -> Expr:
    """s_i(δ_ik − s_k), the combined formula for one Jacobian entry."""
    return r.mul(m.s[m.i], r.add(KroneckerDelta(m.i, m.k), -m.s[m.k]))


def combined_cases(m: SoftmaxModel) -> Chain:
    """Both cases as one formula with a Kronecker delta: ∂s_i/∂z_k = s_i(δ_ik − s_k)."""
    i, k = m.i, m.k
    both = Piecewise((r.mul(m.s[i], r.add(S.One, -m.s[i])), Eq(i, k)), (-r.mul(m.s[i], m.s[k]), True))
    chain = ChainBuilder("Softmax Jacobian, both cases", Derivative(m.s[i], m.z[k]))
    chain.then(r.COMBINE_CASES, both, "the two cases above")
    chain.then(r.KRONECKER, jacobian_entry(m), "δ_ik is 1 when i = k and 0 otherwise")
    return chain.build()


def log_route(m: SoftmaxModel) -> tuple[Chain, Chain]:
    """∂ log s_i/∂z_k = δ_ik − s_k, then ∂s_i/∂z_k = s_i(δ_ik − s_k) (seed 003)."""
    i, k, total = m.i, m.k, m.exp_sum()
    zi, zk = m.z[i], m.z[k]
    log_total = log(total)
    first = ChainBuilder("Log-derivative of softmax", Derivative(log(m.s[i]), zk))
    first.then(r.DEFINITION, Derivative(log(m.softmax_body(i)), zk), "s_i = e^{z_i} / Σ_j e^{z_j}")
    first.then(r.LOG_QUOTIENT, Derivative(r.add(zi, -log_total), zk))
    inner = diff(total, zk)
    first.then(r.DIFFERENTIATE, r.add(diff(zi, zk), -r.frac(inner, total)))
    first.then(r.DELTA_SUM, r.add(diff(zi, zk), -r.frac(r.sum_deltas(inner), total)))
    first.then(r.SUBSTITUTE, r.add(KroneckerDelta(i, k), -m.s[k]), "e^{z_k} / Σ_j e^{z_j} = s_k")
    second = ChainBuilder("Softmax Jacobian from the log-derivative", Derivative(m.s[i], zk))
    second.then(r.LOG_DERIVATIVE, r.mul(m.s[i], Derivative(log(m.s[i]), zk)))
    second.then(r.PROVEN_ABOVE, jacobian_entry(m), "∂ log s_i / ∂z_k = δ_ik − s_k")
    return first.build(), second.build()


def jacobian_matrix(m: SoftmaxModel, n: int, instance: bool = False) -> Chain:
    """The full n × n Jacobian, entry by entry, equal to diag(s) − s sᵀ: for concrete n, or as a worked
    instance at this n inside a derivation for every n."""
    s = vector_symbols(m.s, n)  # built once: an Indexed entry is slow to create
    z = vector_symbols(m.z, n)
    partials = _square(n, lambda a, b: Derivative(s[a], z[b]))
    entries = _square(n, lambda a, b: r.mul(s[a], r.add(S.One, -s[a])) if a == b else -r.mul(s[a], s[b]))
    column = ImmutableMatrix(s)
    matrix_form = MatAdd(
        _square(n, lambda a, b: s[a] if a == b else S.Zero),
        MatMul(S.NegativeOne, column, column.T, evaluate=False),
        evaluate=False,
    )
    title = f"Worked instance: the full {n} × {n} Jacobian at n = {n}" if instance else f"The full {n} × {n} Jacobian"
    chain = ChainBuilder(title, partials, instance_n=n if instance else None)
    chain.then(r.ENTRYWISE, entries, "δ_ii = 1 on the diagonal, δ_ik = 0 off it")
    chain.then(r.MATRIX_FORM, matrix_form)
    return chain.build()


def _square(n: int, entry: Callable[[int, int], Expr]) -> ImmutableMatrix:
    """The n × n matrix of ``entry(a, b)`` (from 0), built from a flat list: given a function, SymPy makes both
    indices of every entry SymPy integers first, which took most of the time of building at n = 256."""
    return ImmutableMatrix(n, n, [entry(a, b) for a in range(n) for b in range(n)])


def quotient_route(m: SoftmaxModel) -> tuple[Chain, ...]:
    """The quotient-rule derivation: both cases, the combined formula, and the matrix for concrete n."""
    chains: tuple[Chain, ...] = (diagonal_case(m), off_diagonal_case(m), combined_cases(m))
    if isinstance(m.space.n, int):
        return (*chains, jacobian_matrix(m, m.space.n))
    return (*chains, jacobian_matrix(m, WORKED_INSTANCE_N, instance=True))
