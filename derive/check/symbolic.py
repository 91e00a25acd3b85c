"""Proofs for every n at once: a claim in index notation with a symbolic length n is proven by normalizing
both sides with named rewrites and showing that the normal forms agree. The index-notation rewrites
(definitions, bound indices, derivatives, sums) are in ``derive.check.rewrites``; the rewrites that use the
claim's case condition and constraints, and the pipeline, are here.

The decision at the end treats each remaining sum (named canonically), Kronecker delta, ``Piecewise`` and
unevaluated derivative as an opaque quantity, writes e^{z_v} as a positive symbol, and clears denominators:
if the numerator of lhs − rhs expands to 0 over denominators known to be nonzero, the identity holds for
every value of those quantities, so in particular for their actual values. Claims the rewrites cannot
bring to matching forms are split on index equalities (i = k and i ≠ k) where that helps, and otherwise left
unproven (``None``): this prover is sound, not complete.

``cross_check`` re-decides a claim with the concrete checker at small n, as independent evidence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sympy import (
    Abs,
    Basic,
    Derivative,
    Dummy,
    Eq,
    Indexed,
    KroneckerDelta,
    Ne,
    Piecewise,
    S,
    Subs,
    Sum,
    Symbol,
    expand,
    expand_log,
    sign,
    sympify,
    together,
)

from derive.check.claim import entries_written
from derive.check.index_cases import IndexCase, Pair, case_context, parse_condition
from derive.check.logarithms import split_logarithms
from derive.check.nonzero import denominators_nonzero, known_nonzero
from derive.check.prove import as_matrix, exp_to_symbols, exponent_logs, logs_together, prove_scalar_equal
from derive.check.ranges import own_range_orbits, split_own_ranges
from derive.check.rewrites import (
    RULE_NAMES,
    IndexContext,
    Rewrite,
    binders_ok,
    evaluate_derivatives,
    expand_defined_names,
    freeze_sums,
    normalize_sums,
    rename_bound_indices,
    split_excluded_sums,
    substitute_index,
)
from derive.check.sum_order import flat_sums
from derive.check.summands import summand_by_summand
from derive.model.generic import bound_named_alike

if TYPE_CHECKING:
    from derive.check.claim import Claim

#: At most this many case splits on index equalities (i = k / i ≠ k) are tried for one claim.
MAX_SPLITS = 3

#: The constraints that make a vector sum to one (a one-hot vector sums to one; nothing more is used of it).
UNIT_SUM_KINDS = ("sum-to-one", "one-hot")

#: How ``decide_equal`` concludes, weakest first.
IDENTICAL = "identical normal forms"
RATIONAL = "rational identity (numerator expands to 0)"
VACUOUS = "vacuous: no index values satisfy the case"


# ----------------------------------------------------------------------------------------------------------
# The rewrites that use the claim's case and constraints, and the whole pipeline


def substitute_equal_indices(expr: Basic, ctx: IndexContext) -> Basic:
    """In the case k = i, replace the free index k by i everywhere (also in z_k and in δ_ik).

    Valid under the case condition; bound indices are fresh (``rename_bound_indices``), so nothing is captured.
    """
    for old, new in ctx.equal:
        replaced = substitute_index(expr, old, new)
        if replaced is None:  # cannot happen after rename_bound_indices; stay sound anyway
            raise ValueError("a bound index clashes with a case substitution")
        expr = ctx.note("case condition", expr, replaced)
    return expr


def drop_unequal_deltas(expr: Basic, ctx: IndexContext) -> Basic:
    """In a case with i ≠ k: δ_ik = 0, and the conditions i = k / i ≠ k are false / true.

    Valid under the case condition. (Under i = k the substitution k → i already gives δ_ii = 1.)
    """
    if not ctx.unequal:
        return expr
    replacements: dict[Basic, Basic] = {}
    for pair in ctx.unequal:
        a, b = sorted(pair, key=str)
        replacements.update({KroneckerDelta(a, b): S.Zero, Eq(a, b): S.false, Ne(a, b): S.true})
        replacements.update({Eq(b, a): S.false, Ne(b, a): S.true})
    return ctx.note("case condition", expr, expr.xreplace(replacements))


def apply_unit_sums(expr: Basic, ctx: IndexContext) -> Basic:
    """Σ_{v=1}^{n} y_v = 1 for a vector y that the claim's constraints make sum to one (Σ y = 1, or one-hot), and
    Σ_{v=1}^{C} y_{a,v} = 1 for an array whose rows do (Σ_i y_{n,i} = 1 for every n of a batch).

    Valid under the constraint; the sum is matched up to the name of its index.
    """
    if not ctx.unit_sums and not ctx.unit_rows and not ctx.unit_lengths:
        return expr

    def is_unit(e: Basic) -> bool:
        if not isinstance(e, Sum) or len(e.limits) != 1 or e.limits[0][1] != 1:
            return False
        variable, _, upper = e.limits[0]
        if upper == ctx.n and any(e.function == vector[variable] for vector in ctx.unit_sums):
            return True
        if any(e.function == vector[variable] and upper == length for vector, length in ctx.unit_lengths):
            return True  # y of length q: Σ_{v=1}^{q} y_v
        function = e.function  # a row of an array whose rows sum to one: Σ_{v=1}^{C} y_{a,v}, a not v
        return (
            isinstance(function, Indexed)
            and len(function.indices) == 2
            and function.indices[1] == variable
            and not function.indices[0].has(variable)
            and (function.base, upper) in ctx.unit_rows
        )

    return ctx.note("Σ y = 1", expr, expr.replace(is_unit, lambda e: S.One))


#: The normalization pipeline, in order: index-notation rewrites and the case and constraint rewrites above.
PIPELINE: tuple[Rewrite, ...] = (
    expand_defined_names,
    rename_bound_indices,
    substitute_equal_indices,
    split_excluded_sums,
    evaluate_derivatives,
    split_logarithms,
    drop_unequal_deltas,
    normalize_sums,
    apply_unit_sums,
)


def normalize(expr: Basic, ctx: IndexContext) -> Basic:
    """``expr`` through every rewrite of ``PIPELINE``: equal to ``expr`` under the context's assumptions.

    Remembered per context, with the rules that fired: a step's right side is the next step's left side, in the
    same case, so most of a chain's sides would otherwise be normalized twice."""
    key = (expr, ctx)
    found = _NORMALIZED.get(key)
    if found is None:
        scratch = dataclasses.replace(ctx, fired=set())
        normal = expr
        for rewrite in PIPELINE:
            normal = rewrite(normal, scratch)
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        found = _NORMALIZED[key] = (normal, frozenset(scratch.fired))
    ctx.fired.update(found[1])
    return found[0]


