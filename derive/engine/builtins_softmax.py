"""The built-in softmax / cross-entropy derivations: the Jacobian by two routes, the gradient, the whole story."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, ImmutableMatrix, Interval, Range, Reals, Symbol, oo
from sympy.sets import Contains

from derive.engine import cross_entropy as ce
from derive.engine import softmax_jacobian as sj
from derive.engine.step import Assumption, Chain, Derivation
from derive.model.notation import expand_definitions, vector_symbols, write_out_sums
from derive.model.softmax import SoftmaxModel, softmax_model


def _domain(m: SoftmaxModel) -> tuple[Assumption, ...]:
    i = m.i
    indices = ", ".join(str(index) for index in m.space.indices)
    return (
        Assumption(
            "domain",
            f"the indices {indices} range over 1, …, n",
            Contains(i, Range(1, m.space.upper + 1), evaluate=False),
        ),
        Assumption("domain", "the logits are real", Contains(m.z[i], Reals, evaluate=False)),
        Assumption("domain", "the targets are non-negative reals", Contains(m.y[i], Interval(0, oo), evaluate=False)),
    )


def _symbols(m: SoftmaxModel) -> tuple[tuple[str, tuple[Basic, ...]], ...]:
    n = m.space.n
    if isinstance(n, int):
        return (("logits", vector_symbols(m.z, n)), ("targets", vector_symbols(m.y, n)))
    return (("logits", (m.z,)), ("targets", (m.y,)))


def _vector_result(m: SoftmaxModel, entry: Basic) -> Basic:
    """An entry formula in k, written out over the base symbols: a Matrix for concrete n."""
    expanded = expand_definitions(entry, m.definitions)
    n = m.space.n
    if isinstance(n, int):
        return ImmutableMatrix([write_out_sums(expanded.xreplace({m.k: a})) for a in range(1, n + 1)])
    return expanded


def _matrix_result(m: SoftmaxModel, entry: Basic) -> Basic:
    expanded = expand_definitions(entry, m.definitions)
    n = m.space.n
    if isinstance(n, int):
        return ImmutableMatrix(n, n, lambda a, b: write_out_sums(expanded.xreplace({m.i: a + 1, m.k: b + 1})))
    return expanded


def _derivation(name: str, title: str, m: SoftmaxModel, chains: Sequence[Chain], result: Basic) -> Derivation:
    return Derivation(
        name=name,
        title=title,
        space=m.space,
        assumptions=_domain(m),
        definitions=m.definitions,
        symbols=_symbols(m),
        chains=tuple(chains),
        result=result,
    )


def softmax_jacobian(n: int | Symbol) -> Derivation:
    m = softmax_model(n)
    return _derivation(
        "softmax-jacobian",
        "The softmax Jacobian by the quotient rule",
        m,
        sj.quotient_route(m),
        _matrix_result(m, sj.jacobian_entry(m)),
    )


def softmax_jacobian_log(n: int | Symbol) -> Derivation:
    m = softmax_model(n)
    return _derivation(
        "softmax-jacobian-log",
        "The softmax Jacobian by the log-derivative",
        m,
        sj.log_route(m),
        _matrix_result(m, sj.jacobian_entry(m)),
    )


def cross_entropy_grad(n: int | Symbol) -> Derivation:
    m = softmax_model(n)
    chains = (*sj.quotient_route(m)[:3], ce.gradient_chain(m))
    return _derivation(
        "cross-entropy-grad",
        "The cross-entropy gradient for any target",
        m,
        chains,
        _vector_result(m, ce.general_gradient(m)),
    )


def softmax_ce(n: int | Symbol) -> Derivation:
    m = softmax_model(n)
    chains = (*sj.quotient_route(m), ce.gradient_chain(m), *ce.one_hot_chains(m))
    answer = m.yhat[m.k] - m.y[m.k]
    return _derivation(
        "softmax-ce", "Softmax with cross-entropy: the gradient ŷ − y", m, chains, _vector_result(m, answer)
    )
