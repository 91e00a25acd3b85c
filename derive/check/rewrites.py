"""Named rewrites that bring an index-notation expression to a normal form valid for every n.

Each rewrite is a small function ``rule(expr, ctx) -> expr`` whose docstring states the identity it applies
and when that identity is valid. ``ctx`` (an ``IndexContext``) carries what the claim lets us assume: the
symbolic upper bound n ≥ 1, the free indices (each in 1..n), the case condition (equal and unequal index
pairs), the definitions, and the vectors that sum to one. The rewrites that use the case and the
constraints, and the pipeline that runs them all, are in ``derive.check.symbolic``.

Every rewrite replaces an expression by one equal to it under those assumptions, so a proof that the normal
forms agree is a proof that the originals agree. Where a rewrite's side condition cannot be checked it leaves
the expression alone: the rewrites may fail to normalize, but never change a value.

SymPy's blind ``simplify``/``doit`` is not used on sums: on sums with Kronecker deltas it can crash or be wrong
(SymPy issues 14570, 27359), ``Sum.doit`` with a symbolic bound turns delta sums into ``Piecewise``, and
differentiating a sum with respect to an entry whose index is the sum's own bound index is wrong (issue 21891).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sympy import (
    Add,
    Basic,
    Derivative,
    Dummy,
    Expr,
    Indexed,
    IndexedBase,
    Integer,
    KroneckerDelta,
    Mul,
    Sum,
    Symbol,
    expand,
)
from sympy.concrete.expr_with_limits import ExprWithLimits

from derive.check.generic import differentiated
from derive.model.notation import Definition, SumExcept, bound_symbols, expand_definitions


@dataclass(frozen=True)
class IndexContext:
    """What a claim lets the rewrites assume.

    ``n`` is the symbolic length (a positive integer); every symbol in ``indices`` ranges over 1..n;
    ``equal`` maps an index to the index it equals in this case (``k → i`` under i = k); ``unequal`` holds the
    pairs of indices that differ in this case; ``unit_sums`` are the vectors y with Σ_{v=1}^{n} y_v = 1.
    """

    n: Expr
    indices: frozenset[Symbol]
    definitions: tuple[Definition, ...] = ()
    equal: tuple[tuple[Symbol, Symbol], ...] = ()
    unequal: frozenset[frozenset[Symbol]] = frozenset()
    unit_sums: tuple[IndexedBase, ...] = ()
    #: Arrays whose every row sums to one, Σ_{v=1}^{C} y_{a,v} = 1 for every a, with the row length C.
    unit_rows: tuple[tuple[IndexedBase, Expr], ...] = ()
    #: Vectors of a length of their own that sum to one, Σ_{v=1}^{q} y_v = 1, with that length.
    unit_lengths: tuple[tuple[IndexedBase, Expr], ...] = ()
    fired: set[str] = field(default_factory=set, compare=False)
    #: Free indices with a symbolic length of their own (the examples of a batch, 1..N): (index, length) pairs.
    uppers: tuple[tuple[Symbol, Expr], ...] = ()
    #: The claim's other symbolic lengths (``sizes``: the m rows and d columns of a matrix X), each a positive
    #: integer, whether or not a free index ranges over them: a sum may run over any of them.
    sizes: tuple[Expr, ...] = ()
    #: The least n the claim is about: the largest entry number it writes (p_7: 7), or 1 (``entries_written``).
    least: int = 1

    def upper_of(self, index: Basic) -> Expr:
        """The length ``index`` runs up to: its own, or n."""
        return next((upper for name, upper in self.uppers if name == index), self.n)

    @property
    def lengths(self) -> frozenset[Expr]:
        """n, every other length an index runs up to, and the claim's other sizes."""
        return frozenset({self.n, *(upper for _, upper in self.uppers), *self.sizes})

    def note(self, rule: str, before: Basic, after: Basic) -> Basic:
        """Record ``rule`` (for the method) if it changed the expression, which must be rewritten by
        ``xreplace`` or ``replace`` (untouched parts stay as they are); return ``after``."""
        if after != before:
            self.fired.add(rule)
        return after


#: The names rewrites record in ``IndexContext.fired``, in the order of the pipeline.
RULE_NAMES = (
    "definitions",
    "case condition",
    "sums leaving one index out",
    "derivatives",
    "logarithms of products",
    "Kronecker-delta sums",
    "linearity of sums",
    "constant sums",
    "Σ y = 1",
    "order of sums",
)


