"""Undefined values never compare equal: a side undefined at a point of the domain (0/0, 1/0, log 0, 0^{-1})
makes the claim UNDEFINED at that point, never proven; a denominator that cannot be shown nonzero caps the
claim at unproven; one proven nonzero (e^{…}, sums of them, a positive variable) leaves the proof alone."""

from __future__ import annotations

import pytest
from sympy import (
    Abs,
    FiniteSet,
    IndexedBase,
    Integer,
    Interval,
    Ne,
    Pow,
    Rational,
    S,
    Sum,
    Symbol,
    exp,
    log,
    oo,
    sin,
)
from sympy.sets import Contains

from derive.check import Claim, Status, check_claim
from derive.check.defined import definedness, must_be_nonzero
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace

n = Symbol("n", integer=True, positive=True)
i, k = Symbol("i", integer=True), Symbol("k", integer=True)
x = Symbol("x", real=True)
z = IndexedBase("z", real=True)
y = IndexedBase("y", real=True)
EVERY_N, THREE = IndexSpace(n, (i, k)), IndexSpace(3, (i, k))


@pytest.mark.parametrize("space", [THREE, EVERY_N])
@pytest.mark.parametrize(
    ("lhs", "rhs"),
    [
        (Rational(0) / 0, Rational(0) / 0 + 1),  # 0/0 = 0/0 + 1
        (S.One / 0, S(2) / 0),  # 1/0 = 2/0
        (Pow(0, -1), Pow(0, -2)),  # 0^{-1} = 0^{-2}
        (log(Integer(0)), log(Integer(0))),
    ],
)
def test_undefined_constants_are_never_proven(space: IndexSpace, lhs: object, rhs: object) -> None:
    verdict = check_claim(Claim(lhs, rhs, space))  # type: ignore[arg-type]
    assert verdict.status is Status.UNDEFINED and not verdict.proven


def test_n_minus_1_over_n_minus_1_is_undefined_at_n_1() -> None:
    # \frac{n-1}{n-1} = 1 "for every n ≥ 1": SymPy cancels the fraction, the reader lists n − 1 as nonzero
    verdict = check_claim(Claim(Integer(1), Integer(1), EVERY_N, nonzero=(n - 1,)))
    assert verdict.status is Status.UNDEFINED
    assert "n = 1" in verdict.method


def test_a_case_that_excludes_the_zero_leaves_the_claim_defined() -> None:
    # with i ≠ k the claim covers n ≥ 2 only, where n − 1 ≠ 0 ... but n − 2 is 0 at n = 2
    assert check_claim(Claim(Integer(1), Integer(1), EVERY_N, condition=Ne(i, k), nonzero=(n - 2,))).status is (
        Status.UNDEFINED
    )
    assert definedness(Claim(Integer(1), Integer(1), EVERY_N, condition=Ne(i, k), nonzero=(n - 1,))).point is None


@pytest.mark.parametrize(
    ("nonzero", "domains", "status"),
    [
        (x, (), Status.UNDEFINED),  # x = 0 is a real value
        (z[k], (), Status.UNDEFINED),
        (y[k], (Assumption("domain", "labels ±1", Contains(y[i], FiniteSet(-1, 1), evaluate=False)),), Status.PROVEN),
        (
            y[k],
            (Assumption("domain", "probabilities", Contains(y[i], Interval(0, 1), evaluate=False)),),
            Status.UNDEFINED,
        ),
        (
            y[k],
            (Assumption("domain", "positive", Contains(y[i], Interval.open(0, oo), evaluate=False)),),
            Status.PROVEN,
        ),
        (x**2 + 1, (), Status.PROVEN),
        (exp(z[k]), (), Status.PROVEN),
        (Sum(exp(z[i]), (i, 1, n)), (), Status.PROVEN),
        (1 - 1 / (1 + exp(-z[k])), (), Status.PROVEN),  # 1 − σ(z) > 0
        (sin(x) + 2, (), Status.UNPROVEN),  # nonzero, but not shown so here: at best unproven
    ],
)
def test_each_listed_expression_is_decided(nonzero: object, domains: tuple[Assumption, ...], status: Status) -> None:
    space = EVERY_N if nonzero == Sum(exp(z[i]), (i, 1, n)) else THREE
    verdict = check_claim(Claim(k, k, space, domains=domains, nonzero=(nonzero,)))  # type: ignore[arg-type]
    assert verdict.status is status, verdict


def test_denominators_and_log_arguments_in_the_sides_count() -> None:
    assert set(must_be_nonzero(1 / x + log(z[1]))) == {x, z[1]}
    verdict = check_claim(Claim(log(x**2), 2 * log(Abs(x)), THREE))  # true where defined, undefined at x = 0
    assert verdict.status is Status.UNDEFINED and "x = 0" in verdict.method
    verdict = check_claim(Claim(log(x**2), 2 * log(x), THREE))  # at x < 0 log x has no real value: no counterexample
    assert verdict.status is Status.UNDEFINED, verdict
    verdict = check_claim(Claim(log(x**2), 2 * log(x) + 1, THREE))  # false at x > 0, where both sides are real
    assert verdict.status is Status.REFUTED


