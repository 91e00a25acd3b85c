"""Are the assumptions consistent? A point that satisfies all of them, or a proof that two contradict each other.

Contradictory assumptions prove anything (from "y positive" and "y one-hot", y_1 y_2 = 0 would follow), so they
are checked before any link. For each vector and symbol, its domains (stated sets and the SymPy assumptions of
its symbol) and its constraints (one-hot, Σ = 1) are put together at the lengths the file covers (n itself, or
n = 1, 2, 3 for a symbolic n: a claim for every n covers n ≥ 2 too):

- two domains with nothing in common contradict each other;
- one-hot needs an entry 1 and, from n = 2, entries 0: a domain without 1, or without 0, contradicts it;
- Σ = 1 needs n values of the domain that add up to 1: a domain whose least sum exceeds 1, or whose greatest
  falls short of it, contradicts it.

Otherwise a point is built (the first unit vector for one-hot, 1/n for each entry under Σ = 1, a value of the
domain else) and checked against every domain; when that fails too, the result is neither.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sympy import Basic, FiniteSet, Indexed, IndexedBase, Integer, Interval, Rational, S, Set, Symbol

from derive.check.domains import Domains, domains_of, special_values
from derive.check.verdict import Status, Verdict
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace

#: The lengths checked for a symbolic n.
LENGTHS = (1, 2, 3)


@dataclass(frozen=True)
class Consistency:
    """A point that satisfies every assumption (``point``), or two that contradict each other (``conflict``,
    with ``reason``), or neither (both None)."""

    point: tuple[tuple[Basic, Basic], ...] | None = None
    conflict: tuple[Assumption, Assumption] | None = None
    reason: str = ""

    @property
    def consistent(self) -> bool:
        return self.point is not None

    @property
    def contradictory(self) -> bool:
        return self.conflict is not None


def _names(assumptions: Sequence[Assumption]) -> list[Basic]:
    """The vectors (IndexedBase) and symbols the assumptions speak of, in order."""
    found: list[Basic] = []
    for assumption in assumptions:
        candidates: list[Basic] = []
        if assumption.vector is not None:
            candidates.append(assumption.vector)
        relation = assumption.relation
        if relation is not None and assumption.kind == "domain" and relation.args:
            element = relation.args[0]
            if isinstance(element, Indexed):
                candidates.append(element.base)
            elif isinstance(element, Symbol):
                candidates.append(element)
        for candidate in candidates:
            if candidate not in found:
                found.append(candidate)
    return found


def _about(assumption: Assumption, name: Basic) -> bool:
    if assumption.vector is not None and _same(assumption.vector, name):
        return True
    relation = assumption.relation
    if assumption.kind != "domain" or relation is None or not relation.args:
        return False
    element = relation.args[0]
    target = element.base if isinstance(element, Indexed) else element
    return _same(target, name)


def _label(x: Basic) -> str:
    return str(x.label) if isinstance(x, IndexedBase) else str(x)


def _same(a: Basic, b: Basic) -> bool:
    return type(a) is type(b) and _label(a) == _label(b)


def _entry(name: Basic, m: int) -> Basic:
    return name[m] if isinstance(name, IndexedBase) else name


def consistency(assumptions: Sequence[Assumption], space: IndexSpace) -> Consistency:
    """A point satisfying every assumption, or the pair that contradicts each other, or neither."""
    lengths = [space.n] if isinstance(space.n, int) else list(LENGTHS)
    point: dict[Basic, Basic] = {}
    undecided = False
    for name in _names(assumptions):
        own = [a for a in assumptions if _about(a, name)]
        for n in lengths:
            assert isinstance(n, int)
            found = _one(name, own, n)
            if isinstance(found, Consistency):
                return found
            if found is None:
                undecided = True
            elif n == lengths[-1]:
                point.update(found)
    if undecided:
        return Consistency()
    return Consistency(point=tuple(point.items()))


def _where(name: Basic, domains: Domains) -> Set:
    return domains.of(_entry(name, 1) if isinstance(name, IndexedBase) else name)


def _one(name: Basic, own: Sequence[Assumption], n: int) -> dict[Basic, Basic] | Consistency | None:
    """For one vector or symbol at length n: values satisfying ``own`` assumptions, or a conflict, or None."""
    domain_parts = [a for a in own if a.kind == "domain"]
    if any(a.kind == "rows-sum-to-one" for a in own):  # rows summing to one: each 1/C, or each e_1 in its domain
        where = _where(name, domains_of(domain_parts))
        return {} if not domain_parts or {where.contains(S.Zero), where.contains(S.One)} == {S.true} else None
    vector = isinstance(name, IndexedBase)
    size = n if vector else 1
    # a domain stated twice with nothing in common (or empty with the symbol's own assumptions)
    for at, first in enumerate(domain_parts):
        for second in [*domain_parts[at + 1 :], first]:
            pair = domains_of([first, second])
            if _where(name, pair) is S.EmptySet:
                return Consistency(conflict=(first, second), reason=f"no value of {name} satisfies both")
    domains = domains_of(domain_parts)
    where = _where(name, domains)
    stated = domain_parts[-1] if domain_parts else None
    hot = next((a for a in own if a.kind == "one-hot"), None)
    unit = next((a for a in own if a.kind == "sum-to-one"), None)
    if hot is not None:
        zero, one = where.contains(S.Zero), where.contains(S.One)
        if stated is not None and one is S.false:
            return Consistency(conflict=(stated, hot), reason=f"a one-hot {name} has an entry 1")
        if stated is not None and n >= 2 and zero is S.false:
            return Consistency(conflict=(stated, hot), reason=f"a one-hot {name} has entries 0 when n ≥ 2")
        if one is not S.true or (n >= 2 and zero is not S.true):
            return None
        return {_entry(name, m): S.One if m == 1 else S.Zero for m in range(1, size + 1)}
    if unit is not None and vector:
        share = Rational(1, n)
        if where.contains(share) is S.true:
            return {_entry(name, m): share for m in range(1, n + 1)}
        low, high = _bounds(where)
        if stated is not None and low is not None and (n * low > 1 or (n * low == 1 and _open_low(where))):
            return Consistency(conflict=(stated, unit), reason=f"{n} entries of {name} add up to more than 1")
        if stated is not None and high is not None and (n * high < 1 or (n * high == 1 and _open_high(where))):
            return Consistency(conflict=(stated, unit), reason=f"{n} entries of {name} add up to less than 1")
        found = _finite_unit(name, where, n)
        if found is False and stated is not None:
            return Consistency(conflict=(stated, unit), reason=f"no {n} entries of {name} add up to 1")
        return found if isinstance(found, dict) else None
    values = special_values(where)
    if not values:
        return None
    return {_entry(name, m): values[0] for m in range(1, size + 1)}


def _bounds(where: Set) -> tuple[Basic | None, Basic | None]:
    try:
        low, high = where.inf, where.sup
    except (NotImplementedError, TypeError, ValueError):
        return None, None
    return (low if low.is_finite else None), (high if high.is_finite else None)


def _open_low(where: Set) -> bool:
    return isinstance(where, Interval) and bool(where.left_open)


def _open_high(where: Set) -> bool:
    return isinstance(where, Interval) and bool(where.right_open)


def _finite_unit(name: Basic, where: Set, n: int) -> dict[Basic, Basic] | bool:
    """n values of a finite domain that add up to 1; False when there are none (every choice was tried); True
    when it cannot tell."""
    if not isinstance(where, FiniteSet) or n > 8 or not all(v.is_Rational for v in where.args):
        return True
    values = sorted(where.args, key=float)
    sums: dict[Basic, tuple[Basic, ...]] = {Integer(0): ()}
    for _ in range(n):
        sums = {total + v: (*chosen, v) for total, chosen in sums.items() for v in values}
    chosen = sums.get(Integer(1))
    if chosen is None:
        return False
    return {_entry(name, m): value for m, value in enumerate(chosen, start=1)}


def assumptions_in_force(
    assumed: Sequence[Assumption], per_link: Sequence[Sequence[Assumption]], space: IndexSpace
) -> list[Consistency]:
    """``consistency`` of the file's assumptions with each link's own constraints (once per distinct set); an
    ``InputError`` (exit 2) naming the two that contradict each other, if two of the file's do. Two that contradict
    each other only with a link's own (stated before its display) leave that link unproven (``capped``)."""
    from derive.errors import InputError

    whole = consistency(tuple(assumed), space)
    if whole.conflict is not None:
        first, second = whole.conflict
        raise InputError(
            f"the assumptions '{first.phrase}' and '{second.phrase}' contradict each other ({whole.reason}): "
            "under them every equation would follow"
        )
    found: dict[tuple[Assumption, ...], Consistency] = {tuple(assumed): whole}
    results = []
    for extra in per_link:
        together = (*assumed, *(a for a in extra if a not in assumed))
        if together not in found:
            found[together] = consistency(together, space)
        results.append(found[together])
    return results


def capped(verdict: Verdict, found: Consistency) -> Verdict:
    """``verdict``, but no better than unproven when the assumptions are not shown consistent, and unproven when
    two contradict each other (no point satisfies them: no counterexample can, and every equation would follow)."""
    if found.conflict is not None:
        first, second = found.conflict
        why = (
            f"the assumptions '{first.phrase}' and '{second.phrase}' stated for it contradict each other "
            f"({found.reason}): under them every equation would follow"
        )
        return dataclasses.replace(verdict, status=Status.UNPROVEN, method=why, counterexample=None, evidence=None)
    if found.consistent or not verdict.proven:
        return verdict
    why = f"the assumptions could not be shown consistent (no point satisfying them all was found); {verdict.method}"
    return dataclasses.replace(verdict, status=Status.UNPROVEN, method=why)


__all__ = ["Consistency", "assumptions_in_force", "capped", "consistency"]
