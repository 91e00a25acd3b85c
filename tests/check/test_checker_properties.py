"""Property-based tests of the checker (hypothesis): equal pairs are never refuted, unequal pairs never proven.

Equal pairs are built from a random expression and a known rewrite of it (expand, together, factor, a
reordering, log of a product of positives, e^{a+b} = e^a e^b); unequal pairs are a random expression and a
perturbed copy, kept only when an independent high-precision evaluation shows they differ at a point.
"""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sympy import Basic, Integer, Rational, Symbol, exp, expand, factor, log, powsimp, together

from derive.check import Claim, Status, check_claim
from derive.model import IndexSpace

#: More examples per property when exploring (see tests/conftest.py); 1 in CI.
FUZZ_SCALE = int(os.environ.get("DERIVE_FUZZ_SCALE", "1"))

x = Symbol("x", real=True)
y = Symbol("y", real=True)
p = Symbol("p", positive=True)
SPACE = IndexSpace(2, ())

leaves = st.sampled_from([x, y, p, Integer(1), Integer(2), Integer(-3), Rational(1, 2)])


def combine(children: st.SearchStrategy[Basic]) -> st.SearchStrategy[Basic]:
    return st.one_of(
        st.tuples(children, children).map(lambda ab: ab[0] + ab[1]),
        st.tuples(children, children).map(lambda ab: ab[0] * ab[1]),
        st.tuples(children, children).map(lambda ab: ab[0] / (1 + p + ab[1] ** 2)),
        children.map(lambda a: exp(a / 4)),
        children.map(lambda a: a**2),
    )


expressions = st.recursive(leaves, combine, max_leaves=6)

#: Each rewrite maps an expression e to a pair of sides that are equal by a known identity.
REWRITES = {
    "expand": lambda e: (e, expand(e)),
    "together": lambda e: (e, together(e)),
    "factor": lambda e: (e, factor(e)),
    "powsimp": lambda e: (e, powsimp(e)),
    "log of a product": lambda e: (log(p * (1 + p**2)) + e, log(p) + log(1 + p**2) + e),
    "exp of a sum": lambda e: (exp(e / 4 + x), exp(e / 4) * exp(x)),
}

FAST = settings(max_examples=40 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(expressions, st.sampled_from(sorted(REWRITES)))
def test_a_known_rewrite_is_never_refuted(expr: Basic, rewrite: str) -> None:
    lhs, rhs = REWRITES[rewrite](expr)
    verdict = check_claim(Claim(lhs, rhs, SPACE))
    assert verdict.status is not Status.REFUTED, (expr, rewrite, verdict)


def differ(a: Basic, b: Basic, seed: int) -> bool:
    rng = random.Random(seed)
    point = {
        x: Rational(rng.randint(-150, 150), 100),
        y: Rational(rng.randint(-150, 150), 100),
        p: Rational(rng.randint(1, 150), 100),
    }
    return bool(abs((a - b).xreplace(point).evalf(60)) > Rational(1, 10**30))


@FAST
@given(expressions, expressions, st.integers(0, 10**6))
def test_a_pair_that_differs_at_a_point_is_never_proven(a: Basic, b: Basic, seed: int) -> None:
    if not differ(a, b, seed):
        return
    verdict = check_claim(Claim(a, b, SPACE))
    assert verdict.status is not Status.PROVEN, (a, b, verdict)


@FAST
@given(expressions, st.sampled_from([Integer(1), Rational(1, 10**6), 2 * x, -p, exp(x) - 1 - x]))
def test_a_perturbed_expression_is_never_proven(expr: Basic, perturbation: Basic) -> None:
    verdict = check_claim(Claim(expr, expr + perturbation, SPACE))
    assert verdict.status is not Status.PROVEN, (expr, perturbation, verdict)
