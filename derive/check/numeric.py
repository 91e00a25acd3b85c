"""Seeded numeric checks at high precision: evidence for a claim, or a counterexample against it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sympy import Basic, Float, Integer, MatrixBase, Rational, nan, zoo

from derive.check.prove import as_matrix

DIGITS = 50
#: Values closer than this (relative) agree; values farther apart than DIFFER differ; between is undecided.
AGREE = Rational(1, 10**35)
DIFFER = Rational(1, 10**20)


@dataclass(frozen=True)
class Comparison:
    """Both sides evaluated at one point, and whether they agree, differ, or could not be compared."""

    lhs: Basic
    rhs: Basic
    outcome: str  # "agree" | "differ" | "undecided"


def sample_value(atom: Basic, rng: random.Random) -> Rational:
    """A random exact value for ``atom`` in its domain: positive, non-negative or real; a whole number where it is
    one (N_x examples: a count)."""
    if atom.is_integer and atom.is_positive:
        return Integer(rng.randint(1, 4))
    if atom.is_positive:
        return Rational(rng.randint(25, 200), 100)
    if atom.is_nonnegative:
        return Rational(rng.randint(0, 200), 100)
    return Rational(rng.randint(-200, 200), 100)


def sample_point(atoms: Sequence[Basic], rng: random.Random) -> dict[Basic, Basic]:
    return {atom: sample_value(atom, rng) for atom in atoms}


def _evaluate(expr: Basic, point: dict[Basic, Basic]) -> list[Basic] | None:
    """The value(s) of ``expr`` at ``point`` (a list: one per matrix entry), or None if not a finite number.

    Remembered: the claims of a chain share their sides (a step's right side is the next one's left side), and
    each claim draws its points from the same seed, so most evaluations of a cold run are repeats."""
    if isinstance(expr, MatrixBase):  # mutable: not a key
        values = _evaluated(expr, point)
        return None if values is None else list(values)
    key = (expr, frozenset(point.items()))
    found = _EVALUATED.get(key, _MISSING)
    if found is _MISSING:
        if len(_EVALUATED) >= _EVALUATED_MAX:
            _EVALUATED.clear()
        found = _EVALUATED[key] = _evaluated(expr, point)
    return None if found is None else list(found)


_MISSING = object()
#: ``_evaluate``'s memory: (expression, point) to its values (a tuple), or None; cleared when it is full.
_EVALUATED: dict[tuple[Basic, frozenset[tuple[Basic, Basic]]], Any] = {}
_EVALUATED_MAX = 4096


def _evaluated(expr: Basic, point: dict[Basic, Basic]) -> tuple[Basic, ...] | None:
    matrix = as_matrix(expr)
    entries = matrix.flat() if matrix is not None else [expr]
    values = []
    for entry in entries:
        value = entry.xreplace(point).evalf(DIGITS)
        if not value.is_number or value.has(nan, zoo) or value.is_finite is False:
            return None
        values.append(value)
    return tuple(values)


def compare(lhs: Basic, rhs: Basic, point: dict[Basic, Basic]) -> Comparison:
    """Evaluate both sides at ``point`` and compare them; for matrices, the first differing entry decides."""
    left, right = _evaluate(lhs, point), _evaluate(rhs, point)
    if left is None or right is None or len(left) != len(right):
        return Comparison(Integer(0), Integer(0), "undecided")
    if not all(map(_real, left)) or not all(map(_real, right)):  # log(a/b) and log b at b < 0, ∛ of −8 taken
        return Comparison(Integer(0), Integer(0), "undecided")  # complex: a side with no real value shows nothing
    outcome = "agree"
    shown = (left[0], right[0])
    for a, b in zip(left, right, strict=True):
        gap = abs(a - b)
        scale = max(Integer(1), abs(a), abs(b))
        if gap > DIFFER * scale:
            return Comparison(_short(a), _short(b), "differ")
        if gap > AGREE * scale:
            outcome, shown = "undecided", (a, b)
    return Comparison(_short(shown[0]), _short(shown[1]), outcome)


def _real(value: Basic) -> bool:
    """Whether a value is a real number (to the comparison's precision)."""
    real, imaginary = value.as_real_imag()
    return bool(abs(imaginary) <= AGREE * max(Integer(1), abs(real)))


def _short(value: Basic) -> Basic:
    """A value rounded to 15 significant digits for display."""
    return Float(value, 15) if value.is_real else value.evalf(15)
