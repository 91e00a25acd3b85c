"""The domains a claim states for its variables, points drawn inside them, and the test that a point lies there.

A domain is an ``Assumption`` of kind "domain": ``Contains(x, SET)`` for a symbol x, for every entry of a vector
(``Contains(y_i, SET)`` with i a free index), or for one entry (``Contains(y_1, SET)``); SET an ``Interval``,
``Reals``, a ``FiniteSet`` or a union of these. An assumption without a relation names a vector whose
``IndexedBase`` carries the domain as SymPy assumptions (positive, nonnegative, real), as the reader writes them.
Index ranges (``Contains(i, Range(1, n + 1))``) are the index space's business and are skipped here.

Names are matched by name (a symbol's, a vector's label): a restriction applied to more than it should only
narrows the points drawn, so it can cost a counterexample, never make a false one.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sympy import (
    Basic,
    FiniteSet,
    Indexed,
    IndexedBase,
    Integer,
    Intersection,
    Interval,
    Range,
    Rational,
    Reals,
    S,
    Set,
    Symbol,
    Union,
    oo,
)
from sympy.logic.boolalg import Boolean
from sympy.sets import Contains

from derive.engine.step import Assumption

#: How many draws ``sample_in`` makes from a set it cannot draw from directly before it gives up.
TRIES = 20


@dataclass(frozen=True)
class Domains:
    """Each restricted name: a symbol's or a vector's (every entry) name, or one entry (name, indices), and its set."""

    sets: tuple[tuple[object, Set], ...] = ()
    #: Conditions on values a point must satisfy (y wᵀx < 1, 1 − y wᵀx ≠ 0): drawn points are kept only if they do.
    conditions: tuple[Basic, ...] = ()

    def __hash__(self) -> int:
        """Hashed once (the key of ``_set_of``'s cache): SymPy hashes ``Reals`` by building an Interval each time."""
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.sets, self.conditions))
            object.__setattr__(self, "_hash", cached)
        return cached

    def stated(self, atom: Basic) -> list[Set]:
        """The stated domains that name ``atom`` (a Symbol, or an Indexed entry)."""
        return list(_stated(self, atom))

    def of(self, atom: Basic) -> Set:
        """The set ``atom`` ranges over: every stated domain that names it, and its own SymPy assumptions."""
        return _set_of(self, atom)

    @property
    def restricted(self) -> bool:
        return bool(self.sets or self.conditions)


@functools.lru_cache(maxsize=4096)
def _stated(domains: Domains, atom: Basic) -> tuple[Set, ...]:
    """``Domains.stated``, once per atom: a point at n = 256 draws 256 entries, and a claim draws several points."""
    keys = _keys(atom)
    return tuple(where for key, where in domains.sets if key in keys)


@functools.lru_cache(maxsize=4096)
def _set_of(domains: Domains, atom: Basic) -> Set:
    """``Domains.of``, once per atom: the intersection is built (and SymPy's set logic run) once, not per point."""
    found = (_own_set(atom), *domains.stated(atom))
    return found[0] if len(found) == 1 else _meet(found)


@functools.lru_cache(maxsize=1024)
def _meet(sets: tuple[Set, ...]) -> Set:
    """The intersection of ``sets``, once per distinct tuple (the n entries of a vector share theirs)."""
    return Intersection(*sets)


def contains(where: Set, value: Basic) -> bool:
    """``where.contains(value) is S.true``, with an exact shortcut for a rational in an interval with rational
    or infinite ends (the common case, decided by comparing rationals without SymPy's relational machinery)."""
    if isinstance(where, Interval) and isinstance(value, Rational):
        low, high = where.start, where.end
        ends_rational = low is S.NegativeInfinity or isinstance(low, Rational)
        if ends_rational and (high is S.Infinity or isinstance(high, Rational)):
            above = low is S.NegativeInfinity or (value > low if where.left_open else value >= low)
            below = high is S.Infinity or (value < high if where.right_open else value <= high)
            return bool(above and below)
    if where is Reals and isinstance(value, Rational):
        return True
    return _contains(where, value)


@functools.lru_cache(maxsize=8192)
def _contains(where: Set, value: Basic) -> bool:
    return where.contains(value) is S.true