Rewrite = Callable[[Basic, IndexContext], Basic]

# ----------------------------------------------------------------------------------------------------------
# Helpers


def binders_ok(expr: Basic) -> bool:
    """True if the only binding constructs in ``expr`` are ``Sum`` and ``SumExcept`` (the ones handled here),
    and no sum's bounds mention its own index (as in Σ_{k=1}^{k}, where the bound k is a different k)."""
    for node in expr.atoms(ExprWithLimits, SumExcept):
        if not isinstance(node, (Sum, SumExcept)):
            return False
        limits = [node.limit] if isinstance(node, SumExcept) else node.limits
        variables = {limit[0] for limit in limits}
        if any(bound.has(*variables) for limit in limits for bound in limit[1:]):
            return False
    return True


def substitute_index(expr: Basic, old: Basic, new: Basic) -> Basic | None:
    """``expr`` with the free index ``old`` replaced by ``new``, or None if ``new`` would be captured by a sum.

    ``xreplace`` also reaches derivative variables (z_k) and indices, which ``subs`` does not.
    """
    if new in bound_symbols(expr) or old in bound_symbols(expr):
        return None
    return expr.xreplace({old: new})


def outer_limit(node: Sum) -> tuple[Basic, tuple[Basic, Basic, Basic]]:
    """A sum as its outermost limit and the body summed over it: Σ_{L1..Lm} f = Σ_{Lm} (Σ_{L1..Lm−1} f).

    (SymPy stores nested sums as one ``Sum`` with several limits, the first limit innermost.)
    """
    *inner, last = node.limits
    body = Sum(node.function, *inner) if inner else node.function
    return body, tuple(last)


def _fresh(variable: Basic) -> Dummy:
    return Dummy(str(variable), integer=True)


#: Canonical bound-index names by the nesting height of the sum's body (0 for a sum with no sum inside).
_CANONICAL: list[Dummy] = []


def canonical_index(height: int) -> Dummy:
    """The canonical name of the bound index of a sum whose body holds sums nested ``height`` deep."""
    while len(_CANONICAL) <= height:
        _CANONICAL.append(Dummy(f"b{len(_CANONICAL)}", integer=True))
    return _CANONICAL[height]


def sum_height(expr: Basic) -> int:
    """How deep sums nest in ``expr`` (0 if there is none); a sum over m limits counts as m nested sums."""
    if isinstance(expr, Sum):
        return len(expr.limits) + sum_height(expr.function)
    if isinstance(expr, SumExcept):
        return 1 + sum_height(expr.function)
    return max((sum_height(arg) for arg in expr.args), default=0)


def full_range(limit: Iterable[Basic], ctx: IndexContext) -> bool:
    """True if the limit runs over a whole index range: 1..n, or 1..N for a length N of the claim's own."""
    _, lower, upper = limit
    return bool(lower == 1 and upper in ctx.lengths)


def is_positive_sum(node: Sum, ctx: IndexContext) -> bool:
    """Σ_{v=1}^{n} f(v) > 0 when every f(v) > 0, since the range is never empty (n ≥ 1)."""
    return len(node.limits) == 1 and full_range(node.limits[0], ctx) and node.function.is_positive is True


def freeze_sums(expr: Basic, ctx: IndexContext) -> tuple[Basic, dict[Dummy, Basic]]:
    """Replace each outermost sum by a placeholder symbol (positive when the sum is), so that ``expand`` and
    ``expand_log`` treat it as a single quantity; returns the placeholders to put back."""
    placeholders: dict[Basic, Dummy] = {}

    def placeholder(node: Basic) -> Dummy:
        if node not in placeholders:
            if isinstance(node, Sum) and is_positive_sum(node, ctx):
                placeholders[node] = Dummy("Σ", positive=True)
            elif node.is_real:
                placeholders[node] = Dummy("Σ", real=True)
            else:
                placeholders[node] = Dummy("Σ")
        return placeholders[node]

    def walk(e: Basic) -> Basic:
        if isinstance(e, (Sum, SumExcept)):
            return placeholder(e)
        if not e.args or isinstance(e, Indexed):
            return e
        return e.func(*(walk(a) for a in e.args))

    frozen = walk(expr)
    return frozen, {symbol: node for node, symbol in placeholders.items()}


# ----------------------------------------------------------------------------------------------------------
# Definitions, bound indices, derivatives


