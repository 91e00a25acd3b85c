"""Values a claim's assumptions fix (x = 1, as "where I have substituted $x = 1$" states): put in before proving.

A claim under x = 1 is the claim with 1 in place of x wherever x stands as a value: in both sides and in the
definitions' bodies (z = w x + b becomes z = w + b). Not where the claim differentiates by x: the derivative by x
at x = 1 is not the derivative of what 1 was put into. Such a claim is left as it is; its sampled points and
counterexamples still take x from {1} (``derive.check.domains``).
"""

from __future__ import annotations

import dataclasses

from sympy import Basic, Derivative, FiniteSet, Subs, Symbol
from sympy.sets import Contains

from derive.check.claim import Claim


def fixed_values(claim: Claim) -> dict[Symbol, Basic]:
    """The scalars the claim's domains hold at one value each: x ∈ {1}, as ``x = 1`` is read."""
    fixed: dict[Symbol, Basic] = {}
    for domain in claim.domains:
        relation = domain.relation
        if not isinstance(relation, Contains):
            continue
        subject, where = relation.args
        if isinstance(subject, Symbol) and isinstance(where, FiniteSet) and len(where.args) == 1:
            fixed[subject] = where.args[0]
    return fixed


def differentiates_by(expr: Basic, symbols: set[Symbol]) -> bool:
    """Whether ``expr`` differentiates by one of ``symbols``, or binds one (a derivative at a point written with
    it as its variable, which ``xreplace`` would not leave bound)."""
    for node in expr.atoms(Derivative, Subs):
        variables = node.variables
        if any(v in symbols for v in variables):
            return True
    return False


def at_fixed_values(claim: Claim) -> Claim:
    """The claim with each fixed scalar's value put in, where the claim never differentiates by it."""
    fixed = fixed_values(claim)
    if not fixed:
        return claim
    parts = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    if any(differentiates_by(part, set(fixed)) for part in parts):
        return claim
    if any(d.name in fixed for d in claim.definitions):  # a fixed name that is also defined: leave it whole
        return claim
    return dataclasses.replace(
        claim,
        lhs=claim.lhs.xreplace(fixed),
        rhs=claim.rhs.xreplace(fixed),
        definitions=tuple(dataclasses.replace(d, body=d.body.xreplace(fixed)) for d in claim.definitions),
        nonzero=tuple(expr.xreplace(fixed) for expr in claim.nonzero),
    )
