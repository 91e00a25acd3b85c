"""The built-in derivations of further output layers and losses: binary heads, softmax variants, squared error
and the focal loss, each for concrete n and for every n."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, FiniteSet, ImmutableMatrix, Interval, Range, Reals, Symbol, oo
from sympy.sets import Contains

from derive.engine import binary as bi
from derive.engine import regression as rg
from derive.engine import rules as r
from derive.engine import softmax_variants as sv
from derive.engine.step import Assumption, Chain, Derivation
from derive.model.losses import Head, focal_model, identity_mse_model, sigmoid_bce_model, softmax_head
from derive.model.notation import expand_definitions, vector_symbols

NON_NEGATIVE = ("the targets are non-negative reals", Interval(0, oo))


def _domain(
    m: Head, targets: tuple[str, Basic], parameters: Sequence[tuple[str, Basic]] = ()
) -> tuple[Assumption, ...]:
    i = m.i
    indices = ", ".join(str(index) for index in m.space.indices)
    phrase, target_set = targets
    found = [
        Assumption(
            "domain",
            f"the indices {indices} range over 1, …, n",
            Contains(i, Range(1, m.space.upper + 1), evaluate=False),
        ),
        Assumption("domain", "the logits are real", Contains(m.z[i], Reals, evaluate=False)),
        Assumption("domain", phrase, Contains(m.y[i], target_set, evaluate=False)),
    ]
    for (words, where), symbol in zip(parameters, m.parameters, strict=True):
        found.append(Assumption("domain", words, Contains(symbol, where, evaluate=False)))
    return tuple(found)


def _symbols(m: Head) -> tuple[tuple[str, tuple[Basic, ...]], ...]:
    n = m.space.n
    vectors: tuple[tuple[str, tuple[Basic, ...]], ...]
    if isinstance(n, int):
        vectors = (("logits", vector_symbols(m.z, n)), ("targets", vector_symbols(m.y, n)))
    else:
        vectors = (("logits", (m.z,)), ("targets", (m.y,)))
    return (*vectors, ("parameters", m.parameters)) if m.parameters else vectors


def _vector_result(m: Head, entry: Basic) -> Basic:
    """The entry formula in k over the base symbols: a column vector for concrete n."""
    expanded = expand_definitions(entry, m.definitions)
    n = m.space.n
    if isinstance(n, int):
        return ImmutableMatrix([expanded.xreplace({m.k: a}).doit() for a in range(1, n + 1)])
    return expanded


def _derivation(
    name: str,
    title: str,
    m: Head,
    assumptions: tuple[Assumption, ...],
    chains: Sequence[Chain],
    result: Basic,
    *notes: str,
) -> Derivation:
    return Derivation(name, title, m.space, assumptions, m.definitions, _symbols(m), tuple(chains), result, notes)


def sigmoid_bce(n: int | Symbol) -> Derivation:
    m = sigmoid_bce_model(n)
    chains = (bi.complement_chain(m), *bi.sigmoid_derivative_chains(m), bi.bce_gradient_chain(m), bi.bce_shortcut(m))
    return _derivation(
        "sigmoid-bce",
        "Sigmoid with binary cross-entropy: the gradient ŷ − y",
        m,
        _domain(m, ("the targets are probabilities", Interval(0, 1))),
        chains,
        _vector_result(m, r.add(m.yhat[m.k], -m.y[m.k])),
        "Each of the n outputs is its own binary classifier: s_i = σ(z_i) = 1/(1 + e^{−z_i}) is the probability "
        "of class 1, and L sums the binary cross-entropy over the outputs (n = 1 is the usual single output).",
        "L is written with σ(−z_i) = 1/(1 + e^{z_i}); the first chain proves σ(−z_i) = 1 − s_i, so L is the textbook "
        "−Σ_i [y_i log s_i + (1 − y_i) log(1 − s_i)].",
    )


def soft_targets(n: int | Symbol) -> Derivation:
    m = softmax_head(n)
    body = expand_definitions(m.L, [d for d in m.definitions if d.head == m.L])
    probability = sv.unit_sum(m, m.y, "y is a probability vector: Σ_i y_i = 1 (not necessarily one-hot)")
    chains = (
        sv.log_derivative_chain(m),
        sv.gradient_chain(m, m.y, body, "Cross-entropy gradient, any target"),
        sv.unit_target_chain(m, probability, "A probability-vector target: still ŷ_k − y_k"),
        sv.any_target_chain(m),
        sv.unconstrained_shortcut(m),
    )
    return _derivation(
        "soft-targets",
        "Cross-entropy with soft targets: ŷ − y for a probability vector, τ ŷ − y in general",
        m,
        _domain(m, NON_NEGATIVE),
        chains,
        _vector_result(m, r.add(r.mul(sv.total(m, m.y), m.yhat[m.k]), -m.y[m.k])),
        "The constraint that gives ŷ − y is Σ_i y_i = 1, not a one-hot y: soft labels, mixup targets and "
        "distillation targets all qualify. For any non-negative y the gradient is τ ŷ − y with τ = Σ_i y_i.",
    )


def softmax_temperature(n: int | Symbol) -> Derivation:
    m = softmax_head(n, temperature=True)
    body = expand_definitions(m.L, [d for d in m.definitions if d.head == m.L])
    unit = sv.unit_sum(m, m.y, "the targets sum to one (one-hot or a probability vector)")
    chains = (
        sv.log_derivative_chain(m),
        sv.jacobian_chain(m),
        sv.gradient_chain(m, m.y, body, "Cross-entropy gradient at temperature T"),
        sv.unit_target_chain(m, unit, "Targets that sum to one: (ŷ_k − y_k)/T"),
        sv.temperature_shortcut(m),
    )
    answer = r.frac(r.add(m.yhat[m.k], -m.y[m.k]), m.T)
    return _derivation(
        "softmax-temperature",
        "Softmax with temperature: the gradient (ŷ − y)/T",
        m,
        _domain(m, NON_NEGATIVE, [("the temperature is positive", Interval.open(0, oo))]),
        chains,
        _vector_result(m, answer),
        "s = softmax(z/T): the gradient with respect to the scaled logits z/T is ŷ − y, and the chain rule "
        "through z/T contributes the factor 1/T.",
    )


def log_softmax_nll(n: int | Symbol) -> Derivation:
    m = softmax_head(n, loss="log-softmax")
    unit = sv.unit_sum(m, m.y, "the targets sum to one (one-hot: L = −log ŷ_m, the negative log-likelihood)")
    chains = (*sv.log_softmax_chains(m), sv.unit_target_chain(m, unit, "Targets that sum to one: ŷ_k − y_k"))
    return _derivation(
        "log-softmax-nll",
        "Log-softmax with negative log-likelihood, by log-sum-exp",
        m,
        _domain(m, NON_NEGATIVE),
        chains,
        _vector_result(m, r.add(m.yhat[m.k], -m.y[m.k])),
        "L is written directly in log-sum-exp form, log s_i = z_i − log Σ_j e^{z_j}, as frameworks compute "
        "log_softmax; its gradient needs no quotient rule. Subtracting m = max_j z_j changes nothing (shift "
        "invariance) and keeps every exponential at most 1.",
    )


def label_smoothing(n: int | Symbol) -> Derivation:
    m = softmax_head(n, loss="smoothed")
    (epsilon,) = m.parameters
    body = expand_definitions(m.L, [d for d in m.definitions if d.head == m.L])
    chains = (
        sv.log_derivative_chain(m),
        sv.gradient_chain(m, m.ytilde, body, "Cross-entropy gradient for the smoothed target"),
        sv.smoothed_sum_chain(m, epsilon),
        sv.smoothed_result_chain(m, epsilon),
        sv.unsmoothed_shortcut(m),
    )
    return _derivation(
        "label-smoothing",
        "Label smoothing: the gradient ŷ − ỹ",
        m,
        _domain(m, NON_NEGATIVE, [("the smoothing is a fraction", Interval(0, 1))]),
        chains,
        _vector_result(m, r.add(m.yhat[m.k], -m.ytilde[m.k])),
        "The smoothed target is ỹ = (1 − ε) y + ε/n with one-hot y over n classes, as PyTorch's "
        "cross-entropy loss with label smoothing ε defines it: (1 − ε) times the one-hot target plus ε/C,"
        " with C = n classes.",
    )


def mse_linear(n: int | Symbol) -> Derivation:
    m = identity_mse_model(n)
    return _derivation(
        "mse-linear",
        "Squared error on an identity output: the gradient ŷ − y",
        m,
        _domain(m, ("the targets are real", Reals)),
        (rg.identity_gradient_chain(m),),
        _vector_result(m, r.add(m.yhat[m.k], -m.y[m.k])),
        "L = ½‖ŷ − y‖² with ŷ = z (linear regression's output layer).",
    )


def mse_softmax(n: int | Symbol) -> Derivation:
    m = softmax_head(n, loss="squared error")
    chains = (sv.log_derivative_chain(m), sv.jacobian_chain(m), rg.softmax_gradient_chain(m), rg.softmax_shortcut(m))
    return _derivation(
        "mse-softmax",
        "Squared error on a softmax output: not ŷ − y",
        m,
        _domain(m, ("the targets are real", Reals)),
        chains,
        _vector_result(m, rg.softmax_mse_gradient(m, m.yhat)),
        "The gradient is the Jacobian-vector product Σ_i (s_i − y_i) s_i (δ_ik − s_k); unlike cross-entropy, "
        "nothing cancels the softmax Jacobian, and the last chain refutes ŷ − y.",
    )


def focal_loss(n: int | Symbol) -> Derivation:
    m = focal_model(n)
    chains = (
        bi.complement_chain(m),
        *bi.sigmoid_derivative_chains(m),
        bi.focal_gradient_chain(m),
        *bi.focal_gamma_zero(m),
        bi.focal_shortcut(m),
    )
    return _derivation(
        "focal-loss",
        "The binary focal loss: the gradient of Lin et al. (2017)",
        m,
        _domain(
            m,
            ("the labels are 1 or −1", FiniteSet(-1, 1)),
            [("the focusing parameter is non-negative", Interval(0, oo))],
        ),
        chains,
        _vector_result(m, bi.focal_closed_form(m)),
        "Binary focal loss on n independent sigmoid outputs, as in Lin et al. (2017), with labels y_i = 1 or y_i = −1. "
        "Here p_t = σ(y_i z_i) is written s_i, and 1 − p_t is written σ(−y_i z_i) "
        "(the first chain proves them equal). The gradient is proven equal to the published closed form "
        "of their appendix; the checker treats the labels and the focusing parameter as any reals (the identity "
        "holds for all of them). With the focusing parameter zero it is the binary cross-entropy gradient "
        "ŷ_k − t_k with ŷ_k = σ(z_k) and target t_k = (1 + y_k)/2, shown for each label.",
    )
