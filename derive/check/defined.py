"""Where a claim's sides are defined: a side is undefined at a point where a denominator, a log argument or the
base of a negative power is 0 (0/0, 1/0, log 0, 0^{-1}), or where a root of even degree or a log is of a negative
number (``derive.model.real_values``), and such a side is never equal to anything.

The expressions that must be nonzero are the claim's own list (``Claim.nonzero``: what the page writes, before
SymPy's evaluation cancels it, as in (n − 1)/(n − 1)) and those found in the sides. Each is decided:

- proven nonzero on the domain (with definitions expanded, e^{…} written as positive symbols, a variable's
  stated domain as its sign, and over a common denominator the numerator's sign): the claim is defined there;
- else an exact zero is looked for, at a point inside the domain that satisfies the case and the constraints
  (small n such as n = 1, 2 for a symbolic length; 0, ±1, ½ and the ends of a variable's interval): found, the
  claim is UNDEFINED at that point;
- else the claim can be at best unproven ("cannot show that D ≠ 0").

A side that holds nan, zoo or ±oo once built (``Rational(0)/0``) is undefined wherever it is asked about.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sympy import (
    Basic,
    Dummy,
    Expr,
    FiniteSet,
    Indexed,
    Integer,
    Interval,
    MatAdd,
    MatMul,
    Poly,
    Pow,
    S,
    Transpose,
    log,
    nan,
    oo,
    solveset,
    together,
    zoo,
)
from sympy.polys.polyerrors import PolynomialError

from derive.check.claim import Claim, at_n
from derive.check.domains import Domains, domains_of, outside, special_values
from derive.check.exact import any_part
from derive.check.ground import atoms_to_sample, constraint_variants, free_indices, ground, index_values
from derive.check.nonzero import inside_point
from derive.check.one_hot_sums import picked
from derive.check.prove import as_matrix, exp_to_symbols
from derive.model.notation import expand_definitions
from derive.model.real_values import negative_argument

#: For a claim about every n, the exact-zero search tries this many lengths from the first one the case allows.
LENGTHS = 3
#: At most this many index assignments, and this many points per assignment, in the exact-zero search.
ASSIGNMENTS, POINTS = 24, 256


@dataclass(frozen=True)
class Definedness:
    """Whether a claim's sides are defined on its domain: an undefined point (``point``, with the expression
    ``zero`` that is 0 there, or a side that is no number at all), or an expression not shown nonzero
    (``unknown``), or neither (defined)."""

    point: tuple[tuple[Basic, Basic], ...] | None = None
    zero: Basic | None = None
    unknown: Basic | None = None
    invalid: str | None = None

    @property
    def undefined(self) -> bool:
        return self.point is not None or self.invalid is not None


def _invalid(expr: object) -> bool:
    """True when ``expr`` holds nan, zoo or ±oo (a matrix: in an entry), outside the limits of a sum."""
    return any_part(expr, lambda node: node in _NOT_NUMBERS, summand_only=True)


_NOT_NUMBERS = frozenset({nan, zoo, oo, -oo})


def must_be_nonzero(expr: Basic) -> list[Basic]:
    """The denominators (bases of negative powers) and log arguments in ``expr``, outermost first."""
    found: list[Basic] = []
    for node in _preorder(expr):
        if isinstance(node, Pow) and node.exp.is_negative:
            found.append(node.base)
        elif isinstance(node, log):
            found.append(node.args[0])
    return found


def _preorder(expr: Basic) -> Iterator[Basic]:
    yield expr
    for arg in expr.args:
        if isinstance(arg, Basic):
            yield from _preorder(arg)


def _parts(claim: Claim) -> list[Basic]:
    """Every expression that must be nonzero for the claim's sides to be defined, without repeats, in the order
    of ``must_be_nonzero`` over the sides' entries; a subexpression met again is not walked again (the n²
    entries of a matrix share the n entries of a vector), which leaves that order as it is. Each side's are
    looked for once (a chain's neighbouring claims share a side): the left side's, then the right side's that
    the left side lacks, is the order of one walk over both (a part under a node the left side holds is one of
    the left side's)."""
    found: dict[Basic, None] = dict.fromkeys(_side_parts(claim.lhs))
    found.update(dict.fromkeys(part for part in _side_parts(claim.rhs) if part not in found))
    found.update(dict.fromkeys(part for part in claim.nonzero if part not in found))
    return [part for part in found if not (part.is_number and part.is_zero is False)]


def _side_parts(side: Basic) -> tuple[Basic, ...]:
    """The parts of one side that must be nonzero, in the order they are met (remembered when it can be a key)."""
    try:
        return _side_parts_of(side)
    except TypeError:  # a mutable matrix
        return _walk_parts(side)


def _walk_parts(side: Basic) -> tuple[Basic, ...]:
    found: dict[Basic, None] = {}
    seen: set[Basic] = set()
    for expr in _written_entries(side):
        stack = [expr]
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            if isinstance(node, Pow) and node.exp.is_negative:
                found.setdefault(node.base)
            elif isinstance(node, log):
                found.setdefault(node.args[0])
            stack.extend(reversed([arg for arg in node.args if isinstance(arg, Basic)]))
    return tuple(found)


_side_parts_of = functools.lru_cache(maxsize=1024)(_walk_parts)


def _written_entries(side: Basic) -> list[Basic]:
    """The scalars a side is written with: a scalar itself; a matrix's entries; for a sum, product or transpose of
    matrices, the entries of its explicit operands and its scalar factors, as written (an entry of A·B is built
    from them: a denominator there is one of theirs), without multiplying out (n² entries of n terms each)."""
    if isinstance(side, (MatAdd, MatMul, Transpose)):
        return [entry for arg in side.args for entry in _written_entries(arg)]
    matrix = as_matrix(side)
    return matrix.flat() if matrix is not None else [side]


def _sign_known(expr: Expr, domains: Domains) -> bool:
    """True when ``expr`` is provably nonzero: the variables' stated domains as signs, e^{…} as positive symbols,
    over a common denominator (the numerator nonzero)."""
    if expr.is_zero is False:
        return True
    argument = negative_argument(expr)  # 1 + sign(a): nonzero where a ≥ 0 (√a, log a real)
    signs: dict[Basic, Basic] = {}
    for atom in expr.atoms(Indexed) | {s for s in expr.free_symbols if not isinstance(s, Indexed)}:
        if atom.is_integer:  # a length or an index: its own assumptions say more (a sum's bound n ≥ 1, not n ≠ 0)
            continue
        where = domains.of(atom)
        if where.is_subset(Interval.open(0, oo)) is True:
            signs[atom] = Dummy(positive=True)
        elif where.is_subset(Interval.open(-oo, 0)) is True:
            signs[atom] = Dummy(negative=True)
        elif where.contains(0) is S.false:
            signs[atom] = Dummy(real=True, nonzero=True)
        elif where.is_subset(Interval(0, oo)) is True:  # x ≥ 0: √x real (no help to a nonzero, x may be 0)
            signs[atom] = Dummy(nonnegative=True)
        elif where.is_subset(Interval(-oo, 0)) is True:
            signs[atom] = Dummy(nonpositive=True)
    if argument is None and _nonzero(exp_to_symbols(expr.xreplace(signs))):
        return True
    inside = {atom: inside_point(domains.of(atom)) for atom in expr.atoms(Indexed) | expr.free_symbols}
    bounded = {atom: value for atom, value in inside.items() if value is not None}  # 1 − p for p < 1: 1 − (1 − t)
    if argument is not None:  # √a, log a: real where a ≥ 0
        return any(
            together(exp_to_symbols(argument.xreplace(put))).is_nonnegative for put in (signs, {**signs, **bounded})
        )
    if bounded and _nonzero(exp_to_symbols(expr.xreplace({**signs, **bounded}))):
        return True
    return _root_outside(expr, domains)


def _root_outside(expr: Expr, domains: Domains) -> bool:
    """Whether ``expr``, a polynomial of degree 1 or 2 in one variable, has no root in that variable's domain
    (1 − p with p ≠ 1 stated)."""
    atoms = expr.atoms(Indexed) | {s for s in expr.free_symbols if not isinstance(s, Indexed)}
    if len(atoms) != 1:
        return False
    (atom,) = atoms
    where = domains.of(atom)
    if where == S.Reals:
        return False
    try:
        degree = Poly(expr, atom).degree()
    except PolynomialError:
        return False
    if not 1 <= degree <= 2:
        return False
    roots = solveset(expr, atom, domain=S.Reals)
    return bool(isinstance(roots, FiniteSet) and all(where.contains(r) is S.false for r in roots.args))


def _nonzero(written: Expr) -> bool:
    """Whether SymPy shows ``written`` nonzero, as it is or over a common denominator."""
    if written.is_zero is False:
        return True
    numerator, denominator = together(written).as_numer_denom()
    return bool(numerator.is_zero is False and denominator.is_zero is False)


def definedness(claim: Claim) -> Definedness:
    """Whether the claim's sides are defined on its domain (see the module's docstring)."""
    for name, side in (("left", claim.lhs), ("right", claim.rhs)):
        if _invalid(side):
            return Definedness(
                invalid=f"the {name} side is not a number (it holds nan, zoo or ±oo, as 0/0 or 1/0 give)"
            )
    parts = _parts(claim)
    if not parts:
        return Definedness()
    domains = domains_of(claim.domains)
    open_parts = [  # Σ_i y_i p_i with y one-hot: p at the hot entry (``one_hot_sums``)
        part for part in parts if not _sign_known(picked(expand_definitions(part, claim.definitions), claim), domains)
    ]
    if not open_parts:
        return Definedness()
    found = _exact_zero(claim, open_parts, domains)
    if found is not None:
        return found
    return Definedness(unknown=open_parts[0])


def _lengths(claim: Claim) -> list[int | None]:
    if isinstance(claim.space.n, int):
        return [None]
    from derive.check.decide import first_n

    first = first_n(claim)
    return [] if first is None else list(range(first, first + LENGTHS))


def _exact_zero(claim: Claim, parts: Sequence[Basic], domains: Domains) -> Definedness | None:
    """A point inside the domain, satisfying the case and the constraints, where one of ``parts`` is exactly 0."""
    for size in _lengths(claim):
        concrete = claim if size is None else at_n(claim, size)
        n = concrete.space.n
        assert isinstance(n, int)
        length = {} if size is None else {claim.space.n: Integer(size)}
        exprs = [part.xreplace(length) for part in parts]
        indices = free_indices([concrete.lhs, concrete.rhs, concrete.condition, *exprs], concrete.space)
        values = index_values([concrete.lhs, concrete.rhs, *exprs], concrete.condition, concrete.space)
        for number, chosen in enumerate(values):
            if number >= ASSIGNMENTS:
                break
            assignment = {index: Integer(v) for index, v in zip(indices, chosen, strict=True)}
            for part, expr in zip(parts, exprs, strict=True):
                point = _zero_at(ground(expr, concrete.definitions, assignment), concrete, domains, n)
                if point is not None:
                    shown = tuple(assignment.items()) + tuple(sorted(point.items(), key=lambda kv: str(kv[0])))
                    if size is not None:
                        shown = ((claim.space.n, Integer(size)), *shown)
                    return Definedness(point=shown, zero=part)
    return None


def _zero_at(expr: Basic, claim: Claim, domains: Domains, n: int) -> dict[Basic, Basic] | None:
    """Values inside the domain and the constraints at which ``expr`` (grounded) is exactly 0, or None."""
    for variant in constraint_variants(claim.constraints, n):
        reduced = expr.xreplace(variant)
        atoms = atoms_to_sample([reduced, *(value for value in variant.values() if not value.is_number)])
        choices = [special_values(domains.of(atom)) for atom in atoms]
        for count, values in enumerate(itertools.product(*choices)):
            if count >= POINTS:
                break
            point = dict(zip(atoms, values, strict=True))
            if reduced.xreplace(point) != 0:
                continue
            forced = {key: value.xreplace(point) for key, value in variant.items()}
            if all(value.is_number for value in forced.values()) and outside({**point, **forced}, domains) is None:
                return {**point, **{key: value for key, value in forced.items() if key not in point}}
    return None


__all__ = ["Definedness", "definedness", "must_be_nonzero"]
