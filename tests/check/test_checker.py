"""The checker: every built-in step proven, wrong steps refuted with a real counterexample, the rest unproven."""

from __future__ import annotations

import dataclasses

import pytest
from sympy import Derivative, Integer, Rational, Symbol, exp

from derive.check import Claim, Status, check_claim, check_derivation
from derive.check.cache import VerdictCache
from derive.check.decide import cross_check_words
from derive.engine import SYMBOLIC_N, build, names
from derive.engine.cross_entropy import general_gradient, one_hot, sum_to_one
from derive.engine.rules import add, mul
from derive.model import IndexSpace, softmax_model

#: The test session's own verdict cache (tests/conftest.py): ``derive export`` (the exports fixture) checks the same
#: derivations, and whichever runs second reads the verdicts the first reached, in this run, back.
SESSION_CACHE = VerdictCache.default()


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("name", names())
def test_every_built_in_step_is_proven(name: str, n: int) -> None:
    checked = check_derivation(build(name, n), cache=SESSION_CACHE)
    for chain in checked.chains:
        for step, verdict in zip(chain.chain.steps, chain.verdicts, strict=True):
            if chain.chain.expected == "holds":
                assert verdict.status is Status.PROVEN, (chain.chain.title, step.rule.name, verdict)
                assert verdict.evidence is not None and verdict.evidence.agreed == verdict.evidence.points
    assert checked.ok


def test_the_shortcut_without_the_constraint_is_refuted() -> None:
    checked = check_derivation(build("softmax-ce", 3))
    (shortcut,) = [c for c in checked.chains if c.chain.expected == "fails"]
    (verdict,) = shortcut.verdicts
    assert verdict.status is Status.REFUTED and verdict.counterexample is not None
    assert shortcut.as_expected


def _wrong_off_diagonal_step() -> tuple:
    """softmax-jacobian at n = 3 with the off-diagonal sign flipped in the last step: −s_i s_k → s_i s_k."""
    derivation = build("softmax-jacobian", 3)
    chain = derivation.chains[1]
    assert chain.case.name == "i ≠ k"
    m = softmax_model(3)
    last = dataclasses.replace(chain.steps[-1], expr=mul(m.s[m.i], m.s[m.k]))
    wrong_chain = dataclasses.replace(chain, steps=(*chain.steps[:-1], last))
    chains = (derivation.chains[0], wrong_chain, *derivation.chains[2:])
    return dataclasses.replace(derivation, chains=chains), m


def test_a_wrong_step_is_refuted_with_a_counterexample_that_holds_up() -> None:
    derivation, m = _wrong_off_diagonal_step()
    checked = check_derivation(derivation)
    assert not checked.ok
    verdicts = checked.chains[1].verdicts
    assert [v.status for v in verdicts[:-1]] == [Status.PROVEN] * (len(verdicts) - 1)
    wrong = verdicts[-1]
    assert wrong.status is Status.REFUTED
    example = wrong.counterexample
    assert example is not None
    values = dict(example.values)
    i, k = int(values[m.i]), int(values[m.k])
    assert i != k
    # recompute both sides independently: the step before is −s_i s_k, the wrong step s_i s_k
    z = {m.z[a]: values[m.z[a]] for a in (1, 2, 3)}
    total = sum(exp(v) for v in z.values())
    s_i, s_k = exp(z[m.z[i]]) / total, exp(z[m.z[k]]) / total
    assert abs(float(-s_i * s_k) - float(example.lhs_value)) < 1e-12
    assert abs(float(s_i * s_k) - float(example.rhs_value)) < 1e-12
    assert abs(float(example.lhs_value) - float(example.rhs_value)) > 1e-6


def test_a_claim_that_differs_below_working_precision_is_unproven_not_refuted() -> None:
    x = Symbol("x", real=True)
    claim = Claim(x, x + Rational(1, 10**60), IndexSpace(2, ()))
    verdict = check_claim(claim)
    assert verdict.status is Status.UNPROVEN
    assert verdict.counterexample is None


