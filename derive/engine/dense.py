"""Chains for a dense layer z = Wᵀx + b under softmax and cross-entropy (seed 002): ∂L/∂W_ij = x_i(ŷ_j − y_j),
∂L/∂b_j = ŷ_j − y_j, and the matrix forms ∂L/∂W = x(ŷ − y)ᵀ (d × n, an outer product) and ∂L/∂b = ŷ − y.

The matrix forms are derived from the index form, entry by entry, never by SymPy's matrix calculus (which
differentiates softmax written with MatrixSymbol to diag(e)/Z, missing −s sᵀ: SymPy issues 27406, 26585).
"""

from __future__ import annotations

from sympy import Derivative, Eq, Expr, ImmutableMatrix, Indexed, KroneckerDelta, MatMul, S

from derive.engine import rules as r
from derive.engine.step import Assumption, Chain, ChainBuilder, Rule
from derive.model.layers import DenseModel

CHAIN_THROUGH_LOGITS = Rule(
    "chain rule through the logits",
    "∂L/∂p = Σ_k ∂L/∂z_k · ∂z_k/∂p for a weight or bias p, with ∂L/∂z_k = ŷ_k − y_k (softmax-ce, as Σ_k y_k = 1)",
)
LAYER_DERIVATIVE = Rule("derivative of the layer", "∂z_k/∂W_ij = x_i δ_jk and ∂z_k/∂b_j = δ_jk")
DELTA_SUM = Rule("sum over a Kronecker delta", "Σ_k a_k δ_jk = a_j, since 1 ≤ j ≤ n")
ENTRIES = Rule("entry by entry", "the index result at every (i, j)")
OUTER_PRODUCT = Rule("outer product", "[x_i (ŷ_j − y_j)]_ij = x (ŷ − y)ᵀ: (d × 1)(1 × n) = d × n")


def _prefix(m: DenseModel, instance_n: int | None) -> str:
    """ "Worked instance at n = 3, d = 2: " for a worked instance, else "The "."""
    return f"Worked instance at n = {instance_n}, d = {m.d}: " if instance_n is not None else "The "


def targets_sum_to_one(m: DenseModel) -> Assumption:
    return Assumption("sum-to-one", "the targets sum to one", Eq(m.class_sum(m.y[m.k]), 1), m.y)


def error(m: DenseModel, index: Expr) -> Expr:
    """ŷ_index − y_index, the error at the logits."""
    return r.add(m.yhat[index], -m.y[index])


def weight_chain(m: DenseModel, instance_n: int | None = None) -> Chain:
    """∂L/∂W_ij = Σ_k (ŷ_k − y_k) ∂z_k/∂W_ij = Σ_k (ŷ_k − y_k) x_i δ_jk = x_i(ŷ_j − y_j)."""
    i, j, k = m.i, m.j, m.k
    w = m.W[i, j]
    title = _prefix(m, instance_n) + f"gradient for one weight {m.W}_ij"
    chain = ChainBuilder(title, Derivative(m.L, w), assumptions=[targets_sum_to_one(m)], instance_n=instance_n)
    chain.then(CHAIN_THROUGH_LOGITS, m.class_sum(r.mul(error(m, k), Derivative(m.z[k], w))))
    chain.then(LAYER_DERIVATIVE, m.class_sum(r.mul(error(m, k), m.x[i], KroneckerDelta(j, k))))
    chain.then(DELTA_SUM, r.mul(m.x[i], error(m, j)), "only the k = j term survives")
    return chain.build()


def bias_chain(m: DenseModel, instance_n: int | None = None) -> Chain:
    """∂L/∂b_j = Σ_k (ŷ_k − y_k) ∂z_k/∂b_j = Σ_k (ŷ_k − y_k) δ_jk = ŷ_j − y_j."""
    j, k = m.j, m.k
    title = _prefix(m, instance_n) + "gradient for one bias b_j"
    chain = ChainBuilder(title, Derivative(m.L, m.b[j]), assumptions=[targets_sum_to_one(m)], instance_n=instance_n)
    chain.then(CHAIN_THROUGH_LOGITS, m.class_sum(r.mul(error(m, k), Derivative(m.z[k], m.b[j]))))
    chain.then(LAYER_DERIVATIVE, m.class_sum(r.mul(error(m, k), KroneckerDelta(j, k))))
    chain.then(DELTA_SUM, error(m, j), "only the k = j term survives")
    return chain.build()


def gradient_matrix(m: DenseModel, n: int) -> ImmutableMatrix:
    """[∂L/∂W_ij], of the shape of W: d × n."""
    return ImmutableMatrix(m.d, n, lambda a, b: Derivative(m.L, m.W[a + 1, b + 1]))


def error_column(m: DenseModel, n: int) -> ImmutableMatrix:
    """ŷ − y as an n × 1 column."""
    return ImmutableMatrix(n, 1, lambda a, _: error(m, S(a + 1)))


