"""A claim, lhs = rhs over an index space with definitions, a case condition and constraints, and the claim at a
concrete length. Kept apart from the provers, so that reading verdicts back from the cache loads none of them."""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sympy import And, Basic, Indexed, IndexedBase, Integer, KroneckerDelta, S, Set, Sum, Symbol
from sympy.core.sympify import _sympify
from sympy.sets import Contains

from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace, SumExcept, bears_on_lengths, expand_definitions


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

    def __post_init__(self) -> None:
        """A domain stated of a defined name holds of what that name is made of: "When $z > 0$" with z = wx + b
        is the condition wx + b > 0 (a point with z drawn apart from w, x and b had refuted the ReLU's slope)."""
        if self.definitions and self.domains:
            domains = tuple(_made_of(domain, self.definitions, self.space) for domain in self.domains)
            if domains != self.domains:
                object.__setattr__(self, "domains", domains)


def _made_of(domain: Assumption, definitions: tuple[Definition, ...], space: IndexSpace) -> Assumption:
    """``domain`` with the defined names in its relation written out: a set a defined name lies in becomes the
    relation of what it is made of (Contains(z, (0, ∞)) → wx + b > 0). A condition on every entry of a defined
    vector is written out at a concrete length only, one relation per entry (at a symbolic length it waits)."""
    relation = domain.relation
    names = {definition.name for definition in definitions}
    if relation is None or not (relation.free_symbols | relation.atoms(IndexedBase)) & names:
        return domain
    if isinstance(relation, Contains):
        element, where = relation.args
        written = expand_definitions(element, definitions)
        if written == element or not isinstance(where, Set):
            return domain
        free = [index for index in _sympify(element).free_symbols if index in space.indices]
        if free and not isinstance(space.n, int):
            return domain  # every entry of a defined vector: at each concrete length, entry by entry
        cases = [{}] if not free else [dict(zip(free, values, strict=True)) for values in _values(free, space)]
        relation = And(*(where.as_relational(written.xreplace(case)) for case in cases))
    else:
        relation = expand_definitions(relation, definitions)
    return dataclasses.replace(domain, relation=relation)


def _values(indices: list[Basic], space: IndexSpace) -> list[tuple[Integer, ...]]:
    """Every value of ``indices`` in their ranges at a concrete length."""
    ranges = [range(1, int(space.upper_of(index)) + 1) for index in indices]
    return [tuple(Integer(v) for v in values) for values in itertools.product(*ranges)]


def bears_on_n(claim: Claim, values: Sequence[tuple[Basic, Basic]] = ()) -> bool:
    """Whether the length matters to the claim: a vector, array, index or sum in its sides (its definitions
    written in) or case, or an entry among a counterexample's ``values``. A claim about scalars alone holds or
    fails whatever n is: its counterexample names no n."""
    if any(isinstance(name, Indexed) for name, _ in values):
        return True
    return bears_on_lengths((claim.lhs, claim.rhs, claim.condition), claim.definitions, claim.space)


def fixed_entries(claim: Claim) -> bool:
    """Whether the claim, its definitions written in, is about entries at numbers alone (H_4, W_13): no sum, no
    free index, no length, no constraint over a whole vector. It is then the same claim at every length that holds
    its entries, so a proof at one such length is a proof at all of them."""
    if claim.constraints or (claim.space.indices and free_in(claim)):
        return False
    parts = [claim.lhs, claim.rhs, claim.condition, *(d.relation for d in claim.domains if d.relation is not None)]
    sized = {*claim.space.sizes, *([claim.space.n] if isinstance(claim.space.n, Symbol) else [])}
    for part in parts:
        written = expand_definitions(_sympify(part), claim.definitions)
        if written.atoms(Sum, SumExcept) or written.free_symbols & (sized | set(claim.space.indices)):
            return False
        if any(not all(isinstance(i, Integer) for i in entry.indices) for entry in written.atoms(Indexed)):
            return False
    return True


def free_in(claim: Claim) -> bool:
    """Whether an index stands free in the claim's sides or case."""
    exprs = (_sympify(claim.lhs), _sympify(claim.rhs), claim.condition)
    return any(expr.free_symbols & set(claim.space.indices) for expr in exprs)


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