def test_a_numeric_agreement_alone_never_proves() -> None:
    x = Symbol("x", positive=True)
    # equal at every rational point the sampler draws? no: differs, but only by a tiny amount
    claim = Claim(x, x * (1 + Rational(1, 10**45)), IndexSpace(2, ()))
    assert check_claim(claim).status is not Status.PROVEN


@pytest.mark.parametrize(
    "constraints, expected",
    [((), Status.REFUTED), (("sum-to-one",), Status.PROVEN), (("one-hot",), Status.PROVEN)],
)
def test_constraints_decide_the_one_hot_simplification(constraints: tuple[str, ...], expected: Status) -> None:
    m = softmax_model(3)
    available = {"sum-to-one": sum_to_one(m), "one-hot": one_hot(m)}
    claim = Claim(
        general_gradient(m),
        add(m.s[m.k], -m.y[m.k]),
        m.space,
        m.definitions,
        constraints=tuple(available[c] for c in constraints),
    )
    assert check_claim(claim).status is expected


def test_the_question_of_seed_000_is_refuted_where_the_target_is_zero() -> None:
    """∂L/∂z_k = t_k (o_k − 1): no update when t_k = 0. The checker must refute it for one-hot targets."""
    m = softmax_model(3)
    k = m.k
    claim = Claim(
        Derivative(m.L, m.z[k]),
        mul(m.y[k], add(m.s[k], Integer(-1))),
        m.space,
        m.definitions,
        constraints=(one_hot(m),),
    )
    verdict = check_claim(claim)
    assert verdict.status is Status.REFUTED
    values = dict(verdict.counterexample.values)
    assert values[m.y[int(values[k])]] == 0


@pytest.mark.parametrize("name", names())
def test_every_built_in_step_is_proven_for_every_n(name: str) -> None:
    checked = check_derivation(build(name, SYMBOLIC_N), cache=SESSION_CACHE)
    assert checked.ok
    for chain in checked.chains:
        for verdict in chain.verdicts:
            if chain.chain.instance_n is not None:
                assert verdict.scope.startswith(f"n = {chain.chain.instance_n}")
            elif chain.chain.expected == "holds":
                assert verdict.method.startswith("every n") and verdict.scope.startswith(("every n ≥ 1", "every n ≥ 2"))
                sizes = 2 if checked.derivation.space.ranges else 5  # a layer: n = 2, 3 (cross_check_sizes)
                assert [status for _, status in verdict.cross_check] == [Status.PROVEN] * sizes


def test_the_shortcut_is_refuted_for_every_n_by_a_counterexample_at_small_n() -> None:
    checked = check_derivation(build("softmax-ce", SYMBOLIC_N))
    (shortcut,) = [c for c in checked.chains if c.chain.expected == "fails"]
    (verdict,) = shortcut.verdicts
    assert verdict.status is Status.REFUTED and verdict.counterexample is not None
    assert verdict.method.startswith("counterexample at n = 2")


def test_a_wrong_claim_for_every_n_is_not_proven() -> None:
    """∂s_i/∂z_k = s_i(1 − s_k) for all i, k: wrong on the diagonal. The prover must not pass it, and the
    cross-check must refute it."""
    m = softmax_model(SYMBOLIC_N)
    claim = Claim(Derivative(m.s[m.i], m.z[m.k]), mul(m.s[m.i], add(Integer(1), -m.s[m.k])), m.space, m.definitions)
    verdict = check_claim(claim)
    assert verdict.status is Status.REFUTED
    assert verdict.counterexample is not None


@pytest.mark.parametrize(
    "statuses, words",
    [
        ([(2, Status.PROVEN), (3, Status.PROVEN), (4, Status.PROVEN)], "cross-check proven at n = 2..4"),
        ([(2, Status.PROVEN), (3, Status.UNPROVEN)], "cross-check proven at n = 2; unproven at n = 3"),
    ],
)
def test_cross_check_words(statuses: list[tuple[int, Status]], words: str) -> None:
    assert cross_check_words(statuses) == words
