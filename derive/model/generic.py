"""The one form of a generic function's derivative: σ'(v) as Subs(Derivative(σ(u), u), u, v), at its point v.

SymPy writes σ'(z_j) as Derivative(σ(z_j), z_j): a derivative by z_j, which breaks when z_j is then replaced by
its definition or by a number (there is no variable left to differentiate by). At a point it survives both, and
two derivatives at the same point compare equal whatever their bound variable is called (Subs compares them up
to its name), so the page's σ'(z_j) and SymPy's ∂σ(z_j)/∂z_j meet in one form.
"""

from __future__ import annotations

from sympy import Basic, Derivative, Dummy, Subs
from sympy.core.function import AppliedUndef


def at_points(expr: Basic) -> Basic:
    """``expr`` with every derivative of a generic function of one argument by that argument written at its point
    (see the module). Any other stays as it is: ∂σ(s_i)/∂z_i goes through s_i's definition, not σ'; so does
    ∂f(x, s_i)/∂x, where s_i may depend on x."""
    if not expr.has(AppliedUndef) or not expr.has(Derivative):
        return expr
    return _walk(expr)


def _walk(node: Basic) -> Basic:
    """``at_points`` below ``node``; a Subs keeps its own derivative (already at its point), its points walked."""
    if not node.args:
        return node
    if isinstance(node, Subs):
        points = [_walk(point) for point in node.point]
        return node if points == list(node.point) else Subs(node.expr, node.variables, points)
    args = [_walk(arg) for arg in node.args]
    rebuilt = node if args == list(node.args) else node.func(*args)
    if (
        isinstance(rebuilt, Derivative)
        and isinstance(rebuilt.expr, AppliedUndef)
        and len(rebuilt.expr.args) == 1  # f(x, s_i) by x: s_i may depend on x through its definition
        and [variable for variable, _ in rebuilt.variable_count] == list(rebuilt.expr.args)
    ):
        return _at_point(rebuilt)
    return rebuilt


def _at_point(derivative: Derivative) -> Basic:
    """Derivative(f(…v…), v) as Subs(Derivative(f(…u…), u), u, v), each variable by a fresh bound one."""
    inner = derivative.expr
    bound, points, counts = [], [], []
    for at, (variable, count) in enumerate(derivative.variable_count):
        fresh = Dummy(f"u{at}", real=True)
        inner = inner.xreplace({variable: fresh})
        bound.append(fresh)
        points.append(variable)
        counts.append((fresh, count))
    return Subs(Derivative(inner, *counts), bound, points)


#: The bound variables every derivative at a point is written with by ``bound_named_alike``.
_BOUND = tuple(Dummy(f"u{at}", real=True) for at in range(8))


def bound_named_alike(expr: Basic) -> Basic:
    """``expr`` with the bound variables of every derivative at a point renamed to the same fixed ones: Subs
    compares equal up to their names, but a rewrite that looks inside (replacing the inner derivative by a
    placeholder) would tell σ'(v) written with u apart from σ'(v) written with ξ. A Subs with another inside,
    or more variables than there are fixed names, is kept as it is (renaming could capture)."""

    rule = {}
    for node in expr.atoms(Subs):  # equal ones (up to names) are one key: each is written as the first
        if not node.expr.has(Subs) and len(node.variables) <= len(_BOUND):
            bound = _BOUND[: len(node.variables)]
            rule[node] = Subs(node.expr.xreplace(dict(zip(node.variables, bound, strict=True))), bound, node.point)
    return expr.xreplace(rule) if rule else expr


__all__ = ["at_points", "bound_named_alike"]