def domains_of(assumptions: Iterable[Assumption]) -> Domains:
    """The domains stated among ``assumptions`` (other kinds, and index ranges, are skipped)."""
    sets: list[tuple[object, Set]] = []
    conditions: list[Basic] = []
    for assumption in assumptions:
        if assumption.kind != "domain":
            continue
        relation = assumption.relation
        if isinstance(relation, Boolean) and not isinstance(relation, Contains):  # a condition on values
            conditions.append(relation.doit())  # y Σ_t w_t x_t < 1 at n = 2: y (w_1 x_1 + w_2 x_2) < 1
        elif isinstance(relation, Contains):
            element, where = relation.args
            key = _key(element)
            if key is not None and isinstance(where, Set) and not _has_range(where):
                sets.append((key, where))
        elif relation is None and isinstance(assumption.vector, IndexedBase):
            base = assumption.vector
            sets.append((str(base.label), _own_set(base[Symbol("_every")])))
    return Domains(tuple(sets), tuple(conditions))


def _has_range(where: Set) -> bool:
    return isinstance(where, Range) or any(isinstance(part, Range) for part in where.atoms(Range))


def _key(element: Basic) -> object | None:
    if isinstance(element, Symbol):
        return element.name
    if isinstance(element, Indexed):
        label = str(element.base.label)
        if all(isinstance(index, Symbol) for index in element.indices):
            return label  # a free index: every entry
        if all(isinstance(index, Integer) for index in element.indices):
            return (label, tuple(int(index) for index in element.indices))
    return None


def _keys(atom: Basic) -> tuple[object, ...]:
    if isinstance(atom, Symbol):
        return (atom.name,)
    if isinstance(atom, Indexed):
        label = str(atom.base.label)
        if all(isinstance(index, Integer) for index in atom.indices):
            return (label, (label, tuple(int(index) for index in atom.indices)))
        return (label,)
    return ()


def _own_set(atom: Basic) -> Set:
    """The set an atom's SymPy assumptions allow (positive, nonnegative, negative, real)."""
    if atom.is_positive:
        return Interval.open(0, oo)
    if atom.is_nonnegative:
        return Interval(0, oo)
    if atom.is_negative:
        return Interval.open(-oo, 0)
    if atom.is_nonpositive:
        return Interval(-oo, 0)
    return Reals


def sample_in(where: Set, rng: random.Random) -> Rational | None:
    """A random exact value in ``where``: a rational with denominator 100 inside an interval, an element of a
    finite set; None when none is found (an empty set, or one it cannot draw from)."""
    where = _simplified(where)
    if where is S.EmptySet:
        return None
    if isinstance(where, FiniteSet):
        values = [v for v in where.args if v.is_real]
        return Rational(rng.choice(sorted(values))) if values else None
    if isinstance(where, Union):
        return sample_in(rng.choice(list(where.args)), rng)
    if isinstance(where, Interval):
        plan = REALS_PLAN if where is Reals else _draw_plan(where)  # Reals hashes slowly
        if plan is not None:  # rational ends: the same draws and the same test, in integers (SymPy's are slow)
            (p, q, r, s), low_end, high_end = plan
            for _ in range(TRIES):
                numerator, denominator = p * s * 100 + r * q * rng.randint(0, 100), q * s * 100
                if _above(numerator, denominator, low_end) and _above(-numerator, denominator, high_end):
                    return Rational(numerator, denominator)
            return None
        low, high = where.start, where.end
        span = high - low if low.is_finite and high.is_finite else Integer(2)
        if not low.is_finite:
            low = (high - 2) if high.is_finite else Integer(-2)
            span = Integer(4) if not high.is_finite else span
        for _ in range(TRIES):
            value = low + span * Rational(rng.randint(0, 100), 100)
            value = value if value.is_Rational else Rational(str(value.evalf(30)))  # x > log 2: a rational near
            if contains(where, value):
                return value
        return None
    for _ in range(TRIES):  # any other set: draw widely, keep a member
        value = Rational(rng.randint(-300, 300), 100)
        if contains(where, value):
            return value
    return None


#: An end of an interval for ``_above``: its numerator, its denominator (> 0) and whether it is open; None for an
#: infinite end.
End = tuple[int, int, bool] | None
#: How ``sample_in`` draws in an interval: low + span · m/100 as the integers (p, q, r, s) of low = p/q and
#: span = r/s, and the interval's lower end and its upper end negated.
Plan = tuple[tuple[int, int, int, int], End, End]
#: ``_draw_plan`` of the real line: from −2, over a span of 4, no end.
REALS_PLAN: Plan = ((-2, 1, 4, 1), None, None)


