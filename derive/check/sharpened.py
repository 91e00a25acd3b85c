"""What a stated domain lets the provers use: ``T > 0`` stated for a chain makes T positive in its proof, so that
√(T²) = T is proven there, as the front matter's and the prose's domains already make it page-wide.

Only the provers see the sharpened symbols (the same name, with the assumptions the domain implies); the numeric
checks still draw their points inside the domains, and every verdict names the claim's own symbols."""

from __future__ import annotations

import dataclasses

from sympy import Basic, Symbol
from sympy.core.facts import InconsistentAssumptions
from sympy.sets import Contains

from derive.check.claim import Claim
from derive.model.set_facts import implied_facts


def sharpening(claim: Claim) -> dict[Basic, Basic]:
    """Each scalar a domain of ``claim`` covers whole, to the same name with the assumptions the domain implies
    ({} if none). A name the claim defines is left as it is: put in, its definition would no longer apply to it
    (∂L/∂z of a free L is 0)."""
    defined = {definition.name for definition in claim.definitions}
    facts: dict[Symbol, dict[str, bool]] = {}
    for domain in claim.domains:
        if domain.kind != "domain" or not isinstance(domain.relation, Contains):
            continue
        subject, where = domain.relation.args
        if isinstance(subject, Symbol) and not subject.is_Dummy and subject not in defined:
            facts.setdefault(subject, {}).update(implied_facts(where))
    found: dict[Basic, Basic] = {}
    for symbol, implied in facts.items():
        if not implied:
            continue
        try:
            sharp = Symbol(symbol.name, **{**symbol._assumptions_orig, "real": True, **implied})
        except InconsistentAssumptions:
            continue  # contradictory domains: the consistency check caps every verdict
        if sharp != symbol:
            found[symbol] = sharp
    return found


def with_sharpened(claim: Claim, sharp: dict[Basic, Basic]) -> Claim:
    """The claim's sides, definitions and case with ``sharp`` put in, for a prover (the domains stay as stated)."""
    if not sharp:
        return claim
    definitions = tuple(dataclasses.replace(d, body=d.body.xreplace(sharp)) for d in claim.definitions)
    return dataclasses.replace(
        claim,
        lhs=claim.lhs.xreplace(sharp),
        rhs=claim.rhs.xreplace(sharp),
        definitions=definitions,
        condition=claim.condition.xreplace(sharp),
        nonzero=tuple(expr.xreplace(sharp) for expr in claim.nonzero),
    )


__all__ = ["sharpening", "with_sharpened"]
