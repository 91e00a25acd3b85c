"""Relabeling for every n: a claim over a layer, split at each value of its own-range indices, is proven once per
pattern of values (derive/check/index_sorts.py with the classes held fixed, derive/check/ranges.py); and the
sizes at which such a claim is cross-checked. An orbit must never mix split claims that hold with ones that do not."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy import Add, Basic, Derivative, IndexedBase, Integer, KroneckerDelta, Mul, S, Sum, Symbol, expand, log

from derive.check.checker import Claim
from derive.check.claim import at_n
from derive.check.cross_check import CROSS_CHECK_NS, cross_check_sizes
from derive.check.ranges import classes_in_scope, own_range_orbits, split_own_ranges
from derive.check.symbolic import prove_symbolic
from derive.engine import SYMBOLIC_N
from derive.model.notation import Definition, IndexSpace, index_symbols, write_out_sums

FUZZ_SCALE = int(os.environ.get("DERIVE_FUZZ_SCALE", "1"))

N = SYMBOLIC_N
a, h, c, q, r = index_symbols("a h c q r")
x = IndexedBase("x", real=True)
V = IndexedBase("V", real=True)
z = IndexedBase("z", real=True)
#: Inputs a ∈ 1..2, hidden units h ∈ 1..2, classes c ∈ 1..n.
LAYER = IndexSpace(N, (a, h, c, q, r), ((a, 2), (h, 2), (q, 2)))


def layer_claim(lhs: Basic, rhs: Basic, definitions: tuple[Definition, ...] = ()) -> Claim:
    return Claim(lhs, rhs, LAYER, definitions)


def holds(claim: Claim) -> bool:
    """The claim (without own ranges left) at n = 2 and 3, every free class index at every value, by writing it
    out: an independent judge of each split claim."""
    for n in (2, 3):
        concrete = at_n(claim, n)
        difference = write_out_sums(concrete.lhs - concrete.rhs)
        free = [index for index in (c,) if difference.has(index)]
        for value in range(1, n + 1) if free else [None]:
            at = difference.xreplace({c: Integer(value)}) if free else difference
            if expand(write_out_sums(at)) != 0:
                return False
    return True


def assert_orbits_sound(claim: Claim) -> list[list[int]]:
    _, parts = split_own_ranges(claim)
    orbits = own_range_orbits(claim)
    assert sorted(position for orbit in orbits for position in orbit) == list(range(len(parts)))
    for orbit in orbits:
        assert len({holds(parts[position]) for position in orbit}) == 1, (claim.lhs, claim.rhs, orbit)
    return orbits


def test_a_claim_true_at_every_value_is_proven_once() -> None:
    term = x[a] * V[a, h] * Sum(z[r], (r, 1, N))
    claim = layer_claim((term + 1) ** 2, term**2 + 2 * term + 1)
    assert assert_orbits_sound(claim) == [[0, 1, 2, 3]]
    method = prove_symbolic(claim)
    assert method is not None
    assert method.endswith("for each of the 4 values of (a, h), 1 proven and the rest by relabeling the indices")


@pytest.mark.parametrize(
    "lhs, rhs, orbits",
    [
        (x[a], x[Integer(1)], 2),  # true at a = 1 only: the value 1 is held fixed
        (V[a, h], V[h, a], 2),  # true where a = h: one sort for both slots, two patterns
        (V[a, h] * Sum(z[r], (r, 1, N)), V[Integer(1), Integer(1)] * Sum(z[r], (r, 1, N)), 4),
        (Sum(V[a, q], (q, 1, 1)), V[a, h], 4),  # a partial sum: no relabeling
        (x[a] * z[Integer(1)], x[Integer(1)] * z[Integer(1)], 2),  # a class value, held fixed
        (z[a] * Sum(z[r], (r, 1, N)), z[Integer(1)] * Sum(z[r], (r, 1, N)), 2),  # a in a slot of size n: none
        (x[a] * KroneckerDelta(a, h), x[h] * KroneckerDelta(a, h), 2),  # true everywhere, two patterns
    ],
)
def test_an_orbit_never_mixes_values_where_the_claim_holds_with_ones_where_not(
    lhs: Basic, rhs: Basic, orbits: int
) -> None:
    assert len(assert_orbits_sound(layer_claim(lhs, rhs))) == orbits


def test_a_wrong_claim_is_not_proven_through_an_orbit() -> None:
    claim = layer_claim(x[a] * Sum(z[r], (r, 1, N)), x[Integer(1)] * Sum(z[r], (r, 1, N)))
    assert len(own_range_orbits(claim)) == 2
    assert prove_symbolic(claim) is None  # false at a = 2, whose orbit is proven on its own


# Random claims over a layer for every n: polynomials in x, V and z entries with index values named, deltas, and
# whole, partial and class sums; the right side is the left with one atom swapped for a look-alike that agrees
# with it at some values of the own-range indices only.
LOOK_ALIKES = {
    x[a]: x[Integer(1)],
    V[a, h]: V[h, a],
    V[Integer(1), h]: V[a, Integer(1)],
    KroneckerDelta(a, h): KroneckerDelta(a, Integer(1)),
    Sum(V[q, h], (q, 1, 2)): V[a, h] + V[Integer(2), h],
    x[Integer(2)]: x[h],
    z[c]: z[Integer(1)],
    Sum(z[r] * V[a, h], (r, 1, N)): Sum(z[r], (r, 1, N)) * V[Integer(1), h],
}
atoms = st.sampled_from([*LOOK_ALIKES, Integer(2), Sum(x[q] * V[q, h], (q, 1, 2)), Sum(z[r], (r, 1, N))])
sides = st.lists(st.lists(atoms, min_size=1, max_size=3).map(lambda f: Mul(*f)), min_size=1, max_size=3).map(
    lambda terms: Add(*terms)
)


@settings(max_examples=40 * FUZZ_SCALE, deadline=None)
@given(sides, st.sampled_from(list(LOOK_ALIKES)))
def test_an_orbit_holds_at_all_its_split_claims_or_at_none(lhs: Basic, swapped: Basic) -> None:
    assert_orbits_sound(layer_claim(lhs, lhs.xreplace({swapped: LOOK_ALIKES[swapped]})))


# ---------------------------------------------------------------------------------------------------------
# The sizes of the cross-check

L, yhat, y = Symbol("L", real=True), IndexedBase("yhat", positive=True), IndexedBase("y", nonnegative=True)
SOFTMAX = Definition(yhat, z[c] - log(Sum(z[r], (r, 1, N))), c)  # a body with a class sum, as softmax's
LOSS = Definition(L, -Sum(y[r] * yhat[r], (r, 1, N)))


def test_class_indices_in_scope_count_through_definitions() -> None:
    definitions = (LOSS, SOFTMAX)
    assert classes_in_scope(layer_claim(Derivative(L, x[a]), S.Zero, definitions)) == 2  # Σ_r, then Σ inside ŷ_r
    assert classes_in_scope(layer_claim(yhat[c] * x[a], S.Zero, definitions)) == 2  # c free, and the sum in ŷ_c
    assert classes_in_scope(layer_claim(x[a] * V[a, h], S.Zero)) == 0
    assert classes_in_scope(layer_claim(Sum(V[a, q] * z[c], (q, 1, 2)), S.Zero)) == 1  # a sum over 1..2 is no class
    assert classes_in_scope(layer_claim(Sum(z[r] * x[a], (r, 1, N - 1)), S.Zero)) == 1  # a partial class sum counts
    nested = Sum(Sum(Sum(z[r] * z[q] * z[c], (r, 1, N)), (q, 1, N)), (c, 1, N))
    assert classes_in_scope(layer_claim(nested * x[a], S.Zero)) == 3


def test_the_cross_check_sizes() -> None:
    definitions = (LOSS, SOFTMAX)
    assert cross_check_sizes(layer_claim(Derivative(L, x[a]), S.Zero, definitions), 1) == range(2, 4)
    assert cross_check_sizes(layer_claim(x[a], x[a] + 0 * V[a, h]), 1) == range(2, 4)  # at least two sizes
    four = Sum(Sum(Sum(z[r] * z[q] * z[c], (r, 1, N)), (q, 1, N)), (c, 1, N)) * yhat[c]
    assert cross_check_sizes(layer_claim(four * x[a], S.Zero, definitions), 1) == range(2, 5)  # c free; Σ_c Σ_q Σ_r
    seven = Sum(Sum(Sum(Sum(four, (r, 1, N)), (q, 1, N)), (c, 1, N)), (a, 1, N))
    assert cross_check_sizes(layer_claim(seven * x[h], S.Zero, definitions), 1) == CROSS_CHECK_NS  # at most 2..6
    assert cross_check_sizes(layer_claim(x[a], x[a] + 0 * V[a, h]), 3) == range(3, 5)
    no_layer = Claim(z[c], z[c], IndexSpace(N, (c,)))
    assert cross_check_sizes(no_layer, 1) == CROSS_CHECK_NS  # not a layer: five sizes, n = 2..6