def expand_defined_names(expr: Basic, ctx: IndexContext) -> Basic:
    """A defined name equals its body: L → −Σ_i y_i log s_i, s_i → e^{z_i}/Σ_j e^{z_j}, ŷ_i → s_i.

    Always valid (it is what a definition means); bound indices of a body are renamed apart from the
    index it is instantiated at (``Definition.expand_in``).
    """
    return ctx.note("definitions", expr, expand_definitions(expr, ctx.definitions))


def rename_bound_indices(expr: Basic, ctx: IndexContext) -> Basic:
    """Σ_v f(v) = Σ_u f(u) for a fresh u: give every bound index a fresh name (α-renaming).

    Always valid. Afterwards no bound index shares a name with a free one, so substituting a free index, or
    differentiating by z_k, cannot touch a bound occurrence (SymPy differentiates Σ_k a_k by a_k wrongly).
    """

    def renamed(node: Basic) -> Basic:
        if isinstance(node, SumExcept):
            fresh = _fresh(node.variable)
            _, lower, upper = node.limit
            return SumExcept(node.function.xreplace({node.variable: fresh}), (fresh, lower, upper), node.excluded)
        # bounds never mention the sum's own indices (``binders_ok``), so renaming them everywhere is safe
        return node.xreplace({limit[0]: _fresh(limit[0]) for limit in node.limits})

    return expr.replace(lambda e: isinstance(e, (Sum, SumExcept)), renamed)


def split_excluded_sums(expr: Basic, ctx: IndexContext) -> Basic:
    """Σ_{v=1..n, v≠m} f(v) = Σ_{v=1..n} f(v) − f(m), valid when 1 ≤ m ≤ n: m must be a free index of the
    claim. Other ``SumExcept`` forms (m = k + 1, other ranges) are left alone."""

    def split(e: SumExcept) -> Basic:
        variable, lower, upper = e.limit
        left_out = substitute_index(e.function, variable, e.excluded)
        in_range = e.excluded in ctx.indices and ctx.upper_of(e.excluded) == upper
        if not full_range(e.limit, ctx) or not in_range or left_out is None:
            return e
        ctx.fired.add("sums leaving one index out")
        return Sum(e.function, (variable, lower, upper)) - left_out

    return expr.replace(lambda e: isinstance(e, SumExcept), split)


def evaluate_derivatives(expr: Basic, ctx: IndexContext) -> Basic:
    """Evaluate every ∂/∂z_k by SymPy's differentiation rules (∂z_v/∂z_k = δ_vk, sum rule under Σ, …).

    Valid once bound indices are fresh (``rename_bound_indices``): SymPy's rules are then identities. Only
    the derivative itself is evaluated (``doit(deep=False)``); sums are not, so no ``Piecewise`` appears.
    A derivative SymPy cannot evaluate is left as it is (an opaque quantity).
    """
    if not expr.has(Derivative):
        return expr
    ctx.fired.add("derivatives")
    return expr.replace(lambda e: isinstance(e, Derivative), differentiated)


# ----------------------------------------------------------------------------------------------------------
# Sums: linearity, constants, Kronecker deltas, canonical index names


def split_terms(body: Basic, ctx: IndexContext) -> list[Basic]:
    """Σ_v (a_v + b_v) = Σ_v a_v + Σ_v b_v: the terms of the summand, with products multiplied out.

    Always valid for a finite sum. Inner sums are frozen while expanding, so they keep their normal form.
    """
    frozen, placeholders = freeze_sums(body, ctx)
    expanded = expand(frozen, log=False, power_base=False, power_exp=True, mul=True, multinomial=True)
    return [term.xreplace(placeholders) for term in Add.make_args(expanded)]


def pull_constant_factors(term: Basic, variable: Basic) -> tuple[Basic, list[Basic]]:
    """Σ_v c·f_v = c·Σ_v f_v when c does not depend on v: the product ``c`` and the factors that depend on v.

    Always valid. Dependence is tested on the whole factor tree (inner sums, derivative variables, indices).
    """
    constant: list[Basic] = []
    varying: list[Basic] = []
    for factor in Mul.make_args(term):
        (varying if factor.has(variable) else constant).append(factor)
    return Mul(*constant), varying


def constant_sum(constant: Basic, upper: Basic) -> Basic:
    """Σ_{v=1}^{n} c = n·c when c does not depend on v. Valid for every n ≥ 0 (and for any other length)."""
    return constant * upper


