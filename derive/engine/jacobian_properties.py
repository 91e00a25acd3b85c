"""Chains for the properties of the softmax Jacobian J = diag(s) − s sᵀ, J_ik = s_i(δ_ik − s_k): it is symmetric,
every row sums to zero (J·1 = 0), and vᵀJv = Σ_i s_i v_i² − (Σ_i s_i v_i)² = Σ_i s_i (v_i − Σ_k s_k v_k)² ≥ 0,
a variance, so J is positive semidefinite.

The inequality is written as the equality X = max(0, X), which holds exactly when X ≥ 0; the checker proves it
from the form of X (SymPy's assumptions: s_i > 0, a square of a real number is ≥ 0, a sum of terms ≥ 0 is ≥ 0).
"""

from __future__ import annotations

from sympy import Derivative, Expr, ImmutableMatrix, IndexedBase, KroneckerDelta, MatAdd, MatMul, Max, S, Sum

from derive.engine import rules as r
from derive.engine.softmax_jacobian import jacobian_entry
from derive.engine.step import Chain, ChainBuilder, Rule
from derive.model.softmax import SoftmaxModel

JACOBIAN = Rule("softmax Jacobian", "J_ik = ∂s_i/∂z_k = s_i(δ_ik − s_k), proven in softmax-jacobian")
SWAP = Rule("δ is symmetric", "s_i δ_ik = s_k δ_ki: both are s_i when i = k and 0 otherwise")
FACTOR = Rule("factor", "pull out a common factor")
DELTA_SUM = Rule("sum over a Kronecker delta", "Σ_k a_k δ_ik = a_i, since 1 ≤ i ≤ n")
SUM_TO_ONE = Rule("softmax sums to one", "Σ_k s_k = Σ_k e^(z_k) / Σ_j e^(z_j) = 1")
SQUARE_OF_SUM = Rule("product of two sums", "Σ_i Σ_k a_i a_k = (Σ_i a_i)²")
VARIANCE = Rule("variance form", "Σ_i s_i (v_i − m)² = Σ_i s_i v_i² − 2m Σ_i s_i v_i + m² Σ_i s_i, with Σ_i s_i = 1")
NONNEGATIVE = Rule(
    "non-negative",
    "X = max(0, X) says X ≥ 0: each term s_i (v_i − m)² is ≥ 0 since s_i > 0 and a square of a real is ≥ 0",
)
DIAGONAL_MINUS_OUTER = Rule("matrix form", "[s_i δ_ik − s_i s_k]_ik = diag(s) − s sᵀ")
TRANSPOSE = Rule("transpose", "(diag(s) − s sᵀ)ᵀ = diag(s)ᵀ − (sᵀ)ᵀ sᵀ = diag(s) − s sᵀ")
ROW_SUMS = Rule("row sums", "(J·1)_i = Σ_k J_ik = s_i − s_i Σ_k s_k = 0")


def probe(m: SoftmaxModel) -> IndexedBase:
    """The vector v of the quadratic form vᵀJv (real entries)."""
    return IndexedBase("v", real=True)


def symmetric(m: SoftmaxModel) -> Chain:
    """∂s_i/∂z_k = ∂s_k/∂z_i: J is symmetric."""
    i, k, s = m.i, m.k, m.s
    chain = ChainBuilder("J is symmetric: J_ik = J_ki", Derivative(s[i], m.z[k]))
    chain.then(JACOBIAN, jacobian_entry(m))
    chain.then(r.EXPAND, r.add(r.mul(s[i], KroneckerDelta(i, k)), -r.mul(s[i], s[k])))
    chain.then(SWAP, r.add(r.mul(s[k], KroneckerDelta(k, i)), -r.mul(s[k], s[i])), "and s_i s_k = s_k s_i")
    chain.then(FACTOR, r.mul(s[k], r.add(KroneckerDelta(k, i), -s[i])))
    chain.then(JACOBIAN, Derivative(s[k], m.z[i]), "the same formula with i and k swapped")
    return chain.build()