#: ``normalize``'s memory: (expression, context) to the normal form and the rules that fired.
_NORMALIZED: dict[tuple[Basic, IndexContext], tuple[Basic, frozenset[str]]] = {}
_NORMALIZED_MAX = 2048


# ----------------------------------------------------------------------------------------------------------
# Deciding equality of normal forms, with case splits


def _opaque(expr: Basic, ctx: IndexContext) -> Basic:
    """Sums, Kronecker deltas, ``Piecewise`` and unevaluated derivatives as placeholder symbols (the same
    placeholder for structurally equal parts, so canonically named sums match)."""
    frozen, _ = freeze_sums(bound_named_alike(expr), ctx)  # σ'(v) by u and by ξ: one placeholder
    named: dict[Basic, Dummy] = {}

    def placeholder(node: Basic) -> Dummy:
        if node not in named:
            if isinstance(node, KroneckerDelta):
                named[node] = Dummy("δ", integer=True, nonnegative=True)
            else:
                named[node] = Dummy("q", real=True) if node.is_real else Dummy("q")
        return named[node]

    # a generic function's derivative at a point first, whole: two equal ones (σ'(v), whatever their bound
    # variable is called) are one placeholder; the derivatives inside them, by different bound variables, are not
    frozen = frozen.xreplace({node: placeholder(node) for node in frozen.atoms(Subs)})
    return frozen.replace(lambda e: isinstance(e, (KroneckerDelta, Piecewise, Derivative, Subs)), placeholder)


