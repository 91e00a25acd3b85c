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

from sympy import Basic, FiniteSet, S, Symbol
from sympy.sets import Contains

from derive.check.claim import Claim
from derive.check.fixed_values import differentiates_by
from derive.check.verdict import Counterexample, Status, Verdict
from derive.engine.step import Assumption

#: The most values a scalar may take to be decided case by case (each case is a claim of its own).
MAX_VALUES = 4
#: What a scalar's symbol may know of its values (``derive.read.stated_domains.sharpen``).
_FACTS = ("real", "integer", "positive", "negative", "nonnegative", "nonpositive", "nonzero", "zero")
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
    _, subject, where = found
    verdicts = []
    for value in where.args:
        domains = _at_value(claim, subject, value)
        if domains is None:
            continue  # another stated set leaves this value out: no point of the claim has it
        verdict = decide(dataclasses.replace(claim, domains=domains))
        if verdict.refuted:
            return _naming(verdict, subject, value)
        verdicts.append((value, verdict))
    if not verdicts:
        return Verdict(Status.VACUOUS, f"no value of {subject} lies in every set the assumptions give it")
    value, weakest = min(verdicts, key=lambda pair: _ORDER.index(pair[1].status) if pair[1].status in _ORDER else 0)
    shown = ", ".join(str(v) for v, _ in verdicts)  # the values the other assumptions leave
    if weakest.proven:
        return dataclasses.replace(weakest, method=f"{weakest.method}, for each {subject} in {{{shown}}}")
    return dataclasses.replace(weakest, method=f"{weakest.method} (at {subject} = {value})")


def _at_value(claim: Claim, subject: Symbol, value: Basic) -> tuple[Assumption, ...] | None:
    """The claim's domains with every finite set of ``subject`` narrowed to ``value``; None where one of its
    domains does not hold ``value`` (or cannot be shown to)."""
    if any(getattr(subject, f"is_{fact}") is True and getattr(value, f"is_{fact}") is False for fact in _FACTS):
        return None  # y positive (y > 0 stated, made a fact of the symbol): −1 is no point
    domains = []
    for domain in claim.domains:
        relation = domain.relation
        if isinstance(relation, Contains) and relation.args[0] == subject:
            if relation.args[1].contains(value) is not S.true:  # y ∈ {−1, 1} beside y > 0: −1 is no point
                return None
            if isinstance(relation.args[1], FiniteSet):
                domain = dataclasses.replace(domain, relation=Contains(subject, FiniteSet(value), evaluate=False))
        domains.append(domain)
    return tuple(domains)


def _naming(verdict: Verdict, subject: Symbol, value: Basic) -> Verdict:
    """A refutation at one value, its counterexample naming the value (put in before the search, so not drawn)."""
    found = verdict.counterexample
    if found is None or any(name == subject for name, _ in found.values):
        return verdict
    values = ((subject, value), *found.values)
    return dataclasses.replace(verdict, counterexample=Counterexample(values, found.lhs_value, found.rhs_value))