def matrix_chains(m: DenseModel, n: int, instance: bool = False) -> tuple[Chain, Chain]:
    """∂L/∂W = x(ŷ − y)ᵀ (shape d × n) and ∂L/∂b = ŷ − y (shape n × 1), entry by entry from the index form."""
    at = n if instance else None
    prefix = _prefix(m, at)
    x = ImmutableMatrix(m.d, 1, lambda a, _: m.x[a + 1])
    weights = ChainBuilder(
        f"{prefix}matrix form ∂L/∂W = x (ŷ − y)ᵀ, shape {m.d} × {n} like W",
        gradient_matrix(m, n),
        assumptions=[targets_sum_to_one(m)],
        instance_n=at,
    )
    weights.then(ENTRIES, ImmutableMatrix(m.d, n, lambda a, b: r.mul(m.x[a + 1], error(m, S(b + 1)))))
    weights.then(OUTER_PRODUCT, MatMul(x, error_column(m, n).T, evaluate=False))
    biases = ChainBuilder(
        f"{prefix}matrix form ∂L/∂b = ŷ − y, shape {n} × 1 like b",
        ImmutableMatrix(n, 1, lambda a, _: Derivative(m.L, m.b[a + 1])),
        assumptions=[targets_sum_to_one(m)],
        instance_n=at,
    )
    biases.then(ENTRIES, error_column(m, n), "the index result at every j: the column ŷ − y")
    return weights.build(), biases.build()


def written_out_weight(m: DenseModel, row: int, column: int, n: int, instance: bool = False) -> Chain:
    """Seed 002's network, one weight written out: ∂J/∂w_rc = Σ_k (ŷ_k − y_k) ∂θ_k/∂w_rc term by term."""
    w = m.W[row, column]
    terms = [r.mul(error(m, S(c)), Derivative(m.z[c], w)) for c in range(1, n + 1)]
    values = [r.mul(error(m, S(c)), m.x[row] if c == column else S.Zero) for c in range(1, n + 1)]
    title = f"The tutorial's network, the weight {w_name(w)} written out"
    chain = ChainBuilder(
        title, Derivative(m.L, w), assumptions=[targets_sum_to_one(m)], instance_n=n if instance else None
    )
    chain.then(CHAIN_THROUGH_LOGITS, r.add(*terms), "every logit θ_k is a path from the weight to the loss")
    chain.then(LAYER_DERIVATIVE, r.add(*values), f"θ_k depends on {w_name(w)} only for k = {column}")
    chain.then(r.EXPAND, r.mul(m.x[row], error(m, S(column))))
    return chain.build()


def w_name(entry: Indexed) -> str:
    return f"{entry.base}_{''.join(str(v) for v in entry.indices)}"


PATHS = Rule("sum over the paths", "∂E/∂w = Σ over the paths from w to E of the product of the derivatives on it")
CANCEL = Rule("cancel", "(t_m / o_m) · o_m = t_m, since o_m > 0")
COLLECT = Rule("collect", "−t_1 + o_1 t_1 + Σ_{m≠1} o_1 t_m = o_1 Σ_m t_m − t_1")
CONSTRAINT = Rule("apply the constraint", "Σ_m t_m = 1 for a one-hot t")
ONE_PATH = Rule("one path only", "the path through o_1 alone, as if o_2 did not depend on y_1")


def _path(m: DenseModel, output: int) -> Expr:
    """∂E/∂o_m · ∂o_m/∂y_1 · ∂y_1/∂w_21 = (−t_m/o_m) · o_m(δ_m1 − o_1) · h_2."""
    o, t = m.yhat, m.y
    jacobian = r.mul(o[1], r.add(S.One, -o[1])) if output == 1 else -r.mul(o[output], o[1])
    return r.mul(-r.frac(t[output], o[output]), jacobian, m.x[2])


def toy_network(m: DenseModel, n: int, instance: bool = False) -> tuple[Chain, Chain]:
    """Seed 000's toy network: w_21 reaches E through y_1 and then every output o_m, one path each; the sum of
    the path contributions is ∂E/∂w_21 = h_2(o_1 − t_1). Beside it, the single path alone, refuted."""
    o, t, h = m.yhat, m.y, m.x
    at = n if instance else None
    prefix = f"Worked instance at n = {n}: " if instance else ""
    lhs = Derivative(m.L, m.W[2, 1])
    single_title = "one path is not enough: the question's mistake (it drops the sum over outputs)"
    paths = ChainBuilder(
        f"{prefix}the weight w_21 reaches E by {n} paths, y_1 → o_m → E for each output o_m",
        lhs,
        assumptions=[targets_sum_to_one(m)],
        instance_n=at,
    )
    paths.then(
        PATHS, r.add(*(_path(m, out) for out in range(1, n + 1))), "∂y_1/∂w_21 = h_2; ∂o_m/∂y_1 = o_m(δ_m1 − o_1)"
    )
    others = [r.mul(t[out], o[1], h[2]) for out in range(2, n + 1)]
    paths.then(CANCEL, r.add(-r.mul(t[1], r.add(S.One, -o[1]), h[2]), *others))
    total = r.add(*(t[out] for out in range(1, n + 1)))
    paths.then(COLLECT, r.mul(h[2], r.add(r.mul(o[1], total), -t[1])))
    paths.then(CONSTRAINT, r.mul(h[2], r.add(o[1], -t[1])), "as in the question: t_1 + t_2 = 1 as t is one-hot")
    single = ChainBuilder(
        f"{prefix}{single_title}" if instance else single_title.capitalize(),
        lhs,
        assumptions=[targets_sum_to_one(m)],
        expected="fails",
        instance_n=at,
    )
    single.then(ONE_PATH, r.mul(-t[1], r.add(S.One, -o[1]), h[2]), "no update when t_1 = 0, as the question found")
    return paths.build(), single.build()
