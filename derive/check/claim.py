"""A claim, lhs = rhs over an index space with definitions, a case condition and constraints, and the claim at a
concrete length. Kept apart from the provers, so that reading verdicts back from the cache loads none of them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sympy import Basic, Integer, S, Symbol
from sympy.core.sympify import _sympify

from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace


@dataclass(frozen=True)
class Claim:
    """lhs = rhs, over an index space, with definitions, a case condition and constraints in force.

    ``domains`` are the assumptions of kind "domain" (y_i ∈ [0, 1], ε ∈ [0, 1], labels in {−1, 1}): every point a
    numeric check draws, and every counterexample, lies inside them. ``nonzero`` lists expressions that must be
    nonzero for the sides to be defined (denominators, log arguments, bases of negative powers, as written
    before SymPy's evaluation could cancel them); the checker adds those it finds in the sides themselves.
    """

    lhs: Basic
    rhs: Basic
    space: IndexSpace
    definitions: tuple[Definition, ...] = ()
    condition: Basic = S.true
    constraints: tuple[Assumption, ...] = ()
    domains: tuple[Assumption, ...] = ()
    nonzero: tuple[Basic, ...] = ()


def at_n(claim: Claim, n: int) -> Claim:
    """The claim with its symbolic length replaced by the integer ``n`` everywhere: both sides, the case
    condition, the definitions' bodies, the constraints' relations and the index space."""
    symbol = claim.space.n
    if not isinstance(symbol, Symbol):
        raise ValueError("the claim's length is not symbolic")
    value = {symbol: Integer(n)}
    definitions = tuple(dataclasses.replace(d, body=d.body.xreplace(value)) for d in claim.definitions)
    constraints = tuple(_assumption_at(c, value) for c in claim.constraints)
    domains = tuple(_assumption_at(d, value) for d in claim.domains)
    return dataclasses.replace(
        claim,
        lhs=_sympify(claim.lhs).xreplace(value),
        rhs=_sympify(claim.rhs).xreplace(value),
        space=IndexSpace(n, claim.space.indices, claim.space.ranges),
        definitions=definitions,
        condition=claim.condition.xreplace(value),
        constraints=constraints,
        domains=domains,
        nonzero=tuple(_sympify(expr).xreplace(value) for expr in claim.nonzero),
    )


def _assumption_at(assumption: Assumption, value: dict[Basic, Basic]) -> Assumption:
    if assumption.relation is None:
        return assumption
    return dataclasses.replace(assumption, relation=assumption.relation.xreplace(value))


__all__ = ["Claim", "at_n"]
