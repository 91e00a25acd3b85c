"""Scalars a claim's domains give a few values (y ∈ {−1, 1}, a label): the claim decided once per value.

A scalar that can take only the values of a finite set makes the claim the conjunction of the claim at each of
them: proven when it is proven at every value (an exact proof by cases), refuted at the first value that has a
counterexample (which names the value), otherwise as the weakest of the cases. Each case is the claim with the
domain narrowed to one value, which ``derive.check.fixed_values`` puts in (so a case written on y = 1 is decided).
Not where the claim differentiates by the scalar or defines it: there the value is not put in, and the claim is
decided as it stands.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from sympy import Basic, FiniteSet, Symbol
from sympy.sets import Contains

from derive.check.claim import Claim
from derive.check.fixed_values import differentiates_by
from derive.check.verdict import Counterexample, Status, Verdict

#: The most values a scalar may take to be decided case by case (each case is a claim of its own).
MAX_VALUES = 4
#: How the cases' verdicts rank when none is refuted: the weakest one is the claim's.
_ORDER = (Status.UNDEFINED, Status.UNPROVEN, Status.VACUOUS, Status.PROVEN)


def _finite(claim: Claim) -> tuple[int, Symbol, FiniteSet] | None:
    """The first domain that gives a scalar of the claim between two and ``MAX_VALUES`` values."""
    parts = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    for at, domain in enumerate(claim.domains):
        relation = domain.relation
        if not isinstance(relation, Contains):
            continue
        subject, where = relation.args
        if not (isinstance(subject, Symbol) and isinstance(where, FiniteSet) and 1 < len(where.args) <= MAX_VALUES):
            continue
        if not any(subject in part.free_symbols for part in parts):
            continue
        if any(differentiates_by(part, {subject}) for part in parts) or any(
            d.name == subject for d in claim.definitions
        ):
            continue
        return at, subject, where
    return None


def decide_by_values(claim: Claim, decide: Callable[[Claim], Verdict]) -> Verdict | None:
    """The claim decided at each value of a scalar with a finite domain, or None when no scalar has one."""
    found = _finite(claim)
    if found is None:
        return None
    at, subject, where = found
    verdicts = []
    for value in where.args:
        narrowed = dataclasses.replace(claim.domains[at], relation=Contains(subject, FiniteSet(value), evaluate=False))
        domains = (*claim.domains[:at], narrowed, *claim.domains[at + 1 :])
        verdict = decide(dataclasses.replace(claim, domains=domains))
        if verdict.refuted:
            return _naming(verdict, subject, value)
        verdicts.append((value, verdict))
    value, weakest = min(verdicts, key=lambda pair: _ORDER.index(pair[1].status) if pair[1].status in _ORDER else 0)
    shown = ", ".join(str(v) for v in where.args)
    if weakest.proven:
        return dataclasses.replace(weakest, method=f"{weakest.method}, for each {subject} in {{{shown}}}")
    return dataclasses.replace(weakest, method=f"{weakest.method} (at {subject} = {value})")


def _naming(verdict: Verdict, subject: Symbol, value: Basic) -> Verdict:
    """A refutation at one value, its counterexample naming the value (put in before the search, so not drawn)."""
    found = verdict.counterexample
    if found is None or any(name == subject for name, _ in found.values):
        return verdict
    values = ((subject, value), *found.values)
    return dataclasses.replace(verdict, counterexample=Counterexample(values, found.lhs_value, found.rhs_value))
