"""Whether what an expression divides by is nonzero: the guard of a proof that puts a difference over one
denominator (an identity of rational functions proves nothing where a division it hides is by 0).

A scalar the claim holds to an open interval (h ∈ (0, 1), stated) is nonzero there and so is 1 − h, which no
assumption on the symbol can say: while a claim is decided (``inside_domains``), such a scalar is also written as
the interval's point a + (b − a) t/(1 + t) with t > 0, a bijection onto the interval, and a quantity nonzero for
every t > 0 is nonzero on the whole domain."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sympy import Basic, Dummy, Expr, Indexed, Intersection, Interval, Pow, S, Set, Symbol, cancel, together
from sympy.sets import Contains

#: The scalars the claim being decided holds to an open interval, by name, each as a point of it in a positive t.
_INSIDE: ContextVar[dict[str, Expr | Interval] | None] = ContextVar("inside", default=None)
#: The set the claim being decided holds each scalar to (x ≠ 0 where both sides are defined: ℝ ∖ {0}), by name.
_SETS: ContextVar[dict[str, Set] | None] = ContextVar("sets", default=None)


def stated_set(name: str) -> Set | None:
    """The set the claim being decided holds the scalar ``name`` to, or None."""
    return (_SETS.get() or {}).get(name)


def inside_point(where: Basic) -> Expr | None:
    """A point of an open interval written with a positive symbol t, so that its bounds become signs: a + t for
    (a, ∞), b − t for (−∞, b), a + (b − a) t/(1 + t) for (a, b); None for any other set."""
    if not isinstance(where, Interval) or not (where.left_open and where.right_open):
        return None
    low, high, t = where.start, where.end, Dummy(positive=True)
    if low.is_finite and high.is_finite:
        return low + (high - low) * t / (1 + t)
    if low.is_finite:
        return low + t
    return high - t if high.is_finite else None


@contextmanager
def inside_domains(domains: Iterable[object]) -> Iterator[None]:
    """While it lasts, a scalar held to an open interval by one of ``domains`` (Assumptions) counts as inside it, and
    so does every entry of a vector held so (``p_i ∈ (0, 1)``), each entry at a point of its own."""
    points: dict[str, Expr | Interval] = {}
    sets: dict[str, Set] = {}
    for domain in domains:
        relation = getattr(domain, "relation", None)
        if getattr(domain, "kind", None) == "domain" and isinstance(relation, Contains):
            subject, where = relation.args
            if isinstance(subject, Symbol) and isinstance(where, Set):
                sets[subject.name] = Intersection(sets.get(subject.name, S.Reals), where)
            point = inside_point(where)
            if isinstance(subject, Symbol) and point is not None:
                points[subject.name] = point
            every = isinstance(subject, Indexed) and all(isinstance(i, Symbol) for i in subject.indices)
            if every and point is not None:
                points[f"{subject.base.label}[]"] = where  # every entry: a point of its own for each
    token = _INSIDE.set({**(_INSIDE.get() or {}), **points})
    held = _SETS.set({**(_SETS.get() or {}), **sets})
    try:
        yield
    finally:
        _INSIDE.reset(token)
        _SETS.reset(held)


def on_domains(expr: Basic) -> Basic | None:
    """``expr`` with each scalar and entry held to an open interval written as a point of it in a positive symbol
    (``inside_point``); None where it holds none."""
    points = _INSIDE.get() or {}
    held = (s for s in expr.free_symbols if isinstance(s, Symbol) and s.name in points)
    swap: dict[Basic, Basic] = {s: points[s.name] for s in held}
    for entry in expr.atoms(Indexed):
        where = points.get(f"{entry.base.label}[]")
        if isinstance(where, Interval):
            swap[entry] = inside_point(where)
    return expr.xreplace(swap) if swap else None


def known_nonzero(expr: Basic) -> bool:
    """Whether ``expr`` is known nonzero: by its symbols' assumptions, or at every point of the open intervals the
    claim being decided holds its scalars to."""
    if expr.is_zero is False:
        return True
    inside = on_domains(expr)
    if inside is None:
        return False
    numerator, denominator = together(inside).as_numer_denom()
    return bool(numerator.is_zero is False and denominator.is_zero is False)


def known_positive(expr: Basic) -> bool:
    """Whether ``expr`` is known positive: by its symbols' assumptions, or at every point of the open intervals the
    claim being decided holds its scalars and entries to (1 − p for p ∈ (0, 1))."""
    if expr.is_positive:
        return True
    inside = on_domains(expr)
    if inside is None:
        return False
    numerator, denominator = together(inside).as_numer_denom()
    return bool(numerator.is_positive and denominator.is_positive) or bool(
        numerator.is_negative and denominator.is_negative
    )


def denominators_nonzero(expr: Basic) -> bool:
    """True if every division in ``expr`` is by a quantity known to be nonzero."""
    return all(_nonzero(power.base) for power in expr.atoms(Pow) if power.exp.is_negative)


def _nonzero(base: Basic) -> bool:
    """Whether ``base`` is known nonzero: as it stands, or over one denominator with common factors cancelled
    (E − E²/(E + 1) + … is 1 + 1/E for a positive E). Where the base is defined it equals that form, and its own
    divisions are checked in turn, as every power in the expression is."""
    if known_nonzero(base):
        return True
    if base.count_ops() > MAX_CANCEL_OPS:
        return False
    return known_nonzero(cancel(together(base)))


#: A denominator larger than this is not put over one denominator to show it nonzero (cost grows fast).
MAX_CANCEL_OPS = 120
