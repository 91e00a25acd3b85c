"""Relabeling the index values: at concrete n, one proof per pattern of index values covers every instance of it.

**Lemma.** Let a claim (its two sides, its case condition and the definitions it uses) mention index values
only *as indices*: as the subscripts of vector entries (z_3, y_k), as the arguments of Kronecker deltas and of
index comparisons (δ_ik, i = k), and as the excluded value of a sum Σ_{v≠k}; let every sum run over the whole
range 1..n; and let every vector have length n with the same domain for all its entries (z real, y
non-negative), every constraint being one that any relabeling keeps (Σ_i y_i = 1; y is one-hot). Let π be a
permutation of 1..n, and write π·c for the claim c with every index value m replaced by π(m). Then π·c is c
with the variables renamed, z_m ↦ z_π(m), y_m ↦ y_π(m), …: the whole-range sums only reorder their terms, the
definitions (whose bodies obey the same rule and name no index value of their own) commute with the renaming,
a derivative ∂/∂z_m becomes ∂/∂z_π(m), and δ and the comparisons see only which values are equal. Renaming
independent variables over the same domain maps identities to identities, so c holds iff π·c holds.

So two instances prove each other when one is the other relabeled: when they are the same *template* (the
claim with its index values taken out) and their sequences of index values have the same *pattern* of
equalities (an injective map between them extends to a permutation of 1..n). The checker proves one
representative per pattern and credits the rest to this lemma; a claim that does not meet the conditions
(a partial sum Σ_{j=1}^{3} at n = 8, an index used as a number, a vector of another length) is checked
instance by instance as before. Nothing here evaluates a claim: it only decides which instances share a proof.
A claim whose indices have ranges of their own (a layer's inputs and hidden units) is relabeled sort by sort, by
the lemma in ``derive.check.index_sorts``.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Sequence

from sympy import Basic, Indexed, Integer, KroneckerDelta, MatrixBase, Sum, Symbol
from sympy.core.relational import Relational

from derive.model.notation import Definition, SumExcept

#: A claim's template (a hashable tree: node types and atoms, with "?" where an index value was) and the index
#: values taken out of it, in the order they occur.
Shape = tuple[object, tuple[int, ...]]

#: The constraints every relabeling of the index values keeps.
KEPT_BY_RELABELING = ("sum-to-one", "one-hot")

HOLE = "?"


def _index(node: Basic) -> Shape | None:
    """An index position: an index value (taken out) or an index symbol (kept); anything else breaks the lemma."""
    if isinstance(node, Integer):
        return HOLE, (int(node),)
    if isinstance(node, Symbol) and node.is_integer:
        return node, ()
    return None


def joined(head: object, parts: Sequence[Shape | None]) -> Shape | None:
    """The shape of a node ``head`` with these children: their templates under ``head``, their index values in
    order; None when a child breaks the lemma."""
    if any(part is None for part in parts):
        return None
    kept = tuple(part[0] for part in parts if part is not None)
    taken = tuple(value for part in parts if part is not None for value in part[1])
    return (head, kept), taken


def _whole_range(limit: Sequence[Basic], n: int) -> bool:
    variable, lower, upper = limit
    return isinstance(variable, Symbol) and bool(variable.is_integer) and lower == 1 and upper == n


@functools.lru_cache(maxsize=1 << 18)
def shape(node: Basic, n: int) -> Shape | None:
    """The template of ``node`` and its index values, or None when ``node`` breaks the lemma's conditions."""
    if isinstance(node, Indexed):  # before the atoms: SymPy counts an Indexed as one
        return joined((Indexed, node.base), [_index(index) for index in node.indices])
    if isinstance(node, Symbol):
        return None if node.is_integer else (node, ())  # an index symbol outside an index position
    if node.is_Atom:
        return node, ()
    if isinstance(node, MatrixBase):
        return None
    if isinstance(node, KroneckerDelta) or (
        isinstance(node, Relational) and all(_index(arg) is not None for arg in node.args)
    ):
        return joined(type(node), [_index(arg) for arg in node.args])
    if isinstance(node, Sum):
        if not all(_whole_range(limit, n) for limit in node.limits):
            return None
        return joined((Sum, node.limits), [shape(node.function, n)])
    if isinstance(node, SumExcept):
        if not _whole_range(node.limit, n):
            return None
        return joined((SumExcept, node.limit), [shape(node.function, n), _index(node.excluded)])
    return joined(type(node), [shape(arg, n) for arg in node.args])


def pattern(values: Sequence[Hashable]) -> tuple[int, ...]:
    """Which values are equal: each value replaced by the place of its first occurrence, (7, 3, 7) → (0, 1, 0).
    Remembered for a tuple: the claims of a chain ask it of the same n² index values each."""
    if isinstance(values, tuple):
        return _pattern_of(values)
    return _pattern(values)


def _pattern(values: Sequence[Hashable]) -> tuple[int, ...]:
    first: dict[Hashable, int] = {}
    return tuple(first.setdefault(value, len(first)) for value in values)


_pattern_of = functools.lru_cache(maxsize=1 << 16)(_pattern)


def definitions_kept(definitions: Sequence[Definition], n: int) -> bool:
    """Every definition body meets the lemma's conditions and names no index value of its own."""
    for definition in definitions:
        found = shape(definition.body, n)
        if found is None or found[1] or (definition.index is not None and not definition.index.is_integer):
            return False
    return True


def relabeling_applies(
    parts: Sequence[Basic], definitions: Sequence[Definition], kinds: Sequence[str], n: int, own_ranges: bool
) -> tuple[int, ...] | None:
    """The index values that a claim made of ``parts`` names itself (held fixed by the relabelings), or None
    when the lemma does not apply to it."""
    if own_ranges or any(kind not in KEPT_BY_RELABELING for kind in kinds) or not definitions_kept(definitions, n):
        return None
    found = joined(None, [shape(part, n) for part in parts])
    return None if found is None else found[1]
