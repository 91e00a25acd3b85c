"""A domain stated for a claim is used by its provers (``derive.check.sharpened``): the scalar it covers, with the
assumptions the domain implies. Never a name the claim defines, whose definition would then no longer apply."""

from __future__ import annotations

from sympy import Contains, Derivative, Interval, S, Symbol, oo, sqrt

from derive.check import Status, check_claim
from derive.check.claim import Claim
from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace

T, L, z = Symbol("T"), Symbol("L"), Symbol("z")
SPACE = IndexSpace(2, ())


def positive(symbol: Symbol) -> Assumption:
    return Assumption("domain", f"{symbol} > 0", Contains(symbol, Interval.open(0, oo), evaluate=False))


def test_a_domain_is_used_by_the_proof_and_the_counterexample_names_the_claims_own_symbol() -> None:
    assert check_claim(Claim(sqrt(T**2), T, SPACE, domains=(positive(T),))).status is Status.PROVEN
    refuted = check_claim(Claim(sqrt(T**2), -T, SPACE, domains=(positive(T),)))
    assert refuted.status is Status.REFUTED and refuted.counterexample is not None
    ((name, value),) = refuted.counterexample.values
    assert name == T and value > 0  # the claim's own T (no assumptions), at a point inside the domain


def test_a_defined_name_is_never_sharpened() -> None:
    """L := z² + 1 with L > 0 stated: ∂L/∂z = 0 would be proven of a free positive L (and refuted only by the
    numeric check beside the proof, "although a proof for every n passed")."""
    every_n = IndexSpace(Symbol("n", integer=True, positive=True), ())
    claim = Claim(Derivative(L, z), S.Zero, every_n, (Definition(L, z**2 + 1),), domains=(positive(L),))
    verdict = check_claim(claim)
    assert (verdict.status, verdict.method) == (Status.REFUTED, "counterexample")


def within(symbol: Symbol, low: int, high: int) -> Assumption:
    return Assumption(
        "domain", f"{symbol} in ({low}, {high})", Contains(symbol, Interval.open(low, high), evaluate=False)
    )


h, y = Symbol("h"), Symbol("y")


def test_a_scalar_in_an_open_interval_divides_nothing_by_zero() -> None:
    """h ∈ (0, 1) stated: 1 − h and h are nonzero there, which no assumption on the symbol h says; the rational
    identity of the binary cross-entropy's derivative had been unproven under it (and undefined without it)."""
    left = (1 - y) / (1 - h) - y / h
    assert check_claim(Claim(left, (h - y) / (h * (1 - h)), SPACE, domains=(within(h, 0, 1),))).status is Status.PROVEN
    refuted = check_claim(Claim(left, (h + y) / (h * (1 - h)), SPACE, domains=(within(h, 0, 1),)))
    assert refuted.status is Status.REFUTED and refuted.counterexample is not None
    assert all(0 < value < 1 for name, value in refuted.counterexample.values if name == h)


def test_an_interval_that_holds_the_denominator_s_zero_proves_nothing() -> None:
    """(1 − h²)/(1 − h) = 1 + h: proven for h ∈ (0, 1), where 1 − h ≠ 0; not for h ∈ (0, 2), which holds h = 1."""
    claim = Claim((1 - h**2) / (1 - h), 1 + h, SPACE, domains=(within(h, 0, 1),))
    assert check_claim(claim).status is Status.PROVEN
    claim = Claim((1 - h**2) / (1 - h), 1 + h, SPACE, domains=(within(h, 0, 2),))
    assert check_claim(claim).status is Status.UNDEFINED
