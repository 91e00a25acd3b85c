"""Relabeling index values sort by sort, for claims whose indices do not all range over 1..n.

**Lemma (sorts).** The lemma of ``derive.check.symmetry`` permutes the values 1..n of one kind of index. A layer
has several: inputs 1..d, hidden units 1..h, classes 1..n. Give every index position a *sort* by unification:
all positions of one slot of an IndexedBase (the first of V_ij, the only one of x_i), the index symbols and sum
variables that stand in them, the two sides of a Kronecker delta or of an index comparison, a sum's variable
and the value it excludes, and a definition's index and the slot of its name, share a sort. Let every sort
have at most one size: the range of each free index in it (``IndexSpace.upper_of``) and the upper bound of each
sum over it, every sum starting at 1; let the definitions name no index value of their own, every index be
used only as an index, and every constraint be Σ y = 1 or "y is one-hot" over a vector whose sort has size n.

Take a permutation π_s of 1..size(s) for each sort s (the identity above it) and replace every index value by
π_s of it, s the sort of its position. Every slot is permuted within its sort, so the entries of each
IndexedBase are renamed one-to-one (among variables of one domain); a sum over a whole range 1..size(s) only
reorders its terms; a delta or a comparison sees both sides permuted alike; a definition commutes with the
renaming; the constraints are kept. As in the lemma there, the relabeled claim is the claim with its variables
renamed, so one holds iff the other does. Two instances are such relabelings of each other when their index
values, each paired with its sort, show the same pattern of equalities: within each sort the values then
correspond one-to-one, and that correspondence extends to a permutation of the sort's range. Unifying more
positions than needed only makes more of them be permuted alike, which is still a relabeling: the unification
may be coarse, never wrong, as long as each sort keeps one size.

**For every n.** In a claim whose length n is symbolic, a sort may have the size n (the classes): its values are
never relabeled (π_s is the identity for every n), so its values must match exactly, not only in pattern, and
only the sorts of a concrete size (inputs 1..d, hidden units 1..h) are permuted. The relabeled claim is then the
claim with its variables renamed at every n, so it holds for every n iff the claim does: a claim for every n
split at each value of its own-range indices (``derive.check.ranges``) is proven once per pattern.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from sympy import Basic, Eq, Indexed, IndexedBase, Integer, KroneckerDelta, MatrixBase, Sum, Symbol
from sympy.core.relational import Relational

from derive.check.symmetry import KEPT_BY_RELABELING, pattern
from derive.engine.step import Assumption
from derive.model.notation import Definition, IndexSpace, SumExcept


class _NotApplicable(Exception):
    """The claim breaks a condition of the lemma: every instance is checked on its own."""


@dataclass(frozen=True)
class Sorts:
    """The sort of each index value a claim names (in order), of each free index, and of each one-hot target."""

    fixed: tuple[tuple[Hashable, int], ...]
    of_indices: tuple[Hashable, ...]
    of_targets: tuple[Hashable, ...]
    #: The sorts of symbolic size n (a claim for every n): held fixed, never relabeled.
    held: frozenset[Hashable] = frozenset()

    def key(self, values: Sequence[Hashable], targets: Sequence[Hashable]) -> Hashable:
        """The pattern of an instance (the free indices' values, the one-hot targets' classes), with the values in
        held sorts as they are: instances with the same key are relabelings of each other."""
        pairs = self.fixed + tuple(zip(self.of_indices, values, strict=True))
        pairs += tuple(zip(self.of_targets, targets, strict=True))
        exact = tuple((position, value) for position, (sort, value) in enumerate(pairs) if sort in self.held)
        return pattern(pairs), exact


def _is_index(node: Basic) -> bool:
    return isinstance(node, Integer) or (isinstance(node, Symbol) and bool(node.is_integer))


class _Unification:
    """Union-find over index positions: ("slot", base, place), ("symbol", s) and ("value", count) nodes."""

    def __init__(self, n: Basic) -> None:
        self.n = n  # the symbolic length, a size of its own, or an Integer (then every size is an Integer)
        self.parent: dict[Hashable, Hashable] = {}
        self.sizes: list[tuple[Hashable, Basic]] = []
        self.values: list[tuple[Hashable, int]] = []

    def find(self, node: Hashable) -> Hashable:
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node

    def union(self, first: Hashable, second: Hashable) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[a] = b

    def position(self, content: Basic) -> Hashable:
        """The node of what stands in an index position: an index value (recorded) or an index symbol."""
        if isinstance(content, Integer):
            node = ("value", len(self.values))
            self.values.append((node, int(content)))
            return node
        if isinstance(content, Symbol) and content.is_integer:
            return ("symbol", content)
        raise _NotApplicable  # a shifted index (z_{i+1}) or anything else

    def whole_range(self, variable: Basic, lower: Basic, upper: Basic) -> None:
        sized = isinstance(upper, Integer) or upper == self.n
        if not (isinstance(variable, Symbol) and variable.is_integer and lower == 1 and sized):
            raise _NotApplicable
        self.sizes.append((("symbol", variable), upper))

    def walk(self, node: Basic) -> None:
        if isinstance(node, Indexed):  # before the atoms: SymPy counts an Indexed as one
            for place, content in enumerate(node.indices):
                self.union(self.position(content), ("slot", node.base, place))
        elif isinstance(node, Symbol):
            if node.is_integer:
                raise _NotApplicable  # an index used as a number
        elif node.is_Atom:
            return
        elif isinstance(node, MatrixBase):
            raise _NotApplicable
        elif isinstance(node, KroneckerDelta) or (isinstance(node, Relational) and all(map(_is_index, node.args))):
            first, *rest = [self.position(arg) for arg in node.args]
            for other in rest:
                self.union(first, other)
        elif isinstance(node, Sum):
            for limit in node.limits:
                self.whole_range(*limit)
            self.walk(node.function)
        elif isinstance(node, SumExcept):
            self.whole_range(*node.limit)
            self.union(("symbol", node.limit[0]), self.position(node.excluded))
            self.walk(node.function)
        else:
            for arg in node.args:
                self.walk(arg)

    def definition(self, definition: Definition) -> None:
        if definition.index is not None:
            if not (isinstance(definition.name, IndexedBase) and _is_index(definition.index)):
                raise _NotApplicable
            self.union(("symbol", definition.index), ("slot", definition.name, 0))
        named = len(self.values)
        self.walk(definition.body)
        if len(self.values) != named:
            raise _NotApplicable  # a definition that names an index value of its own


def index_sorts(
    parts: Sequence[Basic],
    definitions: Sequence[Definition],
    constraints: Sequence[Assumption],
    indices: Sequence[Symbol],
    space: IndexSpace,
) -> Sorts | None:
    """The sorts of a claim made of ``parts`` (its sides and case condition), with free ``indices``, at concrete
    n or for every n (the sorts of size n then held fixed); None when the lemma above does not apply to it."""
    if any(c.kind not in KEPT_BY_RELABELING for c in constraints):
        return None
    unification = _Unification(space.upper)
    try:
        for part in parts:
            unification.walk(part)
        for definition in definitions:
            unification.definition(definition)
    except _NotApplicable:
        return None
    for index in indices:
        upper = space.upper_of(index)
        if not (isinstance(upper, Integer) or upper == space.upper):
            return None
        unification.sizes.append((("symbol", index), upper))
    targets = [(c.vector, _bound(c, space.upper)) for c in constraints if c.vector is not None]
    unification.sizes += [(("slot", vector, 0), bound) for vector, bound in targets]
    sizes: dict[Hashable, Basic] = {}
    for node, size in unification.sizes:
        if sizes.setdefault(unification.find(node), size) != size:
            return None  # two sizes in one sort
    find = unification.find
    hot = [c.vector for c in constraints if c.vector is not None and c.kind == "one-hot"]
    return Sorts(
        fixed=tuple((find(node), value) for node, value in unification.values),
        of_indices=tuple(find(("symbol", index)) for index in indices),
        of_targets=tuple(find(("slot", vector, 0)) for vector in hot),
        held=frozenset(sort for sort, size in sizes.items() if not isinstance(size, Integer)),
    )


def _bound(constraint: Assumption, upper: Basic) -> Basic:
    """The length of a constraint's vector: its sum's bound (Σ_{i=1}^{q} y_i = 1, y of length q), else n."""
    relation, alone = constraint.relation, constraint.kind in ("one-hot", "sum-to-one")
    return relation.lhs.limits[0][2] if alone and isinstance(relation, Eq) and isinstance(relation.lhs, Sum) else upper


__all__ = ["Sorts", "index_sorts"]
