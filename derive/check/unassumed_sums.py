"""A refuted link that holds where a vector sums to one (d2l's Σ_j y_j log Σ_k e^{o_k} = log Σ_k e^{o_k}, which
needs Σ_j y_j = 1): the diagnosis names the sum the page did not state, so that a reader who means it states it.
The link stays refuted: the page claims it without the sum."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from sympy import Eq, Indexed, IndexedBase, Sum, Symbol
from sympy.core.function import AppliedUndef

from derive.check.checker import Claim, check_claim
from derive.engine.step import Assumption
from derive.model.vector_functions import OfVector

#: At most this many vectors are tried, each at the cost of one more proof of a refuted link.
MOST_TRIED = 2


def _vectors(claim: Claim) -> list[IndexedBase]:
    """The vectors the claim's sides speak of (through their definitions too), neither defined nor constrained."""
    defined = {d.name for d in claim.definitions}
    constrained = {c.vector for c in claim.constraints}
    parts = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    found = {
        atom.base
        for part in parts
        for atom in part.atoms(Indexed)
        if len(atom.indices) == 1 and atom.base not in defined and atom.base not in constrained
    }
    return sorted(found, key=str)


def unassumed_sums(claim: Claim, seed: int = 0) -> Iterator[tuple[str, IndexedBase]]:
    """(explanation, vector) for each vector y such that the claim is proven once Σ y = 1 is assumed."""
    sides = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    if any(side.atoms(AppliedUndef, OfVector) for side in sides):
        return  # an arbitrary function: its stand-ins are what refutes it, not a sum
    for vector in _vectors(claim)[:MOST_TRIED]:
        variable = Symbol("i", integer=True)
        total = Sum(vector[variable], (variable, 1, claim.space.upper))
        unit = Assumption("sum-to-one", f"Σ {vector} = 1", Eq(total, 1), vector)
        try:
            with_it = check_claim(dataclasses.replace(claim, constraints=(*claim.constraints, unit)), seed)
        except (RecursionError, ValueError, TypeError):  # a hint only: never what the link's verdict rests on
            continue
        if with_it.proven:
            yield (
                f"it holds where Σ {vector} = 1, which the file does not assume: if the page means it, state it "
                f"(assume: [{vector} one-hot] for one-hot targets, assume: ['\\sum_i {vector}_i = 1'] for a "
                "distribution)",
                vector,
            )