def decide_equal(lhs: Basic, rhs: Basic, ctx: IndexContext) -> str | None:
    """How the normal forms lhs and rhs are shown equal (``decide_forms``), or None; failing that, how they are
    once every polynomial in sums is written as canonically ordered multiple sums (``flat_sums``: Σ_i X_ip Σ_j
    X_ij θ_j and Σ_j θ_j Σ_i X_ij X_ip are one double sum)."""
    how = decide_forms(lhs, rhs, ctx)
    if how is not None or not (lhs.has(Sum) or rhs.has(Sum)):
        return how
    left, right = flat_sums(lhs, ctx), flat_sums(rhs, ctx)
    if (left, right) == (lhs, rhs):
        return None
    how = decide_forms(left, right, ctx)
    if how is not None:
        ctx.fired.add("order of sums")
    return how


def decide_forms(lhs: Basic, rhs: Basic, ctx: IndexContext) -> str | None:
    """How the normal forms lhs and rhs are shown equal, or None.

    Identical forms are equal. Otherwise lhs − rhs, with opaque parts as symbols, logs of positive quantities split
    (log(a/b) = log a − log b, log e^x = x) and e^{z} as positive symbols, is put over a common denominator; a
    numerator that expands to 0 over a nonzero denominator proves the identity (of sums: of their summands)."""
    if lhs == rhs:
        return IDENTICAL
    difference = _opaque(lhs - rhs, ctx)
    difference = exponent_logs(exp_to_symbols(expand_log(logs_together(difference), force=False)))
    if not denominators_nonzero(difference):
        return None
    numerator, denominator = together(difference).as_numer_denom()
    if known_nonzero(denominator) and expand(numerator) == 0:
        return RATIONAL
    if (lhs - rhs).has(Abs, sign) and not (lhs - rhs).has(Sum, Indexed, KroneckerDelta):  # |a|, sgn: by cases
        return prove_scalar_equal(lhs, rhs)
    return summand_by_summand(lhs - rhs, lambda body: decide_forms(body, S.Zero, ctx))


def split_candidate(exprs: Iterable[Basic], ctx: IndexContext) -> Pair | None:
    """A pair of free indices (i, k) whose equality the expressions ask about: through δ_ik, or through a
    condition i = k / i ≠ k of a ``Piecewise``. Splitting the claim into the cases i = k and i ≠ k is sound
    (the two cases cover every index value) and lets the case rewrites evaluate them."""
    pairs: set[Pair] = set()
    for expr in exprs:
        for node in expr.atoms(KroneckerDelta, Eq, Ne):
            if len(node.args) == 2 and all(arg in ctx.indices for arg in node.args) and node.args[0] != node.args[1]:
                a, b = sorted(node.args, key=str)
                pairs.add((a, b))
    return min(pairs, key=str) if pairs else None


