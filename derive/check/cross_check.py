"""The cross-check of a claim about every n: the concrete checker's verdict at small n, independent of the
symbolic proof (``derive.check.symbolic``), reported beside it and never part of it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sympy import Contains, FiniteSet, Indexed

from derive.check.claim import at_n
from derive.check.ranges import classes_in_scope
from derive.check.verdict import Status, Verdict
from derive.model.output_partials import OutputPartial

if TYPE_CHECKING:
    from derive.check.claim import Claim

#: The lengths at which a claim about every n is re-decided by the concrete checker.
CROSS_CHECK_NS = range(2, 7)
#: How many lengths a claim with lengths of its own (a batch: N × C entries, each length a value at n) is
#: cross-checked at: the grounded claim grows with the product of its lengths.
SIZED_CROSS_CHECKS = 2


def cross_check_sizes(claim: Claim, first: int) -> range:
    """The n at which a claim about every n is cross-checked, from ``first`` on: five sizes; over a layer (a network
    at each n), up to the number q of class indices in scope at once, at least two sizes: at n = q every pattern
    of equalities among them occurs (back-propagation: q = 2, Σ_k and Σ_m in ŷ_k; see ``classes_in_scope``); with
    lengths of its own, or over a set the page names (its memberships), two sizes; with a loss of the page's whole
    output (ℓ of n arguments, each an expression of the inputs: ``derive.model.output_partials``), one: batch norm's
    ∂ℓ/∂x_i took 0.6 s at n = 2 and 8 s at n = 3."""
    start = max(first, CROSS_CHECK_NS.start)
    last = start + len(CROSS_CHECK_NS) - 1
    if claim.space.ranges:
        last = min(last, max(start + 1, classes_in_scope(claim)))
    if claim.space.sizes or _wired(claim):
        last = min(last, start + SIZED_CROSS_CHECKS - 1)
    if claim.lhs.atoms(OutputPartial) or claim.rhs.atoms(OutputPartial):
        last = start
    return range(start, last + 1)


def _wired(claim: Claim) -> bool:
    """Whether the claim sums over a set the page names (input(o): n × n memberships, each 0 or 1, all drawn)."""
    return any(
        isinstance(d.relation, Contains) and isinstance(d.relation.args[0], Indexed)
        and len(d.relation.args[0].indices) == 2 and d.relation.args[1] == FiniteSet(0, 1)
        for d in claim.domains
    )  # fmt: skip


def cross_check_verdicts(
    claim: Claim, ns: Iterable[int] = CROSS_CHECK_NS, seed: int = 0, numeric_first: bool = False
) -> list[tuple[int, Verdict]]:
    """The concrete checker's full verdict on the claim at each n in ``ns`` (with any counterexample).

    Each verdict is a proof at every instance at that n, else a search for a counterexample; the numeric evidence
    beside a proof (random points that would catch a wrong proof) is drawn at the last n only, the most general
    one: at the others it is not reported (a claim about every n reports the status at each n), and it was most
    of the cost of a cold run. ``numeric_first``: at the first n, the points are drawn before a proof is tried (for
    a claim no proof for every n was found for: a false one is refuted there without a failed proof's cost)."""
    from derive.check.decide import decide_claim  # which imports this module, for claims about every n

    lengths, verdicts = list(ns), []
    for n in lengths:
        first = numeric_first and n == lengths[0]
        verdicts.append((n, decide_claim(at_n(claim, n), seed, sample=n == lengths[-1], numeric_first=first)))
        if verdicts[-1][1].refuted:  # a counterexample at one n refutes the claim: the larger n are not needed
            break
    return verdicts


def cross_check(claim: Claim, ns: Iterable[int] = CROSS_CHECK_NS) -> list[tuple[int, Status]]:
    """The concrete checker's status for the claim at each n in ``ns``, independent of ``prove_symbolic``:
    reported beside a proof, never part of it. A REFUTED status at some n refutes the claim for every n."""
    return [(n, verdict.status) for n, verdict in cross_check_verdicts(claim, ns)]


__all__ = ["CROSS_CHECK_NS", "cross_check", "cross_check_sizes", "cross_check_verdicts"]
