"""The checker on the layer derivations: indices with a range of their own, the split that proves them for every
n, the non-negativity step, ReLU's kink, and wrong variants that must never be proven."""

from __future__ import annotations

import dataclasses

import pytest
from sympy import Derivative, Ge, Gt, Integer, Max, Piecewise, S, Sum, Symbol

from derive.check import Claim, Status, check_claim, check_derivation
from derive.check.claim import at_n
from derive.check.ground import index_assignments
from derive.check.ranges import split_own_ranges
from derive.check.symbolic import prove_symbolic
from derive.engine import CATALOGUE, SYMBOLIC_N
from derive.engine import jacobian_properties as jp
from derive.engine import rules as r
from derive.engine.dense import targets_sum_to_one
from derive.engine.step import Derivation
from derive.model.activations import relu, relu_prime
from derive.model.layers import dense_model
from derive.model.softmax import softmax_model

ENTRIES = [entry for entry in CATALOGUE if entry.module == "builtins_layers"]


def build(name: str, n: int | Symbol) -> Derivation:
    """A layer derivation by name, from its catalogue entry."""
    return {entry.name: entry for entry in ENTRIES}[name].build(n)


#: The layer derivations (tests/engine/test_layers_derivations.py checks that these are the seven expected).
LAYER_NAMES = [entry.name for entry in ENTRIES]


@pytest.mark.parametrize("name", LAYER_NAMES)
def test_every_layer_step_is_proven_at_the_default_n(name: str) -> None:
    checked = check_derivation(build(name, 3))
    assert checked.ok
    for chain in checked.chains:
        if chain.chain.expected == "holds":
            assert all(v.status is Status.PROVEN for v in chain.verdicts), chain.chain.title
        else:
            assert any(v.refuted and v.counterexample is not None for v in chain.verdicts)


@pytest.mark.parametrize("name", ["dense-softmax-ce", "seed-002-network", "softmax-jacobian-matrix", "toy-network"])
def test_index_forms_are_proven_for_every_n(name: str) -> None:
    checked = check_derivation(build(name, SYMBOLIC_N))
    assert checked.ok
    every_n = [c for c in checked.chains if c.chain.instance_n is None]
    assert every_n
    for chain in every_n:
        assert all(v.method.startswith("every n") for v in chain.verdicts), chain.chain.title


def test_own_ranges_bound_the_index_assignments() -> None:
    m = dense_model(3, 2)
    assignments = list(index_assignments([m.W[m.i, m.j]], S.true, m.space))
    assert len(assignments) == 6
    assert {int(a[m.i]) for a in assignments} == {1, 2}
    assert {int(a[m.j]) for a in assignments} == {1, 2, 3}


def weight_claim(n: int | Symbol, rhs_of: object) -> Claim:
    m = dense_model(n, 2)
    rhs = rhs_of(m)  # type: ignore[operator]
    return Claim(Derivative(m.L, m.W[m.i, m.j]), rhs, m.space, m.definitions, constraints=(targets_sum_to_one(m),))


def right(m):  # type: ignore[no-untyped-def]
    return r.mul(m.x[m.i], r.add(m.yhat[m.j], -m.y[m.j]))


def wrong_target(m):  # type: ignore[no-untyped-def]
    return r.mul(m.x[m.i], m.yhat[m.j])


def wrong_input(m):  # type: ignore[no-untyped-def]
    return r.mul(m.x[1], r.add(m.yhat[m.j], -m.y[m.j]))


def test_a_claim_with_an_input_index_is_split_at_each_value_and_proven_for_every_n() -> None:
    claim = weight_claim(SYMBOLIC_N, right)
    phrase, parts = split_own_ranges(claim)
    assert phrase == "for each of the 2 values of i" and len(parts) == 2
    assert all(not part.space.ranges for part in parts)
    method = prove_symbolic(claim)
    assert method is not None
    assert method.endswith("for each of the 2 values of i, 1 proven and the rest by relabeling the indices")


@pytest.mark.parametrize("wrong", [wrong_target, wrong_input])
def test_wrong_weight_gradients_are_never_proven(wrong: object) -> None:
    assert prove_symbolic(weight_claim(SYMBOLIC_N, wrong)) is None
    assert check_claim(weight_claim(3, wrong)).status is Status.REFUTED
    assert check_claim(at_n(weight_claim(SYMBOLIC_N, wrong), 2)).status is Status.REFUTED


def test_at_n_keeps_own_ranges() -> None:
    claim = weight_claim(SYMBOLIC_N, right)
    assert at_n(claim, 4).space.ranges == claim.space.ranges


