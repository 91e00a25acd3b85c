"""The case a claim's condition states (i = k, i ≠ k between indices) and the rewrite context it gives: equal
indices merged, unequal pairs kept, the sizes a sum may run over (moved out of ``derive.check.symbolic``, which
was at its size limit)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sympy import And, Basic, Eq, Expr, IndexedBase, Ne, S, Symbol

from derive.check.rewrites import IndexContext
from derive.model.notation import Definition

Pair = tuple[Symbol, Symbol]


@dataclasses.dataclass(frozen=True)
class IndexCase:
    """Index equalities and inequalities in force: ``equal`` pairs (a, b) mean a = b, ``unequal`` a ≠ b."""

    equal: tuple[Pair, ...] = ()
    unequal: tuple[Pair, ...] = ()

    def with_equal(self, pair: Pair) -> IndexCase:
        return IndexCase((*self.equal, pair), self.unequal)

    def with_unequal(self, pair: Pair) -> IndexCase:
        return IndexCase(self.equal, (*self.unequal, pair))


def parse_condition(condition: Basic, indices: Sequence[Symbol]) -> IndexCase | None:
    """The case a condition states, when it is a conjunction of i = k and i ≠ k between indices; else None."""
    if condition == S.true:
        return IndexCase()
    parts = condition.args if isinstance(condition, And) else (condition,)
    case = IndexCase()
    for part in parts:
        if not isinstance(part, (Eq, Ne)) or not all(side in indices for side in part.args):
            return None
        pair = (part.lhs, part.rhs)
        case = case.with_equal(pair) if isinstance(part, Eq) else case.with_unequal(pair)
    return case


def case_context(
    case: IndexCase,
    indices: Sequence[Symbol],
    n: Expr,
    definitions: tuple[Definition, ...],
    unit_sums: tuple[IndexedBase, ...],
    uppers: tuple[tuple[Symbol, Expr], ...] = (),
    unit_rows: tuple[tuple[IndexedBase, Expr], ...] = (),
    sizes: tuple[Expr, ...] = (),
) -> IndexContext | None:
    """The rewrite context for a case: equal indices merged (the later one replaced by the earlier one in the
    space's order), unequal pairs in terms of the survivors; None when the case is impossible (i ≠ i)."""
    order = {index: position for position, index in enumerate(indices)}
    parent: dict[Symbol, Symbol] = {index: index for index in indices}

    def root(index: Symbol) -> Symbol:
        while parent[index] != index:
            index = parent[index]
        return index

    for a, b in case.equal:
        ra, rb = root(a), root(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=order.__getitem__)
            parent[second] = first
    unequal = set()
    for a, b in case.unequal:
        ra, rb = root(a), root(b)
        if ra == rb:
            return None
        unequal.add(frozenset((ra, rb)))
    equal = tuple((index, root(index)) for index in indices if root(index) != index)
    return IndexContext(
        n=n,
        indices=frozenset(indices),
        definitions=definitions,
        equal=equal,
        unequal=frozenset(unequal),
        unit_sums=unit_sums,
        unit_rows=unit_rows,
        uppers=tuple((index, upper) for index, upper in uppers if index in order),
        sizes=sizes,
    )


__all__ = ["IndexCase", "Pair", "case_context", "parse_condition"]
