"""Sums compared summand by summand: Σ_i A_i − Σ_i B_i is Σ_i (A_i − B_i), zero where the difference of the
summands is zero for every i. CS229's log-likelihood gradient needs it: its summands agree only once their
fractions are cleared, which the sums' normal forms, term by term, never do."""

from __future__ import annotations

from collections.abc import Callable

from sympy import Add, Basic, Dummy, Mul, Pow, Sum, count_ops, factor

#: Above this many operations a denominator is not factored (factoring can take long).
FACTOR_LIMIT = 80


def _terms(expr: Basic, depth: int = 0) -> list[Basic]:
    """The terms of ``expr``, a factor multiplied into a sum of terms outside any Σ (``(A − B)/m``)."""
    if isinstance(expr, Add) and depth < 8:
        return [term for arg in expr.args for term in _terms(arg, depth + 1)]
    added = [factor for factor in Mul.make_args(expr) if isinstance(factor, Add)]
    if len(added) == 1 and depth < 8:
        rest = Mul(*(factor for factor in Mul.make_args(expr) if factor is not added[0]))
        return [term for arg in added[0].args for term in _terms(rest * arg, depth + 1)]
    return [expr]


def summand_difference(difference: Basic) -> Basic | None:
    """The summand of ``difference`` written as one sum, when it is a sum of multiples of sums over one range,
    each multiple free of its sum's index; else None."""
    terms = _terms(difference)  # (Σ A − Σ B)/m: each sum a term
    if len(terms) < 2:
        return None
    common = Dummy("i", integer=True)
    limits: tuple[Basic, Basic] | None = None
    total = []
    for term in terms:
        sums = [factor for factor in Mul.make_args(term) if isinstance(factor, Sum)]
        if len(sums) != 1 or len(sums[0].limits) != 1:
            return None
        (node,) = sums
        variable, lower, upper = node.limits[0]
        rest = Mul(*(factor for factor in Mul.make_args(term) if factor is not node))
        if variable in rest.free_symbols or (limits is not None and limits != (lower, upper)):
            return None
        limits = (lower, upper)
        total.append(rest * node.function.xreplace({variable: common}))
    return Add(*total)


def _expanded_denominator(node: Basic) -> bool:
    return (
        isinstance(node, Pow)
        and bool(node.exp.is_negative)
        and isinstance(node.base, Add)
        and count_ops(node.base) <= FACTOR_LIMIT
    )


def _factored(power: Pow) -> Basic:
    """The power with its base factored, each sum in it held whole (factor would make e^{Σ} a product)."""
    held = {node: Dummy("s", real=True) if node.is_real else Dummy("s") for node in power.base.atoms(Sum)}
    base = factor(power.base.xreplace(held)).xreplace({dummy: node for node, dummy in held.items()})
    return Pow(base, power.exp)


def summand_by_summand(difference: Basic, decide: Callable[[Basic], str | None]) -> str | None:
    """How ``difference`` (sums over one range) is shown zero summand by summand with ``decide``, or None."""
    body = summand_difference(difference)
    if body is not None:  # the summands' denominators, expanded by the sums' normal forms, factored again
        powers = [node for node in body.atoms(Pow) if _expanded_denominator(node)]  # each once, not at each place
        body = body.xreplace({power: _factored(power) for power in powers})
    how = decide(body) if body is not None else None
    return f"{how}, summand by summand" if how is not None else None


__all__ = ["summand_by_summand", "summand_difference"]
