"""The concrete instances of a claim at concrete n, and which of them share a proof by relabeling.

An instance fixes the values of the free indices that satisfy the case (i = 1, k = 2), one substitution that
puts the constraints in force (Σ y = 1 with y_n eliminated, or one of the n one-hot targets), and, for a claim
between explicit matrices, one entry. ``orbits`` groups the instances whose proofs are the same up to a
relabeling of the index values (``derive.check.symmetry``); every instance is its own group when the lemma
there does not apply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sympy import Basic, Integer, MatrixBase, MatrixExpr

from derive.check.closed_sums import ground_whole
from derive.check.entries import Entries
from derive.check.ground import constraint_variants, free_indices, ground, index_values, one_hot_values
from derive.check.index_sorts import index_sorts
from derive.check.symmetry import pattern, relabeling_applies

if TYPE_CHECKING:
    from derive.check.claim import Claim


@dataclass(frozen=True)
class Instance:
    """Index values, a constraint substitution (by number) and a matrix entry (by flat position, or None)."""

    assignment: dict[Basic, Basic]
    variant: int = 0
    entry: int | None = None


def fixed_indices(claim: Claim) -> list[Basic]:
    """The indices the claim's definitions hold free besides their own parameter (y in q_k = δ_{k,y}): a claim
    through them holds for every value of each, so its instances take each value in range."""
    indices = set(claim.space.indices)
    return [
        symbol
        for definition in claim.definitions
        for symbol in definition.body.free_symbols & indices
        if symbol != definition.index
    ]


class Instances:
    """The instances of one claim at concrete n, grounded on demand."""

    def __init__(self, claim: Claim) -> None:
        n = claim.space.n
        assert isinstance(n, int)
        self.claim, self.n = claim, n
        self.variants = constraint_variants(claim.constraints, n)
        self.hot = one_hot_values(claim.constraints, n)
        fixed = fixed_indices(claim)  # y in q_k = δ_{k,y}: the claim holds for each of its values
        self.indices = free_indices([claim.lhs, claim.rhs, claim.condition, *fixed], claim.space)
        self.values = list(index_values([claim.lhs, claim.rhs, *fixed], claim.condition, claim.space))
        self.lhs: Basic | Entries = claim.lhs
        self.rhs: Basic | Entries = claim.rhs
        self.entries = 0
        matrices = all(isinstance(side, (MatrixBase, MatrixExpr)) for side in (claim.lhs, claim.rhs))
        if matrices and not self.indices and claim.lhs.shape == claim.rhs.shape:
            self.lhs, self.rhs = Entries(claim.lhs), Entries(claim.rhs)
            self.entries = len(self.lhs)

    def assignment(self, position: int) -> dict[Basic, Basic]:
        """The index values of the ``position``-th assignment that satisfies the case."""
        return {index: Integer(value) for index, value in zip(self.indices, self.values[position], strict=True)}

    def numeric(self) -> Sequence[int]:
        """The instances the numeric check picks from (it puts the constraints in force itself): one per index
        assignment, or per entry, by position."""
        return range(self.entries or len(self.values))

    def instance(self, position: int, variant: int = 0) -> Instance:
        """The instance at ``position`` (an assignment, or an entry of a matrix claim) with constraint ``variant``."""
        if self.entries:
            return Instance(self.assignment(0), variant, position)
        return Instance(self.assignment(position), variant)

    def orbits(self) -> list[list[tuple[int, int]]]:
        """Every instance as (position, variant), grouped by the relabelings that map one to another; the first
        of a group is the one to prove."""
        claim = self.claim
        kinds = [constraint.kind for constraint in claim.constraints]
        own = bool(claim.space.ranges)
        groups: dict[object, list[tuple[int, int]]] = {}
        variants = range(len(self.variants))
        if self.entries:
            applies = relabeling_applies([], claim.definitions, kinds, self.n, own) is not None
            assert isinstance(self.lhs, Entries) and isinstance(self.rhs, Entries)
            for position in range(self.entries):
                left, right = self.lhs.shape(position, self.n), self.rhs.shape(position, self.n)
                for v in variants:
                    key: object = (position, v)
                    if applies and left is not None and right is not None:
                        key = (left[0], right[0], pattern(left[1] + right[1] + self.hot[v]))
                    groups.setdefault(key, []).append((position, v))
            return list(groups.values())
        key_of = self._pattern_of()
        for position, values in enumerate(self.values):
            for v in variants:
                key = (position, v) if key_of is None else key_of(values, self.hot[v])
                groups.setdefault(key, []).append((position, v))
        return list(groups.values())

    def _pattern_of(self) -> Callable[[tuple[int, ...], tuple[int, ...]], object] | None:
        """The pattern of an instance from its index values and one-hot classes, or None when no relabeling
        lemma applies: sort by sort (``derive.check.index_sorts``) for indices with ranges of their own, else
        over 1..n (``derive.check.symmetry``)."""
        claim = self.claim
        parts = [claim.lhs, claim.rhs, claim.condition]
        if claim.space.ranges:
            sorts = index_sorts(parts, claim.definitions, claim.constraints, self.indices, claim.space)
            return None if sorts is None else sorts.key
        kinds = [constraint.kind for constraint in claim.constraints]
        fixed = relabeling_applies(parts, claim.definitions, kinds, self.n, False)
        if fixed is None:
            return None
        return lambda values, hot: pattern(fixed + values + hot)

    def sides(self, instance: Instance, whole: bool, constrained: bool = True) -> tuple[Basic, Basic]:
        """Both sides grounded at ``instance``: with closed positive sums kept whole, or written out in full."""
        if isinstance(self.lhs, Entries) and isinstance(self.rhs, Entries):
            assert instance.entry is not None
            lhs, rhs = self.lhs[instance.entry], self.rhs[instance.entry]
        else:
            lhs, rhs = self.claim.lhs, self.claim.rhs
        definitions = self.claim.definitions
        if whole:
            lhs = ground_whole(lhs, definitions, instance.assignment)
            rhs = ground_whole(rhs, definitions, instance.assignment)
        else:
            lhs = ground(lhs, definitions, instance.assignment)
            rhs = ground(rhs, definitions, instance.assignment)
        if constrained:
            variant = self.variants[instance.variant]
            lhs, rhs = lhs.xreplace(variant), rhs.xreplace(variant)
        return lhs, rhs


def scope_words(n: int, indices: Sequence[Basic], count: int, variants: int, entries: int, proofs: int) -> str:
    """Where a proof holds, e.g. "n = 3, all 6 values of (i, k), 3 one-hot targets, 2 proven and the rest by
    relabeling the indices" (``count`` assignments of ``indices``; ``proofs`` is 0 for a claim not proven)."""
    parts = [f"n = {n}"]
    if indices:
        names = ", ".join(str(index) for index in indices)
        names = f"({names})" if len(indices) > 1 else names
        parts.append(f"all {count} values of {names}")
    if entries:
        parts.append(f"all {entries} entries")
    if variants > 1:
        parts.append(f"{variants} one-hot targets")
    total = max(count, 1) * max(entries, 1) * variants
    if 0 < proofs < total:
        parts.append(f"{proofs} proven and the rest by relabeling the indices")
    return ", ".join(parts)
