"""The built-in layer derivations: a dense layer under softmax / cross-entropy (and seed 002's network), the
properties of the softmax Jacobian matrix, back-propagation through a hidden layer, and seed 000's toy network."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, ImmutableMatrix, Interval, Range, Reals, Symbol, oo
from sympy.sets import Contains

from derive.engine import backprop as bp
from derive.engine import dense
from derive.engine import jacobian_properties as jp
from derive.engine import softmax_jacobian as sj
from derive.engine.step import Assumption, Chain, Derivation
from derive.model.activations import RELU, SIGMOID, TANH, Activation
from derive.model.layers import DenseModel, dense_model, hidden_model
from derive.model.notation import expand_definitions, rename_bound_apart, vector_symbols
from derive.model.softmax import softmax_model

#: The size of the worked instance a layer derivation shows for every n: seed 002's 2-input, 3-class network.
INSTANCE_N = 3
INPUTS = 2
BACKPROP_INPUTS = 2
HIDDEN = 2
#: Seed 000's toy network has two outputs.
TOY_N = 2


SYMBOLIC_NOTE = (
    "For every n: the index forms are proven for every n, with the input index i (range 1..d = {d}) taken at"
    " each of its values; the matrix and written-out forms are a worked instance at n = {n}, d = {d}."
)


def _dense_assumptions(m: DenseModel) -> tuple[Assumption, ...]:
    n = m.space.upper
    return (
        Assumption("domain", f"the input index i ranges over 1, …, d = {m.d}", Contains(m.i, Range(1, m.d + 1))),
        Assumption("domain", "the class indices j, k range over 1, …, n", Contains(m.j, Range(1, n + 1))),
        Assumption("domain", "the inputs, weights and biases are real", Contains(m.W[m.i, m.j], Reals)),
        Assumption("domain", "the targets are non-negative reals", Contains(m.y[m.k], Interval(0, oo))),
        dense.targets_sum_to_one(m),
    )


Roles = tuple[tuple[str, tuple[Basic, ...]], ...]


def _roles(roles: Roles, n: int | Symbol) -> Roles:
    """The symbols by role: their entries at a concrete n; for every n, each vector or matrix once, by name
    (as the softmax derivations list z and y), since its entries depend on n."""
    if isinstance(n, int):
        return roles
    return tuple((role, tuple(dict.fromkeys(entry.base for entry in entries))) for role, entries in roles)


def _dense_symbols(m: DenseModel, n: int) -> Roles:
    weights = tuple(m.W[a, b] for a in range(1, m.d + 1) for b in range(1, n + 1))
    return (
        ("inputs", vector_symbols(m.x, m.d)),
        ("weights", weights),
        *((("biases", vector_symbols(m.b, n)),) if m.bias else ()),
        ("targets", vector_symbols(m.y, n)),
    )


def _dense_result(m: DenseModel, n: int | Symbol) -> Basic:
    """∂L/∂W = x(ŷ − y)ᵀ in the base symbols: a d × n matrix at concrete n, else the index formula."""
    entry = rename_bound_apart(expand_definitions(m.x[m.i] * (m.yhat[m.j] - m.y[m.j]), m.definitions), (m.i, m.j))
    if not isinstance(n, int):
        return entry
    return ImmutableMatrix(m.d, n, lambda a, b: entry.xreplace({m.i: a + 1, m.j: b + 1}).doit())


BACKPROP_NOTE = (
    "For every n: each step is claimed for every number n of classes, with d = {d} inputs and {hidden} hidden units,"
    " at every value of the input and hidden-unit indices i and j."
)


SHAPE_NOTES = (
    "Shapes: x is d × 1, W is d × n, b and ŷ − y are n × 1; the gradient ∂L/∂W has the shape of W, d × n, and is"
    " the outer product x (ŷ − y)ᵀ; ∂L/∂b = ŷ − y is n × 1.",
    "The tutorial writes ∂J/∂w = xᵀ(ŷ − y), which is loose about shapes: xᵀ is 1 × d and ŷ − y is n × 1, so that"
    " product is not defined for d ≠ n (and is a number, not a d × n matrix, when d = n). The entries"
    " ∂J/∂w_ik = x_i(ŷ_k − y_k) are what it means: the outer product x (ŷ − y)ᵀ.",
    "The matrix forms are derived entry by entry from the index form and checked entry by entry, not by"
    " SymPy's matrix calculus, which gets softmax wrong (SymPy issues 27406 and 26585).",
)


def _layer_derivation(
    name: str, title: str, m: DenseModel, n: int | Symbol, chains: Sequence[Chain], notes: Sequence[str]
) -> Derivation:
    instances = sorted({chain.instance_n for chain in chains if chain.instance_n is not None})
    shown = n if isinstance(n, int) else instances[0]
    extra = () if isinstance(n, int) else (SYMBOLIC_NOTE.format(n=shown, d=m.d),)
    return Derivation(
        name=name,
        title=title,
        space=m.space,
        assumptions=_dense_assumptions(m),
        definitions=m.definitions,
        symbols=_roles(_dense_symbols(m, shown), n),
        chains=tuple(chains),
        result=_dense_result(m, n),
        notes=(*notes, *extra),
    )


def dense_softmax_ce(n: int | Symbol) -> Derivation:
    m = dense_model(n, INPUTS)
    concrete = isinstance(n, int)
    size = n if isinstance(n, int) else INSTANCE_N
    chains = (dense.weight_chain(m), dense.bias_chain(m), *dense.matrix_chains(m, size, not concrete))
    return _layer_derivation(
        "dense-softmax-ce",
        "A dense layer under softmax and cross-entropy: ∂L/∂W = x(ŷ − y)ᵀ",
        m,
        n,
        chains,
        SHAPE_NOTES,
    )


def seed_002_network(n: int | Symbol) -> Derivation:
    m = dense_model(n, INPUTS, notation="seed-002")
    concrete = isinstance(n, int)
    size = n if isinstance(n, int) else INSTANCE_N
    written = tuple(
        dense.written_out_weight(m, row, column, size, not concrete) for row, column in ((1, 1), (INPUTS, size))
    )
    chains = (dense.weight_chain(m), dense.bias_chain(m), *written, *dense.matrix_chains(m, size, not concrete))
    notes = (
        "The network of a tutorial on softmax classification: x ∈ ℝ², three classes, θ = wᵀx + b with w of"
        " shape 2 × 3, ŷ = softmax(θ),"
        " J = −Σ_i y_i log ŷ_i. At n = 3 this is that network exactly; another n gives it n classes.",
        "The tutorial writes θ_k = Σ_{i=1}^{3} w_ik x_i + b_k; with two inputs the sum runs over i = 1, 2.",
        *SHAPE_NOTES[:2],
    )
    return _layer_derivation(
        "seed-002-network", "A tutorial's 2-input, 3-class network: ∂J/∂w and ∂J/∂b", m, n, chains, notes
    )


def toy_network(n: int | Symbol) -> Derivation:
    m = dense_model(n, INPUTS, notation="seed-000")
    concrete = isinstance(n, int)
    size = n if isinstance(n, int) else TOY_N
    notes = (
        "The toy network of a question asked on a Q&A site, whose derivation drops a sum: inputs h_1, h_2,"
        " logits y_j = Σ_i w_ij h_i (no bias),"
        " outputs o_j = e^(y_j) / Σ_m e^(y_m), loss E = −Σ_j t_j log o_j. At n = 2 it is that network;"
        " the weight w_21 changes y_1, and y_1 changes"
        " both outputs, so there are two paths to E, and their contributions add up to ∂E/∂w_21.",
    )
    chains = (dense.weight_chain(m), *dense.toy_network(m, size, not concrete))
    return _layer_derivation(
        "toy-network", "A Q&A-site question's toy network: one weight, two paths", m, n, chains, notes
    )


def softmax_jacobian_matrix(n: int | Symbol) -> Derivation:
    m = softmax_model(n)
    concrete = isinstance(n, int)
    size = n if isinstance(n, int) else INSTANCE_N
    v = jp.probe(m)
    i = m.i
    chains = (
        sj.jacobian_matrix(m, size, not concrete),
        jp.symmetric(m),
        jp.rows_sum_to_zero(m),
        jp.quadratic_form(m),
        *jp.matrix_chains(m, size, not concrete),
    )
    entry = expand_definitions(sj.jacobian_entry(m), m.definitions)
    result = (
        ImmutableMatrix(size, size, lambda a, b: entry.xreplace({m.i: a + 1, m.k: b + 1}).doit()) if concrete else entry
    )
    indices = ", ".join(str(index) for index in m.space.indices)
    return Derivation(
        name="softmax-jacobian-matrix",
        title="The softmax Jacobian J = diag(s) − s sᵀ: symmetric, rows summing to zero, positive semidefinite",
        space=m.space,
        assumptions=(
            Assumption("domain", f"the indices {indices} range over 1, …, n", Contains(i, Range(1, m.space.upper + 1))),
            Assumption("domain", "the logits are real", Contains(m.z[i], Reals)),
            Assumption("domain", "the vector v of the quadratic form is real", Contains(v[i], Reals)),
        ),
        definitions=m.definitions[:1],
        symbols=_roles((("logits", vector_symbols(m.z, size)), ("vector", vector_symbols(v, size))), n),
        chains=chains,
        result=result,
        notes=(
            "vᵀJv = Σ_i s_i v_i² − (Σ_i s_i v_i)² is the variance of v under the distribution s, so J is positive"
            " semidefinite; its null space contains 1 (the rows sum to zero), so J is singular.",
            "The inequality vᵀJv ≥ 0 is checked as the equality of X and the larger of 0 and X, which holds"
            " exactly when X ≥ 0; it is proven from the form of X: each term s_i (v_i − m)² with m = Σ_k s_k v_k"
            " is ≥ 0 because s_i > 0 and a square of a real number is ≥ 0 (SymPy's assumptions decide that the"
            " larger of 0 and X is X from exactly these facts).",
        ),
    )


def _backprop(activation: Activation, name: str, n: int | Symbol) -> Derivation:
    m = hidden_model(n, activation, BACKPROP_INPUTS, HIDDEN)
    i, j, k = m.i, m.j, m.k
    assumptions: tuple[Assumption, ...] = (
        Assumption("domain", f"the input index i ranges over 1, …, {m.d}", Contains(i, Range(1, m.d + 1))),
        Assumption(
            "domain", f"the hidden indices j, p range over 1, …, {m.hidden}", Contains(j, Range(1, m.hidden + 1))
        ),
        Assumption("domain", "the class indices k, m range over 1, …, n", Contains(k, Range(1, n + 1))),
        Assumption("domain", "inputs, weights and biases are real", Contains(m.V[i, j], Reals)),
        Assumption("domain", "the targets are non-negative reals", Contains(m.y[k], Interval(0, oo))),
        bp.targets_sum_to_one(m),
    )
    if activation.convention:
        assumptions = (*assumptions, Assumption("domain", activation.convention))
    size = n if isinstance(n, int) else 1  # for every n, each vector and matrix is listed once, by name (_roles)
    symbols = (
        ("inputs", vector_symbols(m.x, m.d)),
        ("hidden weights", tuple(m.V[a, b] for a in range(1, m.d + 1) for b in range(1, m.hidden + 1))),
        ("hidden biases", vector_symbols(m.c, m.hidden)),
        ("output weights", tuple(m.W[a, b] for a in range(1, m.hidden + 1) for b in range(1, size + 1))),
        ("output biases", vector_symbols(m.b, size)),
        ("targets", vector_symbols(m.y, size)),
    )
    # ∂L/∂V_ij = x_i δ_j = x_i σ′(a_j) Σ_k W_jk (ŷ_k − y_k), in the inputs and parameters
    gradient = m.x[i] * bp.derivative_of_activation(m) * m.class_sum(m.W[j, k] * m.delta[k])
    result = rename_bound_apart(expand_definitions(gradient, m.definitions), m.space.indices)
    return Derivation(
        name=name,
        title=f"Back-propagation through a hidden layer: δ_j = σ′(a_j) Σ_k W_jk δ_k with σ = {activation.name}",
        space=m.space,
        assumptions=assumptions,
        definitions=m.definitions,
        symbols=_roles(symbols, n),
        chains=(bp.error_recursion(m), bp.hidden_weights(m)),
        result=result,
        notes=(
            f"{activation.statement}. Here d = {m.d} inputs and {m.hidden} hidden units; δ_k = ŷ_k − y_k is the"
            " error at the logits and δ_j = ∂L/∂a_j = ∂L/∂c_j the error at hidden unit j (as a blog post on"
            " back-propagation writes δ_j).",
            *((activation.convention + ".",) if activation.convention else ()),
            *(() if isinstance(n, int) else (BACKPROP_NOTE.format(d=m.d, hidden=m.hidden),)),
        ),
    )


def backprop_hidden(n: int | Symbol) -> Derivation:
    return _backprop(SIGMOID, "backprop-hidden", n)


def backprop_hidden_tanh(n: int | Symbol) -> Derivation:
    return _backprop(TANH, "backprop-hidden-tanh", n)


def backprop_hidden_relu(n: int | Symbol) -> Derivation:
    return _backprop(RELU, "backprop-hidden-relu", n)
