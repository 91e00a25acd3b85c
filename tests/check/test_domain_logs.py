"""The logarithm of a product of powers split where each base is positive on the stated open intervals
(``derive.check.domain_logs``): the binary cross-entropy from its likelihood, log(p^y (1 − p)^{1−y}) =
y log p + (1 − y) log(1 − p), proven for p ∈ (0, 1) (scalar, and every entry of a vector at every n); not for
p ∈ (−1, 1), where p^y has no real logarithm at p < 0; and the misplaced exponent refuted."""

from __future__ import annotations

import pytest
from sympy import Contains, IndexedBase, Interval, Sum, Symbol, log

from derive.check import Status, check_claim
from derive.check.claim import Claim
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace

p, y = Symbol("p", real=True), Symbol("y", real=True)


def within(subject: object, low: int, high: int) -> Assumption:
    return Assumption(
        "domain", f"{subject} in ({low}, {high})", Contains(subject, Interval.open(low, high), evaluate=False)
    )


LIKELIHOOD = log(p**y * (1 - p) ** (1 - y))


@pytest.mark.parametrize(
    ("rhs", "low", "status"),
    [
        (y * log(p) + (1 - y) * log(1 - p), 0, Status.PROVEN),
        (y * log(p) + y * log(1 - p), 0, Status.REFUTED),
        (y * log(p) + (1 - y) * log(1 - p), -1, None),  # p < 0 allowed: never proven
    ],
)
def test_the_likelihood_of_a_scalar(rhs: object, low: int, status: Status | None) -> None:
    verdict = check_claim(Claim(LIKELIHOOD, rhs, IndexSpace(2, ()), domains=(within(p, low, 1),)))
    if status is None:
        assert verdict.status is not Status.PROVEN, verdict
    else:
        assert verdict.status is status, verdict


def test_the_likelihood_summed_over_every_entry_at_every_n() -> None:
    n = Symbol("n", integer=True, positive=True)
    i = Symbol("i", integer=True, positive=True)
    q, t = IndexedBase("p", real=True), IndexedBase("y", real=True)
    lhs = Sum(log(q[i] ** t[i] * (1 - q[i]) ** (1 - t[i])), (i, 1, n))
    right = Sum(t[i] * log(q[i]) + (1 - t[i]) * log(1 - q[i]), (i, 1, n))
    wrong = Sum(t[i] * log(q[i]) + t[i] * log(1 - q[i]), (i, 1, n))
    space = IndexSpace(n, ())
    domains = (within(q[i], 0, 1),)
    assert check_claim(Claim(lhs, right, space, domains=domains)).status is Status.PROVEN
    assert check_claim(Claim(lhs, wrong, space, domains=domains)).status is Status.REFUTED