def collapse_delta(
    factors: list[Basic], variable: Basic, ranged: dict[Basic, Basic], upper: Basic, least: int = 1
) -> Basic | None:
    """Σ_{v=1}^{n} δ_{v,a} f(v) = f(a), valid when 1 ≤ a ≤ n.

    ``a`` must be a number 1..``least`` (the least n the claim is about: 1, or the largest entry it writes, when
    the sum runs up to n), a free index of the claim or the index of an enclosing sum, ranging over the same 1..n as v
    (``ranged`` maps each to the length it runs up to: an index of the examples, 1..N, is not one of 1..n);
    a delta δ_{v,a+1} or δ_{v,2a} is left alone (its partner may fall outside 1..n). This is what
    ``deltasummation(..., no_piecewise=True)`` does, with the range condition checked rather than assumed,
    and without ``summation`` being applied to the delta-free terms. δ^p = δ for p ≥ 1 is used on the way.
    Returns f(a), or None if no factor is such a delta.
    """
    for position, factor in enumerate(factors):
        base, power = factor.as_base_exp()
        if not isinstance(base, KroneckerDelta) or len(base.args) != 2 or variable not in base.args:
            continue
        if not (isinstance(power, Integer) and power >= 1):
            continue
        partner = base.args[1] if base.args[0] == variable else base.args[0]
        number = isinstance(partner, Integer) and 1 <= partner <= least  # 1 (every length is ≥ 1), or up to n's least
        if partner == variable or (ranged.get(partner) != upper and not number):
            continue  # the partner must lie in the sum's range: an index of that range, or such a number
        rest = Mul(*factors[:position], *factors[position + 1 :])
        collapsed = substitute_index(rest, variable, partner)
        if collapsed is not None:
            return collapsed
    return None


def canonical_sum(body: Basic, variable: Basic, limit: tuple[Basic, Basic]) -> Sum:
    """Σ_v f(v) = Σ_b f(b) with b the canonical name for the body's nesting height (α-renaming).

    Always valid: b is used only as a bound index, and inner sums use the names of lower heights, so
    nothing is captured. Two sums that differ only in the name of their index become identical.
    """
    name = canonical_index(sum_height(body))
    if name != variable and body.has(name):
        return Sum(body, (variable, *limit))  # never expected: renaming could capture, so keep the name
    return Sum(body.xreplace({variable: name}), (name, *limit))


def normalize_sums(expr: Basic, ctx: IndexContext) -> Basic:
    """Bring every sum to a normal form, innermost first: linearity (``split_terms``), constants out
    (``pull_constant_factors``, ``constant_sum``), deltas summed (``collapse_delta``) and canonical bound
    names (``canonical_sum``). Sums over other ranges than 1..n are only renamed.
    """
    return _normal(expr, ctx, {index: ctx.upper_of(index) for index in ctx.indices})


def _normal(expr: Basic, ctx: IndexContext, ranged: dict[Basic, Basic]) -> Basic:
    if isinstance(expr, Sum):
        return _normal_sum(expr, ctx, ranged)
    if not expr.args or isinstance(expr, Indexed):
        return expr
    return expr.func(*(_normal(arg, ctx, ranged) for arg in expr.args))


def _normal_sum(node: Sum, ctx: IndexContext, ranged: dict[Basic, Basic]) -> Basic:
    body, (old, lower, upper) = outer_limit(node)
    variable = _fresh(old)
    body = substitute_index(body, old, variable)
    if body is None:
        return node
    if not full_range((variable, lower, upper), ctx):
        return canonical_sum(_normal(body, ctx, ranged), variable, (lower, upper))
    inner = {**ranged, variable: upper}
    body = _normal(body, ctx, inner)
    total: list[Basic] = []
    terms = split_terms(body, ctx)
    if len(terms) > 1:
        ctx.fired.add("linearity of sums")
    for term in terms:
        constant, varying = pull_constant_factors(term, variable)
        if not varying:
            total.append(constant_sum(constant, upper))
            ctx.fired.add("constant sums")
            continue
        collapsed = collapse_delta(varying, variable, ranged, upper, ctx.least if upper == ctx.n else 1)
        if collapsed is not None:
            total.append(constant * _normal(collapsed, ctx, ranged))
            ctx.fired.add("Kronecker-delta sums")
            continue
        if constant != 1:
            ctx.fired.add("linearity of sums")
        total.append(constant * canonical_sum(Mul(*varying), variable, (lower, upper)))
    return Add(*total)
