"""The concrete checker's shortcuts: one proof per pattern of index values, and closed sums of exponentials kept
whole. Each must keep the verdicts sound: a wrong instance is never credited to a proven one."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy import (
    Add,
    Basic,
    Derivative,
    Eq,
    IndexedBase,
    Integer,
    KroneckerDelta,
    Mul,
    Ne,
    S,
    Sum,
    Symbol,
    exp,
    expand,
)

from derive.check import Status, check_claim, closed_sums
from derive.check.checker import Claim
from derive.check.closed_sums import WHOLE, evaluate, prove_whole
from derive.check.index_sorts import index_sorts
from derive.check.instances import Instances
from derive.check.prove import prove_equal
from derive.check.symmetry import pattern, relabeling_applies, shape
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace, index_symbols, write_out_sums

#: More examples per property when exploring (see tests/conftest.py); 1 in CI.
FUZZ_SCALE = int(os.environ.get("DERIVE_FUZZ_SCALE", "1"))

i, j, k = index_symbols("i j k")
z = IndexedBase("z", real=True)
y = IndexedBase("y", nonnegative=True)


def test_a_pattern_says_only_which_values_are_equal() -> None:
    assert pattern((7, 3, 7)) == pattern((2, 5, 2)) == (0, 1, 0)
    assert pattern((7, 3, 3)) != pattern((7, 3, 7))


def test_index_values_are_taken_out_of_index_positions_only() -> None:
    found = shape(2 * z[Integer(3)] + KroneckerDelta(Integer(3), Integer(5)) + 3, 8)
    assert found is not None and found[1] == (3,)  # δ_35 evaluates to 0; the coefficients 2 and 3 stay in the template
    assert shape(i * z[i], 8) is None  # an index used as a number
    assert shape(z[i + 1], 8) is None  # an index shifted
    assert shape(Sum(z[j], (j, 1, 3)), 8) is None  # a partial sum at n = 8
    assert shape(Sum(z[j], (j, 1, 8)), 8) is not None


def test_index_values_a_claim_names_are_held_fixed() -> None:
    assert relabeling_applies([z[Integer(1)] + z[k]], (), (), 4, False) == (1,)
    assert relabeling_applies([z[k]], (), ("domain",), 4, False) is None
    assert relabeling_applies([z[k]], (), (), 4, True) is None


def test_a_claim_false_at_one_named_index_is_not_credited_to_the_others() -> None:
    # z_1·δ_k1 = z_k·δ_k1 holds at every k, but z_1 = z_k only at k = 1: k = 1 must not stand for the rest.
    space = IndexSpace(4, (i, j, k))
    holds = check_claim(Claim(z[Integer(1)] * KroneckerDelta(k, 1), z[k] * KroneckerDelta(k, 1), space))
    assert holds.status is Status.PROVEN
    fails = check_claim(Claim(z[Integer(1)], z[k], space))
    assert fails.status is Status.REFUTED
    assert fails.counterexample is not None and dict(fails.counterexample.values)[k] != 1


def test_case_conditions_split_the_patterns() -> None:
    space = IndexSpace(5, (i, j, k))
    off = check_claim(Claim(KroneckerDelta(i, k), Integer(0), space, condition=Ne(i, k)))
    assert off.proven and "1 proven and the rest by relabeling" in off.scope
    on = check_claim(Claim(KroneckerDelta(i, k), Integer(0), space, condition=Eq(i, k)))
    assert on.refuted


def test_a_sum_of_exponentials_is_one_positive_symbol_and_a_sum_of_targets_is_written_out() -> None:
    total = evaluate(Sum(exp(z[j]), (j, 1, 4)))
    assert isinstance(total, Symbol) and total.is_positive
    assert evaluate(Sum(y[j], (j, 1, 4))) == y[1] + y[2] + y[3] + y[4]


def test_derivatives_go_through_the_kept_whole_sum_by_the_chain_rule() -> None:
    share = exp(z[1]) / Sum(exp(z[j]), (j, 1, 4))
    lhs = evaluate(Derivative(share, z[Integer(2)]))
    rhs = evaluate(-exp(z[1]) * exp(z[2]) / Sum(exp(z[j]), (j, 1, 4)) ** 2)
    assert prove_whole(lhs, rhs) is not None
    assert prove_whole(lhs, -rhs) is None
    assert prove_whole(lhs, rhs + 0 * exp(z[3])) in (WHOLE, "identical after evaluation")


def test_a_term_is_left_out_of_a_derivative_only_when_it_cannot_hold_the_variable() -> None:
    length, p = Symbol("m", integer=True, positive=True), Symbol("p", integer=True)
    partial = evaluate(Derivative(Sum(z[p], (p, 1, length)) + z[2] ** 2 + z[1] * y[1], z[Integer(1)]))
    assert partial.has(Sum)  # z_p in a sum up to m may be z_1: Σ_p δ_1p, not 0
    assert partial.xreplace({length: Integer(4)}).doit() == 1 + y[1]


def test_a_sum_inside_another_sum_over_its_index_is_not_kept_whole() -> None:
    nested = Sum(y[i] * Sum(exp(z[i] + z[j]), (j, 1, 3)), (i, 1, 2))  # the inner sum depends on i
    result = evaluate(nested)
    point = {z[1]: Integer(1), z[2]: Integer(2), z[3]: Integer(3), y[1]: Integer(5), y[2]: Integer(7)}
    kept = closed_sums.values(closed_sums.hidden([result]), point, 30)
    gap = result.xreplace({**point, **kept}) - write_out_sums(nested).xreplace(point)
    assert abs(gap.evalf(30)) < 1e-20


def test_a_derivative_of_a_term_without_the_variable_is_zero_exactly_as_sympy_gives_it() -> None:
    total = closed_sums.evaluate(Sum(exp(z[j]), (j, 1, 4)))  # kept whole: a positive symbol S
    for term in (y[3] * exp(z[3]) / total, exp(z[2]) * z[4], y[1]):
        for m in (1, 2, 3):
            variable = z[Integer(m)]
            assert closed_sums._partial_of(term, variable) == term.diff(variable)
    p = Symbol("p", integer=True)
    assert closed_sums._partial_of(exp(z[p]), z[Integer(1)]) != 0  # z_p may be z_1


def test_a_kept_whole_sum_is_valued_alike_whether_remembered_or_not() -> None:
    result = evaluate(Sum(y[j] * exp(z[j]), (j, 1, 3)) + Sum(exp(z[j]), (j, 1, 3)))
    whole = closed_sums.hidden([result])
    first = {z[1]: Integer(1), z[2]: Integer(2), z[3]: Integer(3), y[1]: Integer(5)}
    second = {**first, z[2]: Integer(-4)}  # another value of a variable of the sum: another value of S
    for point in (first, second, first):
        kept = closed_sums.values(whole, point, 30)
        for symbol, value in kept.items():
            assert value == Add(*closed_sums.TERMS[symbol]).xreplace(point).evalf(40)
    assert closed_sums.values(whole, first, 30) != closed_sums.values(whole, second, 30)


# Indices with ranges of their own (a layer's inputs 1..2 and hidden units 1..2, classes 1..n): relabeled sort by
# sort (derive/check/index_sorts.py).
a, h, c = index_symbols("a h c")
x = IndexedBase("x", real=True)
V = IndexedBase("V", real=True)
LAYER = IndexSpace(3, (a, h, c), ((a, 2), (h, 2)))


def layer_claim(lhs: object, rhs: object, condition: object = S.true) -> Claim:
    return Claim(lhs, rhs, LAYER, condition=condition)


def test_each_sort_of_index_is_relabeled_on_its_own() -> None:
    # sides that differ as written (the same expression on both sides is proven without instances)
    term = x[a] * V[a, h] * z[c]
    claim = layer_claim((term + 1) ** 2, term**2 + 2 * term + 1)
    assert len(Instances(claim).orbits()) == 1  # 2 · 2 · 3 instances, one pattern
    verdict = check_claim(claim)
    assert verdict.proven and "all 12 values of (a, h, c), 1 proven and the rest by relabeling" in verdict.scope
    sorts = index_sorts([claim.lhs, claim.rhs], (), (), (a, h, c), LAYER)
    assert sorts is not None and len(set(sorts.of_indices)) == 3


@pytest.mark.parametrize(
    "lhs, rhs",
    [
        (x[a], x[Integer(1)]),  # true at a = 1 only: the value 1 is held fixed
        (V[a, h], V[h, a]),  # true where a = h: one sort for both slots, two patterns
        (V[a, h], V[Integer(1), Integer(1)]),
        (Sum(V[a, Symbol("p", integer=True)], (Symbol("p", integer=True), 1, 1)), V[a, h]),  # a partial sum
        (x[a] + z[c], x[a] + z[Integer(1)]),  # sorts of sizes 2 and 3
        (z[a], z[c]),  # a and c share z's slot: sizes 2 and 3 in one sort, no relabeling
        (z[a] * Sum(KroneckerDelta(j, c), (j, 1, 2)), z[a]),  # true for c ≤ 2 only; sizes 2 and 3 again
        (Sum(V[a, j], (j, 2, 2)), V[a, h]),  # a sum that does not start at 1: true at h = 2 only
    ],
)
def test_a_claim_false_at_some_instances_of_its_sorts_is_refuted(lhs: object, rhs: object) -> None:
    claim = layer_claim(lhs, rhs)
    instances = Instances(claim)
    for group in instances.orbits():  # an orbit never mixes instances where the claim holds with ones where not
        members = [instances.instance(*member) for member in group]
        assert len({prove_equal(*instances.sides(member, whole=False)) is None for member in members}) == 1
    assert check_claim(claim).refuted


def test_sorts_that_cannot_be_relabeled_are_none() -> None:
    p = Symbol("p", integer=True)
    assert index_sorts([Sum(V[a, p], (p, 1, 1)) - V[a, h]], (), (), (a, h), LAYER) is None
    assert index_sorts([z[a] - z[c]], (), (), (a, c), LAYER) is None
    assert index_sorts([a * x[a]], (), (), (a,), LAYER) is None  # an index used as a number
    assert index_sorts([x[a]], (), (Assumption("domain", "x real"),), (a,), LAYER) is None
    assert check_claim(layer_claim(V[a, h] * KroneckerDelta(a, h), V[h, a] * KroneckerDelta(a, h))).proven


# A property of the grouping itself: for random claims over a layer's sorts (polynomials in x, V and z entries,
# with index values named, deltas and whole and partial sums), every orbit holds at all its instances or at none.
# The right side is the left with one atom swapped for a look-alike that agrees with it at some instances only.
q, r = Symbol("q", integer=True), Symbol("r", integer=True)
LOOK_ALIKES = {
    x[a]: x[Integer(1)],
    V[a, h]: V[h, a],
    V[Integer(1), h]: V[a, Integer(1)],
    z[c]: z[Integer(2)],
    KroneckerDelta(a, h): KroneckerDelta(a, Integer(1)),
    Sum(z[r], (r, 1, 3)): Sum(z[r], (r, 1, 2)) + z[c] * KroneckerDelta(c, Integer(3)),
    Sum(V[q, h], (q, 1, 2)): V[a, h] + V[Integer(2), h],
    x[Integer(2)]: x[h],
}
atoms = st.sampled_from([*LOOK_ALIKES, Integer(2), Sum(x[q] * V[q, h], (q, 1, 2))])
sorted_sides = st.lists(st.lists(atoms, min_size=1, max_size=3).map(lambda f: Mul(*f)), min_size=1, max_size=3).map(
    lambda terms: Add(*terms)
)


@settings(max_examples=60 * FUZZ_SCALE, deadline=None)
@given(sorted_sides, st.sampled_from(list(LOOK_ALIKES)))
def test_an_orbit_holds_at_all_its_instances_or_at_none(lhs: Basic, swapped: Basic) -> None:
    instances = Instances(layer_claim(lhs, lhs.xreplace({swapped: LOOK_ALIKES[swapped]})))
    for group in instances.orbits():
        sides = [instances.sides(instances.instance(*member), whole=False) for member in group]
        assert len({expand(write_out_sums(left - right)) == 0 for left, right in sides}) == 1, group
