"""Indices with a concrete range of their own (a layer's d inputs, ``IndexSpace.ranges``) in a claim for every n.

The proof for every n assumes each free index ranges over 1..n. A claim whose free indices include one with a
concrete range 1..d is split into the d claims with that index fixed at 1, …, d (every value it can take), and
every sum with integer bounds in its definitions and sides is written out term by term. Both are identities,
so the claim holds exactly when every one of the split claims does; each is then proven for every n as usual.
Split claims that relabel each other (``derive.check.index_sorts``, the own-range sorts permuted, the classes
held fixed) share one proof: ``own_range_orbits`` groups them.

``classes_in_scope`` counts the class indices (those over 1..n) a claim has in scope at once, definitions
included: the cross-check of a claim over a layer runs up to the n at which every pattern of equalities among
them occurs (``derive.check.cross_check.cross_check_sizes``).
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from sympy import Basic, Indexed, Integer, Sum
from sympy.core.sympify import _sympify  # strict: SymPy objects only, never parses a string

from derive.check.ground import free_indices, write_out_sums
from derive.check.index_sorts import index_sorts
from derive.model.notation import IndexSpace, SumExcept, rename_bound_apart

if TYPE_CHECKING:
    from derive.check.claim import Claim


def own_range_indices(claim: Claim) -> tuple[Basic, ...]:
    """The free indices of the claim that have a range of their own (not 1..n)."""
    own = {index for index, bound in claim.space.ranges if isinstance(bound, int)}  # a symbolic one stays
    return tuple(index for index in free_indices([claim.lhs, claim.rhs, claim.condition], claim.space) if index in own)


def split_own_ranges(claim: Claim) -> tuple[str, list[Claim]]:
    """The claims with every own-range free index fixed, one per combination of values, and a phrase naming
    the split ("for each of the 2 values of i"); ("", [claim]) when there is nothing to split.

    The split claims keep only the indices that range over 1..n (or over a symbolic length of their own) free.
    """
    fixed = own_range_indices(claim)
    if not fixed:
        return "", [claim]
    definitions = tuple(dataclasses.replace(d, body=write_out_sums(d.body)) for d in claim.definitions)
    kept = tuple((index, bound) for index, bound in claim.space.ranges if not isinstance(bound, int))
    space = IndexSpace(claim.space.n, claim.space.indices, kept, claim.space.lengths)
    claims = []
    for values in _own_values(claim, fixed):
        value = {index: Integer(v) for index, v in zip(fixed, values, strict=True)}

        def at(expr: Basic, value: dict[Basic, Basic] = value) -> Basic:
            return write_out_sums(rename_bound_apart(_sympify(expr), fixed).xreplace(value))

        claims.append(
            dataclasses.replace(
                claim,
                lhs=at(claim.lhs),
                rhs=at(claim.rhs),
                condition=claim.condition.xreplace(value),
                space=space,
                definitions=definitions,
            )
        )
    names = ", ".join(str(index) for index in fixed)
    names = f"({names})" if len(fixed) > 1 else names
    return f"for each of the {len(claims)} values of {names}", claims


def _own_values(claim: Claim, fixed: tuple[Basic, ...]) -> list[tuple[int, ...]]:
    """Every combination of values of the own-range indices ``fixed``, in the order of ``split_own_ranges``."""
    bounds = dict(claim.space.ranges)
    return list(itertools.product(*(range(1, bounds[index] + 1) for index in fixed)))


def own_range_orbits(claim: Claim) -> list[list[int]]:
    """The positions of ``split_own_ranges``'s claims, grouped by relabeling the own-range sorts (the lemma of
    ``derive.check.index_sorts``, for every n): the first of a group is the one to prove. Every claim is its
    own group when the lemma does not apply."""
    fixed = own_range_indices(claim)
    combinations = _own_values(claim, fixed)
    if not fixed:
        return [[0]]
    parts = [_sympify(claim.lhs), _sympify(claim.rhs), claim.condition]
    indices = free_indices(parts, claim.space)
    sorts = index_sorts(parts, claim.definitions, claim.constraints, indices, claim.space)
    if sorts is None:
        return [[position] for position in range(len(combinations))]
    targets = [None] * len(sorts.of_targets)  # one-hot targets have size n: held fixed, the same in every claim
    groups: dict[object, list[int]] = {}
    for position, values in enumerate(combinations):
        value = dict(zip(fixed, values, strict=True))
        groups.setdefault(sorts.key([value.get(index, index) for index in indices], targets), []).append(position)
    return list(groups.values())


def classes_in_scope(claim: Claim) -> int:
    """The most class indices (ranging over 1..n) in scope at once anywhere in the claim: its free ones, and the
    sums with a bound in n that enclose a point, counting through each defined name into its body (L = −Σ_k y_k log ŷ_k
    with ŷ_k = e^{z_k} / Σ_m e^{z_m} has k and m at once: 2). An over-count only asks for a larger n."""
    n = claim.space.upper
    bodies = {definition.name: definition.body for definition in claim.definitions}
    memo: dict[Basic, int] = {}

    def depth(expr: Basic) -> int:
        if isinstance(expr, Sum):  # a sum whose bound depends on n (Σ_{k=1}^{n}, Σ_{k=1}^{n−1}) binds a class index
            return depth(expr.function) + sum(1 for limit in expr.limits if limit[2].has(n))
        if isinstance(expr, SumExcept):
            return depth(expr.function) + int(expr.limit[2].has(n))
        name = expr.base if isinstance(expr, Indexed) else expr
        if name in bodies:
            if name not in memo:
                memo[name] = 0  # a definition that names itself is not expanded (none does)
                memo[name] = depth(bodies[name])
            return memo[name]
        return max((depth(arg) for arg in expr.args), default=0)

    parts = [_sympify(claim.lhs), _sympify(claim.rhs), claim.condition]
    own = {index for index, _ in claim.space.ranges}
    free = [index for index in free_indices(parts, claim.space) if index not in own]
    return len(free) + max(depth(part) for part in parts)
