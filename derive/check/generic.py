"""Concrete functions put in place of generic ones (σ, f, g that the page never defines), for the numeric check.

A claim about an arbitrary function holds for every function; one concrete function where its two sides differ
refutes it, and the counterexample names that function (σ(t) = sin(t)) beside the values. Agreement at such
points is evidence only: a proof is symbolic, with the function left undefined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sympy import Basic, Derivative, Dummy, Expr, S, Subs, Symbol, cos, exp, sin
from sympy.core.function import AppliedUndef, UndefinedFunction

from derive.check.exact import any_part
from derive.model.generic import at_points
from derive.model.vector_functions import OfVector, PartialOf

#: The variable the stand-ins are written in (σ(t) = sin(t)).
T = Symbol("t", real=True)
#: Smooth real functions on every real number, each unlike the others (no one is another's derivative).
STAND_INS: tuple[Callable[[Expr], Expr], ...] = (
    sin,
    exp,
    lambda t: t**3 - 2 * t,
    lambda t: cos(2 * t) + t,
)

#: Positive ones, for a function an assumption makes positive (g(x) > 0); negated for a negative one.
POSITIVE: tuple[Callable[[Expr], Expr], ...] = (
    exp,
    lambda t: t**2 + 1,
    lambda t: sin(t) + 2,
    lambda t: exp(-t) + t**2,
)


def has_generic(exprs: Sequence[Basic]) -> bool:
    """Whether a generic function occurs in any of ``exprs``."""
    return any(any_part(expr, lambda node: isinstance(node, (AppliedUndef, OfVector, PartialOf))) for expr in exprs)


def generic_functions(exprs: Sequence[Basic]) -> list[tuple[UndefinedFunction, int]]:
    """The generic functions in ``exprs`` with the most arguments each takes there, by name (a fixed order, so
    that a seed picks the same stand-ins)."""
    return functions_in(node for expr in exprs for node in expr.atoms(AppliedUndef))


def functions_in(applied: Iterable[Basic]) -> list[tuple[UndefinedFunction, int]]:
    """``generic_functions`` of the applied generic functions f(x), g(x, y) found in some expressions."""
    found: dict[UndefinedFunction, int] = {}
    for node in applied:
        found[node.func] = max(found.get(node.func, 0), len(node.args))
    return sorted(found.items(), key=lambda item: str(item[0]))


#: A generic function and the stand-in it is given: its position in ``STAND_INS``, and how many arguments it takes.
Chosen = dict[UndefinedFunction, tuple[int, int]]


def stand_ins(functions: Sequence[tuple[UndefinedFunction, int]], attempt: int) -> Chosen:
    """The concrete function each generic one stands for at the ``attempt``-th point: different ones for
    different functions, turning through ``STAND_INS`` from point to point."""
    return {f: ((attempt + at) % len(STAND_INS), arity) for at, (f, arity) in enumerate(functions)}


def _value(chosen: Chosen, node: AppliedUndef) -> Expr:
    """The stand-in at ``node``'s arguments: of one, sin(x); of several, of their weighted sum, sin(x + 2y), so
    that f(x, y) and f(y, x) differ."""
    combined = sum(((at + 1) * argument for at, argument in enumerate(node.args)), start=S.Zero)
    position = chosen[node.func][0]
    if node.is_nonnegative is True:  # g(x) > 0 or ≥ 0 for every x (its assumptions): so is its stand-in
        return POSITIVE[position % len(POSITIVE)](combined)
    if node.is_nonpositive is True:
        return -POSITIVE[position % len(POSITIVE)](combined)
    return STAND_INS[position](combined)


def put_in(expr: Basic, chosen: Chosen) -> Basic:
    """``expr`` with each generic function replaced by its stand-in, and the derivatives of it worked out."""
    if not chosen:
        return expr
    expr = expr.replace(  # d f(g(x)) / d g(x): by a point, before g(x) becomes e^x (no variable to differentiate by)
        lambda node: isinstance(node, Derivative) and any(not v.is_Symbol for v, _ in node.variable_count),
        _by_points,
    )
    replaced = expr.replace(
        lambda node: isinstance(node, AppliedUndef) and node.func in chosen,
        lambda node: _value(chosen, node),
    )
    return replaced.replace(lambda node: isinstance(node, (Derivative, Subs)), lambda node: node.doit())


def differentiated(derivative: Derivative) -> Basic:
    """A derivative evaluated by SymPy's rules, its sums left as sums. SymPy's ``doit`` evaluates a result that
    still holds a derivative once more, sums too: ∂/∂z_k Σ_j σ(z_j) would become a Piecewise on 1 ≤ k ≤ n, which
    the index rewrites cannot use; with a generic function it stays Σ_j δ_jk σ'(z_j)."""
    if not has_generic([derivative.expr]):
        return derivative.doit(deep=False)
    expr = derivative.expr
    if isinstance(expr, AppliedUndef) and all(v in expr.args for v, _ in derivative.variable_count):
        if all(isinstance(v, Dummy) for v, _ in derivative.variable_count):
            return derivative  # σ'(u) itself, as a Subs holds it at its point: nothing to evaluate
        return at_points(derivative)  # σ'(z_j) of a definition written down (a_j = σ(z_j)): at its point
    return at_points(Derivative(expr, *derivative.variable_count, evaluate=True))


def _by_points(derivative: Derivative) -> Basic:
    """A derivative by expressions (g(x), z_j) written as one by fresh symbols, taken at those expressions."""
    inner, points = derivative.expr, []
    counts = []
    for at, (variable, count) in enumerate(derivative.variable_count):
        fresh = Dummy(f"u{at}", real=True)
        inner = inner.subs(variable, fresh)
        points.append((fresh, variable))
        counts.append((fresh, count))
    return Subs(Derivative(inner, *counts), [p for p, _ in points], [v for _, v in points])


def named(chosen: Chosen) -> tuple[tuple[Basic, Basic], ...]:
    """The stand-ins as a counterexample lists them: (σ(t), sin(t)), (f(t_1, t_2), sin(t_1 + 2 t_2))."""
    pairs = []
    for f, (_, arity) in chosen.items():
        variables = [T] if arity == 1 else [Symbol(f"t_{m}", real=True) for m in range(1, arity + 1)]
        pairs.append((f(*variables), _value(chosen, f(*variables))))
    return tuple(pairs)


__all__ = ["generic_functions", "has_generic", "named", "put_in", "stand_ins"]
