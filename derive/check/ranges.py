"""Indices with a concrete range of their own (a layer's d inputs, ``IndexSpace.ranges``) in a claim for every n.

The proof for every n assumes each free index ranges over 1..n. A claim whose free indices include one with a
concrete range 1..d is split into the d claims with that index fixed at 1, …, d (every value it can take), and
every sum with integer bounds in its definitions and sides is written out term by term. Both are identities,
so the claim holds exactly when every one of the split claims does; each is then proven for every n as usual.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from sympy import Basic, Integer
from sympy.core.sympify import _sympify  # strict: SymPy objects only, never parses a string

from derive.check.ground import free_indices, write_out_sums
from derive.model.notation import IndexSpace, rename_bound_apart

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
    bounds = {index: bound for index, bound in claim.space.ranges if isinstance(bound, int)}
    definitions = tuple(dataclasses.replace(d, body=write_out_sums(d.body)) for d in claim.definitions)
    kept = tuple((index, bound) for index, bound in claim.space.ranges if not isinstance(bound, int))
    space = IndexSpace(claim.space.n, claim.space.indices, kept, claim.space.lengths)
    claims = []
    for values in itertools.product(*(range(1, bounds[index] + 1) for index in fixed)):
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
