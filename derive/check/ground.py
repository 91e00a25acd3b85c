"""Turn a claim at concrete n into plain expressions: expand definitions, fix the indices, evaluate sums."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import random
from collections.abc import Callable, Iterator, Sequence

from sympy import Add, And, Basic, Eq, ImmutableMatrix, Indexed, IndexedBase, Integer, MatrixBase, Ne, S, Sum, Symbol
from sympy.core.function import AppliedUndef

from derive.engine.step import Assumption
from derive.model.notation import (
    Definition,
    IndexSpace,
    SumExcept,
    entry,
    expand_definitions,
    rename_bound_apart,
    write_out_sums,
)

Assignment = dict[Symbol, Integer]


def _hashable(expr: Basic) -> Basic:
    """``expr``, a mutable Matrix made immutable: the memoized functions here take it as a cache key."""
    return ImmutableMatrix(expr) if isinstance(expr, MatrixBase) else expr


def _free_symbols(expr: Basic) -> frozenset[Basic]:
    """Symbols free in ``expr``, looking inside derivative variables such as z_k (SymPy's own walk does not); of
    a mutable matrix, entry by entry (not copied into an immutable one, hashed whole, at each call: n² entries);
    an immutable one is remembered whole, as any expression."""
    if isinstance(expr, MatrixBase) and not isinstance(expr, Basic):
        return frozenset().union(*(_free_in(entry) for entry in expr.flat()))
    return _free_in(expr)


@functools.lru_cache(maxsize=1 << 16)
def _free_in(expr: Basic) -> frozenset[Basic]:
    if isinstance(expr, Symbol):
        return frozenset({expr})
    if isinstance(expr, Sum):
        free = _free_symbols(expr.function)
        for variable, *bounds in expr.limits:
            free = (free - {variable}).union(*(_free_symbols(b) for b in bounds))
        return free
    if isinstance(expr, SumExcept):
        _, lower, upper = expr.limit
        free = _free_symbols(expr.function) - {expr.variable}
        return free.union(*(_free_symbols(b) for b in (lower, upper, expr.excluded)))
    return frozenset().union(*(_free_symbols(arg) for arg in expr.args))


def free_indices(exprs: Sequence[Basic], space: IndexSpace) -> tuple[Symbol, ...]:
    """The index symbols (i, j, k, …) that stand free in any of ``exprs``, in the space's order."""
    free: set[Basic] = set().union(*(_free_symbols(expr) for expr in exprs))
    return tuple(index for index in space.indices if index in free)


def index_assignments(exprs: Sequence[Basic], condition: Basic, space: IndexSpace) -> Iterator[Assignment]:
    """Every assignment of values in range (1..n, or an index's own range) to the free indices that satisfies the
    case condition (concrete n)."""
    indices = free_indices([*exprs, condition], space)
    for values in index_values(exprs, condition, space):
        yield {index: Integer(v) for index, v in zip(indices, values, strict=True)}


def index_values(exprs: Sequence[Basic], condition: Basic, space: IndexSpace) -> Iterator[tuple[int, ...]]:
    """The values of the free indices (in the space's order) in every assignment that ``index_assignments``
    gives, as plain integers."""
    assert isinstance(space.n, int)
    indices = free_indices([*exprs, condition], space)
    ranges = [range(1, int(space.upper_of(index)) + 1) for index in indices]
    holds = _index_test(condition, indices)
    for values in itertools.product(*ranges):
        if holds is not None:
            if holds(values):
                yield values
        elif condition.xreplace({i: Integer(v) for i, v in zip(indices, values, strict=True)}) == S.true:
            yield values


def _index_test(condition: Basic, indices: Sequence[Symbol]) -> Callable[[tuple[int, ...]], bool] | None:
    """The condition as a test on the index values when it is True or a conjunction of equalities and inequalities
    between indices (as ``i ≠ k``), else None (the condition is then substituted and evaluated)."""
    parts = condition.args if isinstance(condition, And) else (condition,)
    tests: list[tuple[bool, int, int]] = []
    for part in parts:
        if part == S.true:
            continue
        if not (isinstance(part, (Eq, Ne)) and all(side in indices for side in part.args)):
            return None
        tests.append((isinstance(part, Eq), indices.index(part.lhs), indices.index(part.rhs)))
    return lambda values: all((values[a] == values[b]) == equal for equal, a, b in tests)


def ground(expr: Basic, definitions: Sequence[Definition], assignment: Assignment) -> Basic:
    """``expr`` with definitions expanded, the indices fixed and every sum, derivative and delta evaluated.

    Memoized: consecutive claims of a chain share an expression (one's right side is the next one's left).
    """
    return _ground(_hashable(expr), tuple(definitions), tuple(sorted(assignment.items(), key=str)))


def expanded_for(expr: Basic, definitions: Sequence[Definition], indices: Sequence[Basic]) -> Basic:
    """``expr`` with definitions expanded and bound indices renamed apart from ``indices`` (memoized)."""
    return _expanded(_hashable(expr), tuple(definitions), tuple(indices))


@functools.lru_cache(maxsize=8192)
def _expanded(expr: Basic, definitions: tuple[Definition, ...], indices: tuple[Basic, ...]) -> Basic:
    """The sums of ``expr`` and of the definitions' bodies renamed apart from ``indices`` before expanding: the
    same as renaming in the expanded expression (every sum in it comes from one of them, or from a body's
    instance, renamed apart from its own index value), without rebuilding the whole expanded tree."""
    return expand_definitions(rename_bound_apart(expr, indices), _apart(definitions, indices))


@functools.lru_cache(maxsize=1024)
def _apart(definitions: tuple[Definition, ...], indices: tuple[Basic, ...]) -> tuple[Definition, ...]:
    """The definitions with their bodies' sums renamed apart from ``indices`` (once: the same names every time)."""
    return tuple(dataclasses.replace(d, body=rename_bound_apart(d.body, indices)) for d in definitions)


@functools.lru_cache(maxsize=8192)
def _ground(expr: Basic, definitions: tuple[Definition, ...], assignment: tuple[tuple[Basic, Basic], ...]) -> Basic:
    expanded = _expanded(expr, definitions, tuple(index for index, _ in assignment))
    return write_out_sums(expanded.xreplace(dict(assignment))).doit()


def row_shape(constraint: Assumption) -> tuple[IndexedBase, int, int]:
    """The array, its number of rows and their length, of a "rows-sum-to-one" constraint at concrete lengths."""
    relation, rows = constraint.relation, constraint.rows
    length = relation.lhs.limits[0][2] if isinstance(relation, Eq) and isinstance(relation.lhs, Sum) else None
    if constraint.vector is None or not isinstance(rows, Integer) or not isinstance(length, Integer):
        raise ValueError("the rows of an array that sum to one have no concrete lengths here")
    return constraint.vector, int(rows), int(length)


def row_weights(constraint: Assumption, rng: random.Random) -> dict[Basic, Basic]:
    """Entries of an array whose every row sums to one: random positive weights, normalized row by row; a random
    one-hot row each where the rows are one-hot."""
    array, rows, length = row_shape(constraint)
    values: dict[Basic, Basic] = {}
    for a in range(1, rows + 1):
        if constraint.hot:
            hot = rng.randint(1, length)
            values.update({entry(array, (a, v)): S.One if v == hot else S.Zero for v in range(1, length + 1)})
            continue
        weights = [Integer(rng.randint(1, 9)) for _ in range(length)]
        values.update({entry(array, (a, v)): weights[v - 1] / sum(weights) for v in range(1, length + 1)})
    return values


def vector_length(constraint: Assumption, n: int) -> int:
    """The length of a constraint's vector at this instance: the bound of its sum where the relation is one at
    concrete lengths (Σ_{i=1}^{q} y_i = 1, y of length q, at q's value), else n."""
    relation, alone = constraint.relation, constraint.kind in ("one-hot", "sum-to-one")
    if alone and isinstance(relation, Eq) and isinstance(relation.lhs, Sum):
        bound = relation.lhs.limits[0][2]
        return int(bound) if isinstance(bound, Integer) else n
    return n


def constraint_variants(constraints: Sequence[Assumption], n: int) -> list[dict[Basic, Basic]]:
    """Substitutions that put each constraint in force: Σ y = 1 eliminates y_n; one-hot gives n targets; rows
    that sum to one eliminate each row's last entry. Σ y = 1 of a one-hot y holds in each of its targets."""
    variants: list[dict[Basic, Basic]] = [{}]
    one_hot = {c.vector for c in constraints if c.kind == "one-hot"}
    for constraint in constraints:
        vector = constraint.vector
        if vector is None or (constraint.kind == "sum-to-one" and vector in one_hot):
            continue  # Σ y = 1 beside "y one-hot", which implies it: the targets alone put both in force
        if constraint.kind == "rows-sum-to-one":
            array, rows, length = row_shape(constraint)
            last = {
                entry(array, (a, length)): 1 - Add(*(entry(array, (a, v)) for v in range(1, length)))
                for a in range(1, rows + 1)
            }
            variants = [{**v, **last} for v in variants]
        length = vector_length(constraint, n)
        if constraint.kind == "sum-to-one":
            rest = Add(*(entry(vector, (m,)) for m in range(1, length)))
            variants = [{**v, entry(vector, (length,)): 1 - rest} for v in variants]
        elif constraint.kind == "one-hot":
            targets = range(1, length + 1)
            variants = [{**v, **one_hot_target(vector, length, hot)} for v in variants for hot in targets]
    return variants


def one_hot_values(constraints: Sequence[Assumption], n: int) -> list[tuple[int, ...]]:
    """For each substitution of ``constraint_variants``, the classes its one-hot targets pick (in the same order)."""
    values: list[tuple[int, ...]] = [()]
    for constraint in constraints:
        if constraint.vector is not None and constraint.kind == "one-hot":
            values = [(*v, hot) for v in values for hot in range(1, vector_length(constraint, n) + 1)]
    return values


def one_hot_target(vector: IndexedBase, n: int, hot: int) -> dict[Basic, Basic]:
    """The target e_hot: 1 at ``hot``, 0 elsewhere."""
    return {entry(vector, (m,)): S.One if m == hot else S.Zero for m in range(1, n + 1)}


def atoms_to_sample(exprs: Sequence[Basic]) -> list[Basic]:
    """The variables a numeric check must give values to: Indexed entries and plain symbols, sorted by name."""
    found = [_variables(expr) for expr in exprs]
    entries: set[Basic] = set().union(*(indexed for indexed, _ in found))
    labels = {entry.base.label for entry in entries}
    symbols = {s for _, free in found for s in free if isinstance(s, Symbol) and s not in labels}
    return sorted(entries | symbols, key=_name)


@functools.lru_cache(maxsize=1 << 14)
def _name(atom: Basic) -> str:
    """``str(atom)``, once per atom (SymPy's printer runs for each call): the key the variables are sorted by."""
    return str(atom)


def _variables(expr: Basic) -> tuple[frozenset[Basic], frozenset[Basic]]:
    """The Indexed entries and the free symbols of ``expr`` (memoized: a chain's claims share their sides, and
    every point shares the terms of each kept-whole sum)."""
    return parts_of(expr)[:2]


def parts_of(expr: Basic) -> tuple[frozenset[Basic], frozenset[Basic], frozenset[Basic]]:
    """The Indexed entries, the free symbols and the applied generic functions f(x) of ``expr``, remembered: the
    numeric check asks for all three of each side it grounds, and the entries and functions come from one walk."""
    return _parts_of(_hashable(expr))


@functools.lru_cache(maxsize=4096)
def _parts_of(expr: Basic) -> tuple[frozenset[Basic], frozenset[Basic], frozenset[Basic]]:
    found = expr.atoms(Indexed, AppliedUndef)
    applied = frozenset(node for node in found if isinstance(node, AppliedUndef))
    return frozenset(found - applied), frozenset(expr.free_symbols), applied