@functools.lru_cache(maxsize=1024)
def _draw_plan(where: Interval) -> Plan | None:
    """``sample_in``'s draws in ``where`` in integers; None when an end is neither rational nor infinite (drawn
    with SymPy's arithmetic then)."""
    low, high = where.start, where.end
    if not all(end.is_infinite or isinstance(end, Rational) for end in (low, high)):
        return None
    ends: tuple[End, End] = (
        None if low.is_infinite else (int(low.p), int(low.q), bool(where.left_open)),
        None if high.is_infinite else (-int(high.p), int(high.q), bool(where.right_open)),
    )
    span = high - low if low.is_finite and high.is_finite else Integer(2)
    if not low.is_finite:
        low = (high - 2) if high.is_finite else Integer(-2)
        span = Integer(4) if not high.is_finite else span
    if not (isinstance(low, Rational) and isinstance(span, Rational)):
        return None
    return (int(low.p), int(low.q), int(span.p), int(span.q)), *ends


def _above(numerator: int, denominator: int, end: End) -> bool:
    """numerator/denominator (denominator > 0) is above ``end`` (strictly when it is open), as ``contains``
    compares a rational with an interval's end; an upper end is tested negated, with the value negated."""
    if end is None:
        return True
    p, q, is_open = end
    return numerator * q > p * denominator if is_open else numerator * q >= p * denominator


def _simplified(where: Set) -> Set:
    """An intersection evaluated (once: cached); any other set as it is, unhashed (``Reals`` hashes slowly)."""
    return where if not isinstance(where, Intersection) else _intersected(where)


@functools.lru_cache(maxsize=1024)
def _intersected(where: Intersection) -> Set:
    return Intersection(*where.args, evaluate=True)


def special_values(where: Set) -> list[Rational]:
    """The values a search for an exact zero tries first (0, ±1, ½, 2, the ends of an interval and a point inside
    it), those in ``where``."""
    where = _simplified(where)
    candidates: list[Basic] = [S.Zero, S.One, S.NegativeOne, Rational(1, 2), Integer(2), Integer(-2)]
    if isinstance(where, Interval):
        candidates += [end for end in (where.start, where.end) if end.is_finite]
        low, high = where.start, where.end  # and a point inside: (2, ∞) holds none of the values above
        candidates.append(
            (low + high) / 2 if low.is_finite and high.is_finite else low + 1 if low.is_finite else high - 1
        )
    if isinstance(where, FiniteSet):
        candidates = list(where.args) + candidates
    found: list[Rational] = []
    for value in candidates:
        if value.is_Rational and value not in found and contains(where, value):
            found.append(value)
    return found


def holds(condition: Basic, point: dict[Basic, Basic]) -> bool:
    """Whether a condition on values holds at ``point``; not where a side is not real there (√y + x > 0 at y < 0:
    SymPy refuses to compare it)."""
    try:
        return condition.xreplace(point) is S.true
    except TypeError:
        return False


def outside(point: dict[Basic, Basic], domains: Domains) -> Basic | None:
    """The first variable of ``point`` whose value lies outside its domain, or None when every value is inside."""
    for atom, value in point.items():
        if not isinstance(atom, (Symbol, Indexed)):
            continue
        where = domains.of(atom)
        if where is Reals and value.is_real:
            continue
        if not contains(where, value):
            return atom
    for condition in domains.conditions:  # undecided (a variable of it not drawn) counts as outside
        if not holds(condition, point):  # false outright (z > 0 of z = -e^x): no point is inside
            return min(condition.free_symbols, key=str) if condition.free_symbols else S.false
    return None


def _variables(condition: Basic) -> set[Basic]:
    """The variables a condition on values is about: its entries (w_1) and the symbols that label none of them."""
    entries = {entry for entry in condition.atoms(Indexed) if all(i.is_Integer for i in entry.indices)}
    labels = {entry.base.label for entry in condition.atoms(Indexed)}
    return entries | {s for s in condition.free_symbols if isinstance(s, Symbol) and s not in labels}


def sample_point(atoms: Sequence[Basic], domains: Domains, rng: random.Random) -> dict[Basic, Basic] | None:
    """A random value inside its domain for each of ``atoms`` (one with no stated domain as
    ``numeric.sample_value`` draws it); None when some domain gives none."""
    from derive.check.numeric import sample_value

    drawn = [*atoms, *sorted({v for c in domains.conditions for v in _variables(c)} - set(atoms), key=str)]
    for _ in range(TRIES if domains.conditions else 1):  # a point that breaks a condition on values is drawn again
        point: dict[Basic, Basic] = {}
        for atom in drawn:
            value = sample_in(domains.of(atom), rng) if domains.stated(atom) else sample_value(atom, rng)
            if value is None:
                return None
            point[atom] = value
        if all(holds(condition, point) for condition in domains.conditions):
            return point
    return None


__all__ = ["Domains", "contains", "domains_of", "outside", "sample_in", "sample_point", "special_values"]
