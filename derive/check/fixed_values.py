"""Values a claim's assumptions fix (x = 1, as "where I have substituted $x = 1$" states): put in before proving.

A claim under x = 1 is the claim with 1 in place of x wherever x stands as a value: in both sides and in the
definitions' bodies (z = w x + b becomes z = w + b). Where the claim differentiates by x, the derivative by x at
x = 1 is not the derivative of what 1 was put into: a claim about scalars has its definitions written in and its
derivatives taken first, then the value put in (SLP3's ∂L/∂a = −2 at a = 3, b = 1, c = −2). Any other such claim is
left as it is; its sampled points and counterexamples still take x from {1} (``derive.check.domains``).
"""

from __future__ import annotations

import dataclasses

from sympy import Basic, Derivative, FiniteSet, Indexed, IndexedBase, Set, Subs, Sum, Symbol
from sympy.core.function import AppliedUndef
from sympy.sets import Contains

from derive.check.claim import Claim
from derive.model.notation import expand_definitions


def fixed_values(claim: Claim) -> dict[Symbol, Basic]:
    """The scalars the claim's domains hold at one value each: x ∈ {1}, as ``x = 1`` is read; x ≤ 0 and x ≥ 0
    together (their meet, {0})."""
    meets: dict[Symbol, Set] = {}
    for domain in claim.domains:
        relation = domain.relation
        if isinstance(relation, Contains) and isinstance(relation.args[0], Symbol):
            subject, where = relation.args
            meets[subject] = meets[subject].intersect(where) if subject in meets else where
    return {s: w.args[0] for s, w in meets.items() if isinstance(w, FiniteSet) and len(w.args) == 1}


def differentiates_by(expr: Basic, symbols: set[Symbol]) -> bool:
    """Whether ``expr`` differentiates by one of ``symbols``, or binds one (a derivative at a point written with
    it as its variable, which ``xreplace`` would not leave bound)."""
    for node in expr.atoms(Derivative, Subs):
        variables = node.variables
        if any(v in symbols for v in variables):
            return True
    return False


def _differentiated_first(claim: Claim, fixed: dict[Symbol, Basic]) -> Claim:
    """A claim about scalars that differentiates by a fixed one: its definitions written in, its derivatives taken,
    then the values put in; any other claim as it is."""
    sides = [expand_definitions(side, claim.definitions) for side in (claim.lhs, claim.rhs)]
    if any(side.has(Indexed, IndexedBase, Sum, AppliedUndef) for side in sides):
        return claim
    taken = [side.doit() for side in sides]
    if any(side.has(Derivative, Subs) for side in taken):
        return claim
    return dataclasses.replace(
        claim,
        lhs=taken[0].xreplace(fixed),
        rhs=taken[1].xreplace(fixed),
        nonzero=tuple(expand_definitions(e, claim.definitions).xreplace(fixed) for e in claim.nonzero),
    )


def at_fixed_values(claim: Claim) -> Claim:
    """The claim with each fixed scalar's value put in, where the claim never differentiates by it."""
    fixed = fixed_values(claim)
    if not fixed:
        return claim
    parts = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    if any(differentiates_by(part, set(fixed)) for part in parts):
        return _differentiated_first(claim, fixed)
    if any(d.name in fixed for d in claim.definitions):  # a fixed name that is also defined: leave it whole
        return claim
    return dataclasses.replace(
        claim,
        lhs=claim.lhs.xreplace(fixed),
        rhs=claim.rhs.xreplace(fixed),
        definitions=tuple(dataclasses.replace(d, body=d.body.xreplace(fixed)) for d in claim.definitions),
        nonzero=tuple(expr.xreplace(fixed) for expr in claim.nonzero),
    )