def test_the_undefined_point_satisfies_the_constraints() -> None:
    unit = Assumption("sum-to-one", "Σ y = 1", None, y)
    verdict = check_claim(Claim(k, k, THREE, constraints=(unit,), nonzero=(y[1] - 1,)))
    assert verdict.status is Status.UNDEFINED  # y = (1, 0, 0) sums to one, and y_1 − 1 = 0 there
    verdict = check_claim(Claim(k, k, THREE, constraints=(unit,), nonzero=(y[1] + y[2] + y[3],)))
    assert verdict.status is Status.PROVEN or verdict.status is Status.UNPROVEN  # never 0 where Σ y = 1


def test_a_matrix_with_an_undefined_entry_is_undefined() -> None:
    from sympy import ImmutableMatrix

    verdict = check_claim(Claim(ImmutableMatrix([[1, S.One / 0]]), ImmutableMatrix([[1, S(2) / 0]]), THREE))
    assert verdict.status is Status.UNDEFINED


def test_nonzero_and_domains_are_carried_to_a_concrete_n_and_into_the_cache_key(tmp_path: object) -> None:
    from pathlib import Path

    from derive.check.cache import VerdictCache
    from derive.check.claim import at_n

    probabilities = Assumption("domain", "probabilities", Contains(y[i], Interval(0, n), evaluate=False))
    claim = Claim(k, k, EVERY_N, domains=(probabilities,), nonzero=(n - 1,))
    concrete = at_n(claim, 2)
    assert concrete.nonzero == (Integer(1),)
    assert concrete.domains[0].relation == Contains(y[i], Interval(0, 2), evaluate=False)
    cache = VerdictCache(Path(str(tmp_path)))
    keys = {cache.key(c, 0) for c in (claim, Claim(k, k, EVERY_N), Claim(k, k, EVERY_N, nonzero=(n - 1,)))}
    assert len(keys) == 3


def _below_one(interval: Interval) -> Assumption:
    return Assumption("domain", "p in an interval", relation=Contains(p, interval))


p = Symbol("p", real=True)


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (Interval.open(-oo, 1), Status.PROVEN),  # p < 1: 1 − p ≠ 0, p written 1 − t with t > 0
        (Interval.open(0, 1), Status.PROVEN),  # 0 < p < 1: both bounds, p = t/(1 + t)
        (Interval(0, 1), Status.UNDEFINED),  # 0 ≤ p ≤ 1: undefined at p = 1
    ],
)
def test_an_open_bound_shows_a_difference_nonzero(interval: Interval, expected: Status) -> None:
    # d/dp log(1 − p) = −1/(1 − p): defined where p ≠ 1, which a stated p < 1 shows
    claim = Claim(log(1 - p).diff(p), -1 / (1 - p), IndexSpace(n, ()), domains=(_below_one(interval),))
    assert check_claim(claim).status is expected


def test_the_open_bound_does_not_prove_a_false_claim() -> None:
    claim = Claim(-1 / (1 - p), 1 / (1 - p), IndexSpace(n, ()), domains=(_below_one(Interval.open(0, 1)),))
    assert check_claim(claim).status is Status.REFUTED


def test_a_point_left_out_of_the_domain_shows_a_difference_nonzero() -> None:
    # p ≠ 1 stated: 1 − p has its one root outside the domain; p ≠ 2 stated does not settle it
    claim = Claim(log(1 - p).diff(p), -1 / (1 - p), IndexSpace(n, ()), domains=(_below_one(S.Reals - FiniteSet(1)),))
    assert check_claim(claim).status is Status.PROVEN
    claim = Claim(log(1 - p).diff(p), -1 / (1 - p), IndexSpace(n, ()), domains=(_below_one(S.Reals - FiniteSet(2)),))
    verdict = check_claim(claim)
    assert verdict.status is Status.UNDEFINED
    assert "if the page means p ≠ 1, state it (assume: ['p \\neq 1'])" in verdict.method


def test_a_side_with_no_real_value_is_no_counterexample() -> None:
    """log(a/b) = log a − log b had been refuted at b = −9/20, where both sides are complex numbers: a point where
    neither side has a real value shows nothing (a newcomer's sweep). The step is undefined at a/b = 0, as it says.
    (Where one side is real and the other has no real value, log x² = 2 log x at x < 0, the step is refuted.)"""
    from sympy import log

    from derive.check import Status, check_claim
    from derive.check.claim import Claim
    from derive.model.notation import IndexSpace

    a, b = Symbol("a", real=True), Symbol("b", real=True)
    verdict = check_claim(Claim(log(a / b), log(a) - log(b), IndexSpace(2, ())))
    assert verdict.status is not Status.REFUTED
    refuted = check_claim(Claim(log(a / b), log(a) + log(b), IndexSpace(2, ())))  # false where both are real too
    assert refuted.status is Status.REFUTED and refuted.counterexample is not None
    assert all(value > 0 for name, value in refuted.counterexample.values)
