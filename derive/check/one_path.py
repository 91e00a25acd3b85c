"""A single path in the chain rule: ∂E/∂w_ij taken through o_j alone where w_ij reaches E through every o_k.

For ∂A/∂x with A written through the entries of a defined vector u, and u's definition reaching x, the chain rule
sums over every path: ∂A/∂x = Σ_k ∂A/∂u_k ∂u_k/∂x. Writing the one term at an index j the left side keeps free,
∂A/∂u_j ∂u_j/∂x, is the mistake. It is named only when the checker *proves* the link's right-hand side equal to
that one path and the left side equal to the sum over every path (∂A/∂u_k with u_k held independent, as the reader
reads it).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

from sympy import Basic, Derivative, Dummy, Expr, Indexed, IndexedBase, Integer, KroneckerDelta, Sum, Symbol
from sympy.concrete.delta import deltasummation

from derive.check.checker import Claim, check_claim
from derive.check.claim import at_n, entries_written
from derive.check.domains import domains_of, sample_point
from derive.check.ground import ground
from derive.check.numeric import compare
from derive.model.notation import expand_definitions, rename_bound_apart, used_symbols

ONE_PATH = "a single path in the chain rule"

#: At most this many single paths are tried (each is one proof attempt).
MAX_PATHS = 6
#: The length at which a path is first compared by value when n is symbolic.
WITNESS_N = 3


def _held(top: Expr, entry: Indexed, written: Expr) -> Expr:
    """∂top/∂entry with the entry's vector held independent (``written``: top written down to that vector), its
    Kronecker-delta sums collapsed (Σ_j t_j δ_kj / o_j is t_k / o_k) so that the correct form reads as written."""
    held = Derivative(rename_bound_apart(written, entry.free_symbols), entry).doit(deep=False)
    return held.replace(
        lambda e: isinstance(e, Sum) and len(e.limits) == 1 and e.has(KroneckerDelta),
        lambda e: deltasummation(e.function, e.limits[0], no_piecewise=True),
    )


def _proven(claim: Claim, lhs: Basic, rhs: Basic, seed: int) -> bool:
    return check_claim(dataclasses.replace(claim, lhs=lhs, rhs=rhs), seed).proven


def _differ(claim: Claim, lhs: Basic, rhs: Basic, seed: int) -> bool:
    """Whether ``lhs`` and ``rhs`` take different values at one point (n = 3, the free indices 1, 2, …): a cheap
    test before a proof is tried. Under a constraint (Σ y = 1) nothing is sampled: False."""
    if claim.constraints:
        return False
    concrete = dataclasses.replace(claim, lhs=lhs, rhs=rhs)
    concrete = concrete if concrete.space.is_concrete else at_n(concrete, max(WITNESS_N, entries_written(concrete)))
    used = used_symbols(concrete.lhs) | used_symbols(concrete.rhs)
    free = [index for index in concrete.space.indices if index in used]
    if len(free) > WITNESS_N:
        return False
    assignment = {index: Integer(value) for value, index in enumerate(free, start=1)}
    left = ground(concrete.lhs, concrete.definitions, assignment)
    right = ground(concrete.rhs, concrete.definitions, assignment)
    scalars = {s for s in used_symbols(left) | used_symbols(right) if not s.is_integer}
    values = left.atoms(Indexed) | right.atoms(Indexed) | scalars
    point = sample_point(sorted(values, key=str), domains_of(concrete.domains), random.Random(seed))
    return point is not None and compare(left, right, point).outcome == "differ"


def one_path(claim: Claim, seed: int) -> Iterator[tuple[str, str, Basic]]:
    """(mistake, explanation, correct right-hand side) when the refuted ``claim`` ∂A/∂x = … takes one path of the
    chain rule where x reaches A through every entry of a defined vector."""
    lhs = claim.lhs
    if not (isinstance(lhs, Derivative) and len(lhs.variables) == 1 and isinstance(lhs.variables[0], Indexed)):
        return
    top, by = lhs.expr, lhs.variables[0]
    definitions = claim.definitions
    free = sorted((top.free_symbols | by.free_symbols) & set(claim.space.indices), key=str)
    tries = 0
    for definition in definitions:
        u = definition.name
        if not isinstance(u, IndexedBase) or definition.index not in claim.space.indices or u == by.base:
            continue  # a vector defined whole (z = W x + b) has no index of the page's: no one entry was written
        written = expand_definitions(top, [d for d in definitions if d.name != u])
        if not written.has(u) or not expand_definitions(definition.body, definitions).has(by.base):
            continue
        for j in free:
            if tries >= MAX_PATHS or claim.space.upper_of(j) != claim.space.upper_of(definition.index):
                continue
            tries += 1
            path = _held(top, u[j], written) * Derivative(u[j], by)
            try:
                if _differ(claim, claim.rhs, path, seed) or not _proven(claim, claim.rhs, path, seed):
                    continue
            except ValueError:  # SymPy cannot write the path down (∂σ(z_j)/∂z_j with z_j defined): no diagnosis
                continue
            k: Symbol = Dummy("k", integer=True)
            every = Sum(_held(top, u[k], written) * Derivative(u[k], by), (k, 1, claim.space.upper_of(j)))
            if _proven_safely(claim, lhs, every, seed):
                shown_u, shown_x = str(u.label), f"{by.base.label}_{''.join(str(i) for i in by.indices)}"
                yield (
                    ONE_PATH,
                    f"{shown_x} reaches {top} through every {shown_u}_k, not {shown_u}_{j} alone: the chain rule "
                    f"sums ∂{top}/∂{shown_u}_k ∂{shown_u}_k/∂{shown_x} over k",
                    every,
                )
            return


def _proven_safely(claim: Claim, left: Expr, right: Expr, seed: int) -> bool:
    """``_proven``, False where SymPy cannot write a side down (a derivative by a defined quantity's body)."""
    try:
        return _proven(claim, left, right, seed)
    except ValueError:
        return False
