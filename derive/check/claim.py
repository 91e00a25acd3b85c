"""A claim, lhs = rhs over an index space with definitions, a case condition and constraints, and the claim at a
concrete length. Kept apart from the provers, so that reading verdicts back from the cache loads none of them."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sympy import Basic, Indexed, Integer, KroneckerDelta, S, Symbol
from sympy.core.sympify import _sympify

from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace, bears_on_lengths


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


def bears_on_n(claim: Claim, values: Sequence[tuple[Basic, Basic]] = ()) -> bool:
    """Whether the length matters to the claim: a vector, array, index or sum in its sides (its definitions
    written in) or case, or an entry among a counterexample's ``values``. A claim about scalars alone holds or
    fails whatever n is: its counterexample names no n."""
    if any(isinstance(name, Indexed) for name, _ in values):
        return True
    return bears_on_lengths((claim.lhs, claim.rhs, claim.condition), claim.definitions, claim.space)


def entries_written(claim: Claim) -> int:
    """The largest entry number the claim writes at a symbolic length (p_7, δ_{k7}: 7), 1 for none: at a smaller n
    that entry does not exist, so no n below it is checked, and a proof is for every n from it on."""
    if not isinstance(claim.space.n, Symbol):
        return 1
    parts = [_sympify(part) for part in (claim.lhs, claim.rhs, claim.condition)]
    parts += [a.relation for a in (*claim.constraints, *claim.domains) if a.relation is not None]
    unused = list(claim.definitions)  # only the definitions the claim uses, through others too: x_9 elsewhere is not
    while used := [d for d in unused if any(part.has(d.name) for part in parts)]:
        parts += [d.body for d in used]
        unused = [d for d in unused if d not in used]
    numbers = [1]
    for part in parts:
        part = _sympify(part)
        numbers += [int(i) for atom in part.atoms(Indexed) for i in atom.indices if isinstance(i, Integer)]
        numbers += [int(a) for atom in part.atoms(KroneckerDelta) for a in atom.args if isinstance(a, Integer)]
    return max(numbers)


def at_n(claim: Claim, n: int) -> Claim:
    """The claim with its symbolic length replaced by the integer ``n`` everywhere: both sides, the case
    condition, the definitions' bodies, the constraints' relations and the index space."""
    symbol = claim.space.n
    if not isinstance(symbol, Symbol):
        raise ValueError("the claim's length is not symbolic")
    lengths = size_values(claim.space, n)
    value = {length: Integer(v) for length, v in lengths}
    definitions = tuple(_once(_definition_at, d, lengths) for d in claim.definitions)
    constraints = tuple(_once(_assumption_at, c, lengths) for c in claim.constraints)
    domains = tuple(_once(_assumption_at, d, lengths) for d in claim.domains)
    known = dict(lengths)
    ranges = tuple((index, known.get(bound, bound) if isinstance(bound, Symbol) else bound)
                   for index, bound in claim.space.ranges)  # fmt: skip
    return dataclasses.replace(
        claim,
        lhs=_sympify(claim.lhs).xreplace(value),
        rhs=_sympify(claim.rhs).xreplace(value),
        space=IndexSpace(n, claim.space.indices, ranges),
        definitions=definitions,
        condition=claim.condition.xreplace(value),
        constraints=constraints,
        domains=domains,
        nonzero=tuple(_sympify(expr).xreplace(value) for expr in claim.nonzero),
    )


T = TypeVar("T")


def size_values(space: IndexSpace, n: int) -> tuple[tuple[Symbol, int], ...]:
    """The value of every symbolic length at n: n itself, and n + 1, n + 2, … for the other lengths (``sizes``),
    so that an index put in the wrong slot shows at the concrete lengths. Any values are instances of a claim
    about every length; these are small and distinct."""
    assert isinstance(space.n, Symbol)
    return ((space.n, n), *((size, n + position) for position, size in enumerate(space.sizes, start=1)))


Lengths = tuple[tuple[Symbol, int], ...]


def _once(function: Callable[[T, Lengths], T], part: T, lengths: Lengths) -> T:
    """``function(part, lengths)`` from its cache; computed afresh for a part that cannot be hashed."""
    try:
        return function(part, lengths)
    except TypeError:
        return function.__wrapped__(part, lengths)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4096)
def _definition_at(definition: Definition, lengths: Lengths) -> Definition:
    """A definition at n, once per (definition, n): every claim of a derivation shares its definitions."""
    return dataclasses.replace(definition, body=definition.body.xreplace({s: Integer(v) for s, v in lengths}))


@functools.lru_cache(maxsize=4096)
def _assumption_at(assumption: Assumption, lengths: Lengths) -> Assumption:
    if assumption.relation is None:
        return assumption
    value = {s: Integer(v) for s, v in lengths}
    rows = assumption.rows.xreplace(value) if assumption.rows is not None else None
    return dataclasses.replace(assumption, relation=assumption.relation.xreplace(value), rows=rows)


__all__ = ["Claim", "at_n", "bears_on_n"]
