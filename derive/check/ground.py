"""Turn a claim at concrete n into plain expressions: expand definitions, fix the indices, evaluate sums."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence

from sympy import Add, Basic, ImmutableMatrix, Indexed, IndexedBase, Integer, MatrixBase, S, Sum, Symbol

from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace, SumExcept, expand_definitions, rename_bound_apart

Assignment = dict[Symbol, Integer]


def _free_symbols(expr: Basic) -> set[Basic]:
    """Symbols free in ``expr``, looking inside derivative variables such as z_k (SymPy's own walk does not)."""
    if isinstance(expr, Symbol):
        return {expr}
    if isinstance(expr, Sum):
        free = _free_symbols(expr.function)
        for variable, *bounds in expr.limits:
            free = (free - {variable}).union(*(_free_symbols(b) for b in bounds))
        return free
    if isinstance(expr, SumExcept):
        _, lower, upper = expr.limit
        free = _free_symbols(expr.function) - {expr.variable}
        return free.union(*(_free_symbols(b) for b in (lower, upper, expr.excluded)))
    return set().union(*(_free_symbols(arg) for arg in expr.args))


def free_indices(exprs: Sequence[Basic], space: IndexSpace) -> tuple[Symbol, ...]:
    """The index symbols (i, j, k, …) that stand free in any of ``exprs``, in the space's order."""
    free: set[Basic] = set().union(*(_free_symbols(expr) for expr in exprs))
    return tuple(index for index in space.indices if index in free)


def index_assignments(exprs: Sequence[Basic], condition: Basic, space: IndexSpace) -> Iterator[Assignment]:
    """Every assignment of values in range (1..n, or an index's own range) to the free indices that satisfies the
    case condition (concrete n)."""
    assert isinstance(space.n, int)
    indices = free_indices([*exprs, condition], space)
    ranges = [range(1, int(space.upper_of(index)) + 1) for index in indices]
    for values in itertools.product(*ranges):
        assignment = {index: Integer(v) for index, v in zip(indices, values, strict=True)}
        if condition.xreplace(assignment) == S.true:
            yield assignment


def ground(expr: Basic, definitions: Sequence[Definition], assignment: Assignment) -> Basic:
    """``expr`` with definitions expanded, the indices fixed and every sum, derivative and delta evaluated.

    Memoized: consecutive claims of a chain share an expression (one's right side is the next one's left).
    """
    if isinstance(expr, MatrixBase):  # a mutable Matrix cannot be a cache key
        expr = ImmutableMatrix(expr)
    return _ground(expr, tuple(definitions), tuple(sorted(assignment.items(), key=str)))


@functools.lru_cache(maxsize=8192)
def _expanded(expr: Basic, definitions: tuple[Definition, ...], indices: tuple[Basic, ...]) -> Basic:
    return rename_bound_apart(expand_definitions(expr, definitions), indices)


@functools.lru_cache(maxsize=8192)
def _ground(expr: Basic, definitions: tuple[Definition, ...], assignment: tuple[tuple[Basic, Basic], ...]) -> Basic:
    expanded = _expanded(expr, definitions, tuple(index for index, _ in assignment))
    return write_out_sums(expanded.xreplace(dict(assignment))).doit()


def write_out_sums(expr: Basic) -> Basic:
    """Σ_{v=a}^{b} f(v) = f(a) + … + f(b) for integer bounds, inner sums first (SymPy's ``Sum.doit`` first
    tries closed forms, which is far slower)."""

    def written_out(node: Sum) -> Basic:
        term = node.function
        for variable, lower, upper in node.limits:
            if not (isinstance(lower, Integer) and isinstance(upper, Integer)):
                return node
            term = Add(*(term.xreplace({variable: Integer(m)}) for m in range(int(lower), int(upper) + 1)))
        return term

    return expr.replace(lambda e: isinstance(e, Sum), written_out)


def constraint_variants(constraints: Sequence[Assumption], n: int) -> list[dict[Basic, Basic]]:
    """Substitutions that put each constraint in force: Σ y = 1 eliminates y_n; one-hot gives n targets."""
    variants: list[dict[Basic, Basic]] = [{}]
    for constraint in constraints:
        vector = constraint.vector
        if vector is None:
            continue
        if constraint.kind == "sum-to-one":
            rest = Add(*(vector[m] for m in range(1, n)))
            variants = [{**v, vector[n]: 1 - rest} for v in variants]
        elif constraint.kind == "one-hot":
            variants = [{**v, **one_hot_target(vector, n, hot)} for v in variants for hot in range(1, n + 1)]
    return variants


def one_hot_target(vector: IndexedBase, n: int, hot: int) -> dict[Basic, Basic]:
    """The target e_hot: 1 at ``hot``, 0 elsewhere."""
    return {vector[m]: S.One if m == hot else S.Zero for m in range(1, n + 1)}


def atoms_to_sample(exprs: Sequence[Basic]) -> list[Basic]:
    """The variables a numeric check must give values to: Indexed entries and plain symbols, sorted by name."""
    entries: set[Basic] = set().union(*(expr.atoms(Indexed) for expr in exprs))
    labels = {entry.base.label for entry in entries}
    symbols = {s for expr in exprs for s in expr.free_symbols if isinstance(s, Symbol) and s not in labels}
    return sorted(entries | symbols, key=str)
