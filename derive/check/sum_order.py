"""Sums in an order of their own: a polynomial in sums written as one multiple sum per term, its indices named
canonically whatever order the page summed them in.

A matrix written whole reads as nested sums whose order depends on how the page grouped the product:
(Xθ)ᵀX e_p is Σ_i X_ip Σ_j X_ij θ_j, while θᵀ(XᵀX) e_p is Σ_j θ_j Σ_i X_ij X_ip. Both are the one double sum
Σ_{i,j} X_ip X_ij θ_j. ``flat_sums`` writes every term so: products of sums multiplied out under fresh indices
(Σ_a f_a · Σ_b g_b = Σ_{a,b} f_a g_b), factors free of the indices moved out, and the indices renamed in the
order that gives the least expression (finite sums with fixed bounds can be taken in any order). Each step is an
identity for sums over 1..L with L a positive integer that no index of the sum bounds; any other sum, and a sum
inside a function (e^{Σ}, log Σ), is left as it is, so two sides made flat are equal exactly when the originals
are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sympy import Add, Basic, Dummy, Expr, Integer, Mul, Pow, Sum, expand_mul
from sympy.core.sorting import default_sort_key

from derive.check.rewrites import IndexContext

#: A term: the limits (index, 1, L) it is summed over and the product summed.
Term = tuple[tuple[tuple[Dummy, Basic, Basic], ...], Expr]

#: Terms with more indices than this keep their order (the canonical order tries every permutation).
MAX_INDICES = 5
#: A power of a sum is multiplied out up to this exponent.
MAX_POWER = 4
#: Above this many terms a side is left as it is (multiplying sums out can grow fast).
MAX_TERMS = 400

_CANONICAL: list[Dummy] = []


def _canonical(position: int) -> Dummy:
    while len(_CANONICAL) <= position:
        _CANONICAL.append(Dummy(f"c{len(_CANONICAL)}", integer=True))
    return _CANONICAL[position]


def _plain(node: Sum, ctx: IndexContext) -> bool:
    """A sum this module may reorder: every limit (v, 1, L) with L a length of the claim (a positive integer)."""
    return all(lower == 1 and upper in ctx.lengths for _, lower, upper in node.limits)


def _terms(expr: Basic, ctx: IndexContext) -> list[Term] | None:
    """``expr`` as a sum of terms, each a multiple sum with fresh indices; None when it grows too large."""
    if isinstance(expr, Add):
        found: list[Term] = []
        for arg in expr.args:
            part = _terms(arg, ctx)
            if part is None or len(found) + len(part) > MAX_TERMS:
                return None
            found.extend(part)
        return found
    if isinstance(expr, Mul):
        product: list[Term] = [((), Integer(1))]
        for arg in expr.args:
            part = _terms(arg, ctx)
            if part is None or len(product) * len(part) > MAX_TERMS:
                return None
            product = [_times(a, b) for a in product for b in part]
        return product
    if isinstance(expr, Pow) and expr.exp.is_Integer and 2 <= int(expr.exp) <= MAX_POWER and expr.base.has(Sum):
        return _terms(Mul(*([expr.base] * int(expr.exp)), evaluate=False), ctx)
    if isinstance(expr, Sum) and _plain(expr, ctx):
        body = _terms(expr.function, ctx)
        if body is None:
            return None
        limits = tuple(expr.limits)
        return [_summed(term, limits) for term in body]
    return [((), expr)]  # a sum-free factor, or a sum kept whole


def _times(a: Term, b: Term) -> Term:
    """Σ_A f · Σ_B g = Σ_{A,B} f g: the indices of b renamed fresh, so that none is shared with a."""
    fresh = {variable: Dummy(str(variable), integer=True) for variable, _, _ in b[0]}
    limits = tuple((fresh[v], lower, upper) for v, lower, upper in b[0])
    return (*a[0], *limits), a[1] * b[1].xreplace(fresh)


def _summed(term: Term, limits: Sequence[tuple[Basic, Basic, Basic]]) -> Term:
    """Σ_{limits} of a term: each index renamed fresh (a product may repeat a name), L·f where f is free of it."""
    found, body = term
    for variable, lower, upper in limits:
        fresh = Dummy(str(variable), integer=True)
        body = body.xreplace({variable: fresh})
        if body.has(fresh):
            found = (*found, (fresh, lower, upper))
        else:
            body = body * (upper - lower + 1)
    return found, body


def _canonical_term(term: Term) -> Expr:
    """One term as coefficient · Σ over its indices, named c0, c1, … in the order giving the least expression.

    Σ_A (f + g) = Σ_A f + Σ_A g, and Σ_v c = L·c for an index v that a product does not hold."""
    limits, body = term
    expanded = expand_mul(body)
    if isinstance(expanded, Add):
        return Add(*(_canonical_term((limits, part)) for part in expanded.args))
    pieces = Mul.make_args(expanded)
    used = tuple(limit for limit in limits if expanded.has(limit[0]))
    count = Mul(*(upper - lower + 1 for variable, lower, upper in limits if not expanded.has(variable)))
    if not used:
        return count * expanded
    variables = [variable for variable, _, _ in used]
    constant = count * Mul(*(piece for piece in pieces if not piece.has(*variables)))
    varying = Mul(*(piece for piece in pieces if piece.has(*variables)))
    orders = itertools.permutations(range(len(used))) if len(used) <= MAX_INDICES else [tuple(range(len(used)))]
    best: Expr | None = None
    for order in orders:
        names = {variables[old]: _canonical(new) for new, old in enumerate(order)}
        renamed = sorted(((names[v], lower, upper) for v, lower, upper in used), key=lambda limit: str(limit[0]))
        candidate = Sum(varying.xreplace(names), *renamed)
        if best is None or default_sort_key(candidate) < default_sort_key(best):
            best = candidate
    assert best is not None
    return constant * best


def flat_sums(expr: Basic, ctx: IndexContext) -> Basic:
    """``expr`` with its polynomial in sums written as canonically named multiple sums; equal to ``expr``."""
    if not expr.has(Sum):
        return expr
    terms = _terms(expr, ctx)
    if terms is None:
        return expr
    return Add(*(_canonical_term(term) for term in terms))


__all__ = ["flat_sums"]
