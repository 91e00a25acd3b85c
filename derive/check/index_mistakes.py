"""Known mistakes with indices, in any derivation: a dropped sum, a sum in the wrong place, an index typo.

Each is recognized from the link itself, and reported only when the checker *proves* the link right once the
mistake is undone: the left side equal to Σ_o of the right side (the right side depends on o and the left does
not: the chain rule sums over every o); the left side equal to the right side with a sum over the left side's
own free index taken away; the left side, with one entry's index changed to another free index, equal to the
right side (∂ŷ_i/∂z_i written where ∂ŷ_o/∂z_i is meant).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from sympy import Basic, Indexed, KroneckerDelta, Sum, Symbol

from derive.check.checker import Claim, check_claim
from derive.model.notation import rename_bound_apart

DROPPED_SUM = "a dropped sum over outputs"
MISPLACED_SUM = "a sum in the wrong place"
INDEX_TYPO = "an index typo"

#: At most this many index substitutions are tried for a typo (each is one proof attempt).
MAX_TYPO_TRIES = 8


#: How an accented name is shown: "yhat" is ŷ (a combining mark after the letter).
MARKS = {"hat": "\u0302", "tilde": "\u0303", "bar": "\u0304"}


def shown(entry: Basic) -> str:
    """An entry as a reader writes it in prose: ŷ_i, w_ij, δ_jk."""
    if isinstance(entry, KroneckerDelta):
        return f"δ_{''.join(str(i) for i in entry.args)}"
    name = str(entry.base.label)
    for suffix, mark in MARKS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)] + mark
    return f"{name}_{''.join(str(i) for i in entry.indices)}"


def _indices(entry: Basic) -> tuple[Basic, ...]:
    """An entry's indices (y_i: i) or a Kronecker delta's (δ_jk: j, k)."""
    return tuple(entry.indices) if isinstance(entry, Indexed) else tuple(entry.args)


def _with_index(entry: Basic, position: int, new: Basic) -> Basic:
    changed = tuple(new if at == position else i for at, i in enumerate(_indices(entry)))
    return entry.base[changed] if isinstance(entry, Indexed) else KroneckerDelta(*changed)


def _free(expr: Basic, claim: Claim) -> set[Symbol]:
    return expr.free_symbols & set(claim.space.indices)


def _proven(claim: Claim, lhs: Basic, rhs: Basic, seed: int) -> bool:
    return check_claim(dataclasses.replace(claim, lhs=lhs, rhs=rhs), seed).proven


def index_mistakes(claim: Claim, seed: int) -> Iterator[tuple[str, str, Basic]]:
    """(mistake, explanation, correct right-hand side) for each index mistake the refuted ``claim`` is shown
    to make, most telling first."""
    lhs, rhs = claim.lhs, claim.rhs
    extra = _free(rhs, claim) - _free(lhs, claim) - claim.condition.free_symbols
    if len(extra) == 1:
        (index,) = extra
        summed = Sum(rename_bound_apart(rhs, {index}), (index, 1, claim.space.upper_of(index)))
        if _proven(claim, lhs, summed, seed):
            yield (
                DROPPED_SUM,
                f"the right side depends on {index}, which the left side does not: the chain rule sums over every "
                f"{index}",
                summed,
            )
            return
    for node in sorted(rhs.atoms(Sum), key=str):
        (variable, _, _) = node.limits[0] if len(node.limits) == 1 else (None, None, None)
        if variable is not None and variable in _free(lhs, claim):
            fixed = rhs.xreplace({node: node.function})
            if _proven(claim, lhs, fixed, seed):
                yield (
                    MISPLACED_SUM,
                    f"a sum over {variable}, which the left side keeps free: the term at {variable} alone is meant",
                    fixed,
                )
                return
    tries = 0
    indices = sorted(_free(lhs, claim) | _free(rhs, claim) | _free(claim.condition, claim), key=str)
    for entry in sorted(lhs.atoms(Indexed, KroneckerDelta), key=str):
        for position, old in enumerate(_indices(entry)):
            for new in indices:
                if new == old or tries >= MAX_TYPO_TRIES or claim.space.upper_of(new) != claim.space.upper_of(old):
                    continue  # an index of another length is no typo for this one: it could not stand there
                tries += 1
                meant = _with_index(entry, position, new)
                if not _proven(claim, lhs.xreplace({entry: meant}), rhs, seed):
                    continue
                correct = rhs.xreplace({new: old})
                if _proven(claim, lhs, correct, seed):
                    yield (INDEX_TYPO, f"the left side has {shown(entry)} where {shown(meant)} is meant", correct)
                return