def rows_sum_to_zero(m: SoftmaxModel) -> Chain:
    """(J·1)_i = Σ_k ∂s_i/∂z_k = 0."""
    i, k, s, n = m.i, m.k, m.s, m.space.upper
    chain = ChainBuilder("Every row sums to zero: J·1 = 0", Sum(Derivative(s[i], m.z[k]), (k, 1, n)))
    chain.then(JACOBIAN, Sum(jacobian_entry(m), (k, 1, n)))
    chain.then(DELTA_SUM, r.add(s[i], -r.mul(s[i], Sum(s[k], (k, 1, n)))), "and s_i comes out of the sum over k")
    chain.then(SUM_TO_ONE, r.add(s[i], -r.mul(s[i], S.One)))
    chain.then(r.EXPAND, S.Zero, "so 1 is an eigenvector of J with eigenvalue 0; by symmetry 1ᵀJ = 0 too")
    return chain.build()


def weighted_mean(m: SoftmaxModel, v: IndexedBase) -> Expr:
    """m = Σ_k s_k v_k, the mean of v under the distribution s."""
    return Sum(r.mul(m.s[m.k], v[m.k]), (m.k, 1, m.space.upper))


def quadratic_form(m: SoftmaxModel) -> Chain:
    """vᵀJv = Σ_i s_i v_i² − (Σ_i s_i v_i)² = Σ_i s_i (v_i − m)², which is ≥ 0."""
    i, k, s, n = m.i, m.k, m.s, m.space.upper
    v = probe(m)
    over_i, over_k = (i, 1, n), (k, 1, n)
    mean = weighted_mean(m, v)
    lhs = Sum(Sum(r.mul(v[i], Derivative(s[i], m.z[k]), v[k]), over_k), over_i)
    chain = ChainBuilder("J is positive semidefinite: vᵀJv is a variance", lhs)
    chain.then(JACOBIAN, Sum(Sum(r.mul(v[i], jacobian_entry(m), v[k]), over_k), over_i))
    double = Sum(Sum(r.mul(s[i], v[i], s[k], v[k]), over_k), over_i)
    chain.then(DELTA_SUM, r.add(Sum(r.mul(s[i], r.square(v[i])), over_i), -double), "the δ_ik term")
    second = r.add(Sum(r.mul(s[i], r.square(v[i])), over_i), -r.square(Sum(r.mul(s[i], v[i]), over_i)))
    chain.then(SQUARE_OF_SUM, second, "with a_i = s_i v_i")
    variance = Sum(r.mul(s[i], r.square(r.add(v[i], -mean))), over_i)
    chain.then(VARIANCE, variance, "m = Σ_k s_k v_k, the mean of v under s")
    chain.then(NONNEGATIVE, Max(S.Zero, variance, evaluate=False), "so vᵀJv ≥ 0 for every real v")
    return chain.build()


def matrix_chains(m: SoftmaxModel, n: int, instance: bool = False) -> tuple[Chain, ...]:
    """The same properties of the n × n matrix diag(s) − s sᵀ, entry by entry."""
    s = m.s
    at = n if instance else None
    prefix = f"Worked instance at n = {n}: " if instance else ""
    column = ImmutableMatrix([s[a] for a in range(1, n + 1)])
    diagonal = ImmutableMatrix(n, n, lambda a, b: s[a + 1] if a == b else S.Zero)
    form = MatAdd(diagonal, MatMul(S.NegativeOne, column, column.T, evaluate=False), evaluate=False)
    entries = ImmutableMatrix(n, n, lambda a, b: Derivative(s[a + 1], m.z[b + 1]))
    transposed = ChainBuilder(f"{prefix}the {n} × {n} matrix J equals its transpose", entries.T, instance_n=at)
    transposed.then(JACOBIAN, ImmutableMatrix(n, n, lambda a, b: _entry(m, b + 1, a + 1)), "entry (k, i) of Jᵀ")
    transposed.then(SWAP, ImmutableMatrix(n, n, lambda a, b: _entry(m, a + 1, b + 1)))
    transposed.then(DIAGONAL_MINUS_OUTER, form)
    ones = ImmutableMatrix([S.One] * n)
    product = ChainBuilder(f"{prefix}J·1 = 0 for the {n} × {n} matrix", MatMul(entries, ones, evaluate=False))
    product.instance_n = at
    product.then(DIAGONAL_MINUS_OUTER, MatMul(form, ones, evaluate=False))
    product.then(ROW_SUMS, ImmutableMatrix([S.Zero] * n))
    return transposed.build(), product.build()


def _entry(m: SoftmaxModel, a: int, b: int) -> Expr:
    """s_a(δ_ab − s_b) written out: s_a(1 − s_a) on the diagonal, −s_a s_b off it."""
    s = m.s
    return r.mul(s[a], r.add(S.One, -s[a])) if a == b else -r.mul(s[a], s[b])