def variance_claims(n: int | Symbol) -> tuple[Claim, Claim, Claim]:
    m = softmax_model(n)
    v = jp.probe(m)
    i, upper = m.i, m.space.upper
    variance = Sum(m.s[i] * (v[i] - jp.weighted_mean(m, v)) ** 2, (i, 1, upper))
    mean = Sum(m.s[i] * v[i], (i, 1, upper))

    def nonneg(x: object) -> Claim:
        return Claim(x, Max(S.Zero, x, evaluate=False), m.space, m.definitions)

    return nonneg(variance), nonneg(mean), nonneg(-variance)


@pytest.mark.parametrize("n", [3, SYMBOLIC_N])
def test_non_negativity_is_proven_only_for_a_non_negative_form(n: int | Symbol) -> None:
    holds, mean, negated = variance_claims(n)
    assert check_claim(holds).status is Status.PROVEN
    assert check_claim(mean).status is Status.REFUTED
    assert check_claim(negated).status is Status.REFUTED


def test_relu_convention_is_explicit_and_the_other_convention_is_not_proven() -> None:
    a = Symbol("a", real=True)
    assert relu_prime(Integer(0)) == 0 and relu_prime(Integer(1)) == 1 and relu_prime(Integer(-1)) == 0
    assert relu(a).diff(a) == relu_prime(a)
    other = Piecewise((S.One, Ge(a, 0)), (S.Zero, True))  # ReLU'(0) = 1: differs only at the kink
    m = softmax_model(3)
    verdict = check_claim(Claim(relu_prime(a), other, m.space))
    assert verdict.status is not Status.PROVEN
    same = Piecewise((S.One, Gt(a, 0)), (S.Zero, True))
    assert check_claim(Claim(relu_prime(a), same, m.space)).status is Status.PROVEN


def test_the_relu_derivation_states_its_convention() -> None:
    derivation = build("backprop-hidden-relu", 3)
    assert any("ReLU′(0) = 0" in a.phrase for a in derivation.assumptions)
    assert any("ReLU′(0) = 0" in note for note in derivation.notes)


@pytest.mark.parametrize("name", ["backprop-hidden", "backprop-hidden-tanh", "backprop-hidden-relu"])
def test_back_propagation_is_proven_for_every_n_with_its_cross_check(name: str) -> None:
    derivation = build(name, SYMBOLIC_N)
    assert all(chain.instance_n is None for chain in derivation.chains)  # no worked instance: every n is shown
    checked = check_derivation(derivation)
    assert checked.ok
    for chain in checked.chains:
        for verdict in chain.verdicts:
            assert verdict.status is Status.PROVEN and verdict.method.startswith("every n by index rewrites")
            assert "1 proven and the rest by relabeling the indices" in verdict.method
            assert verdict.cross_check == ((2, Status.PROVEN), (3, Status.PROVEN)), chain.chain.title


def test_seed_001_recursion_is_proven_for_every_n() -> None:
    """δ_j = σ′(a_j) Σ_k W_jk δ_k, as seed 001 writes it, from ∂L/∂c_j = Σ_k δ_k ∂z_k/∂c_j on."""
    derivation = build("backprop-hidden", SYMBOLIC_N)
    recursion = derivation.chains[0]
    assert "δ_j = σ′(a_j) Σ_k W_jk δ_k" in recursion.title
    end = Claim(recursion.lhs, recursion.steps[-1].expr, derivation.space, derivation.definitions,
                constraints=recursion.steps[-1].assumptions)  # fmt: skip
    assert prove_symbolic(end) is not None


def test_a_wrong_error_recursion_is_never_proven_for_every_n() -> None:
    derivation = build("backprop-hidden", SYMBOLIC_N)
    chain = derivation.chains[0]
    before, last = chain.steps[-2], chain.steps[-1]
    constraints = tuple(a for a in last.assumptions if a.kind != "domain")
    j = derivation.space.indices[1]
    for wrong in (last.expr.args[1], last.expr.xreplace({j: Integer(1)})):  # drop σ′(a_j); j → 1
        claim = Claim(before.expr, wrong, derivation.space, derivation.definitions, constraints=constraints)
        assert prove_symbolic(claim) is None
        assert check_claim(claim).status is Status.REFUTED


def test_a_wrong_error_recursion_is_refuted() -> None:
    derivation = build("backprop-hidden", 2)
    chain = derivation.chains[0]
    last = chain.steps[-1]
    wrong = dataclasses.replace(last, expr=last.expr.args[1])  # drop σ′(a_j): Σ_k W_jk δ_k alone
    claim = Claim(chain.steps[-2].expr, wrong.expr, derivation.space, derivation.definitions)
    claim = dataclasses.replace(claim, constraints=tuple(a for a in last.assumptions if a.kind != "domain"))
    assert check_claim(claim).status is Status.REFUTED