def _prove_case(claim: Claim, case: IndexCase, splits: int, fired: set[str]) -> str | None:
    space = claim.space
    units = [c for c in claim.constraints if c.kind in UNIT_SUM_KINDS and c.vector is not None]
    own = {
        c: c.relation.lhs.limits[0][2] for c in units if isinstance(c.relation, Eq) and isinstance(c.relation.lhs, Sum)
    }
    unit_sums = tuple(c.vector for c in units if own.get(c, space.upper) == space.upper)
    unit_lengths = tuple((c.vector, length) for c, length in own.items() if length != space.upper)
    uppers = tuple((index, space.upper_of(index)) for index in space.indices if space.upper_of(index) != space.upper)
    rows = tuple(
        (c.vector, c.relation.lhs.limits[0][2])
        for c in claim.constraints
        if c.kind == "rows-sum-to-one"
        and c.vector is not None
        and isinstance(c.relation, Eq)
        and isinstance(c.relation.lhs, Sum)
    )
    ctx = case_context(case, space.indices, space.upper, claim.definitions, unit_sums, uppers, rows, space.sizes)
    if ctx is None:
        return VACUOUS
    ctx = dataclasses.replace(ctx, unit_lengths=unit_lengths, least=entries_written(claim))  # p_7: n ≥ 7
    try:
        lhs, rhs = normalize(claim.lhs, ctx), normalize(claim.rhs, ctx)
    except ValueError:
        return None
    decided = decide_equal(lhs, rhs, ctx)
    if decided is not None:
        fired |= ctx.fired
        return decided
    if splits >= MAX_SPLITS:
        return None
    pair = split_candidate((lhs, rhs), ctx)
    if pair is None:
        return None
    same = _prove_case(claim, case.with_equal(pair), splits + 1, fired)
    if same is None:
        return None
    different = _prove_case(claim, case.with_unequal(pair), splits + 1, fired)
    if different is None:
        return None
    a, b = pair
    fired.add(f"cases {a} = {b} and {a} ≠ {b}")
    return RATIONAL if RATIONAL in (same, different) else IDENTICAL


def prove_symbolic(claim: Claim) -> str | None:
    """A short description of how lhs = rhs is proven for every n, or None.

    Guarantee: when a method is returned, lhs = rhs holds for every integer n ≥ 1 (≥ k where the claim writes an
    entry numbered k, ``entries_written``: below it the entry does not exist), every value in 1..n
    (1..d for an index with a range of its own, ``IndexSpace.ranges``) of the free indices that satisfies
    the claim's case condition, and every value of the other quantities
    (z and y real) that satisfies the claim's constraints (Σ_i y_i = 1 is the only consequence of a
    constraint that is used; a one-hot y sums to one). None means "not proven",
    never "false". Claims at concrete n, matrices, unsupported conditions and binders other than sums are
    not handled (None).
    """
    space = claim.space
    if space.is_concrete or not isinstance(space.n, Symbol):
        return None
    claim = dataclasses.replace(claim, lhs=sympify(claim.lhs), rhs=sympify(claim.rhs))
    if as_matrix(claim.lhs) is not None or as_matrix(claim.rhs) is not None:
        return None
    bodies = [definition.body for definition in claim.definitions]
    if not all(binders_ok(expr) for expr in (claim.lhs, claim.rhs, *bodies)):
        return None
    if claim.condition == S.false:
        return VACUOUS
    phrase, split = split_own_ranges(claim)
    if phrase:  # an index with a concrete range of its own: prove the claim at each of its values
        orbits = own_range_orbits(claim)  # one proof per pattern of values, the rest by relabeling
        methods = [prove_symbolic(split[orbit[0]]) for orbit in orbits]
        proven = [method for method in methods if method is not None]
        if len(proven) != len(methods):
            return None
        shown = [method for method in proven if method != VACUOUS]  # a value of the range the case excludes
        if len(orbits) < len(split):
            phrase += f", {len(orbits)} proven and the rest by relabeling the indices"
        return f"{max(shown, key=lambda m: RATIONAL in m)}, {phrase}" if shown else VACUOUS
    case = parse_condition(claim.condition, space.indices)
    if case is None:
        return None
    fired: set[str] = set()
    how = _prove_case(claim, case, 0, fired)
    if how is None:
        return None
    if how == VACUOUS:
        return how
    rules = ", ".join(sorted(fired, key=_rule_order))
    return f"every {space.n} by index rewrites ({rules}); {how}" if rules else f"every {space.n}; {how}"


def _rule_order(rule: str) -> tuple[int, str]:
    """Case splits first, then the rewrites in pipeline order."""
    return (RULE_NAMES.index(rule) + 1 if rule in RULE_NAMES else 0, rule)


__all__ = ["normalize", "prove_symbolic"]
