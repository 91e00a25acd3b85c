"""Bound indices named apart for printing: a sum's dummy index never shares its name with a free index.

SymPy makes a fresh ``Dummy`` for an index that a substitution binds; it prints as ``_j`` (plain) or as ``j``
(LaTeX), where the reader cannot tell it from a free j of the same expression. ``bound_names`` gives each dummy
its own name when no symbol in sight has it, else a spare one; sums side by side may reuse a name. The printers
print a dummy by that name: nothing is rewritten.
"""

from __future__ import annotations

from sympy import Basic, Dummy, Sum, Symbol

from derive.check.exact import any_part
from derive.model.notation import SumExcept

#: Names tried, in order, for a bound index whose own name is taken.
SPARE = ("p", "q", "r", "l", "m", "u", "v")


def _names(expr: Basic) -> set[str]:
    return {str(a.name) for a in expr.atoms(Symbol) if not isinstance(a, Dummy)}


def _bound_here(expr: Basic) -> list[Dummy]:
    if isinstance(expr, Sum):
        return [v for v in expr.variables if isinstance(v, Dummy)]
    if isinstance(expr, SumExcept) and isinstance(expr.variable, Dummy):
        return [expr.variable]
    return []


def _choose(expr: Basic, taken: frozenset[str], names: dict[Basic, str]) -> None:
    """Name the dummies bound at ``expr`` and below it (into ``names``), avoiding ``taken``."""
    if not expr.args:
        return
    dummies = _bound_here(expr)
    if dummies:
        seen = set(taken) | _names(expr)
        for dummy in dummies:
            candidates = (dummy.name, *SPARE, *(f"{dummy.name}{at}" for at in range(2, 100)))
            name = next(c for c in candidates if c not in seen)
            seen.add(name)
            names[dummy] = name
        taken = taken | {names[d] for d in dummies}
    for arg in expr.args:
        _choose(arg, taken, names)


def bound_names(expr: Basic) -> dict[Basic, str]:
    """The name to print for each dummy index bound by a sum in ``expr``: its own unless a free symbol of ``expr``
    or an index bound around it has that name, else the first spare name free there."""
    names: dict[Basic, str] = {}
    # each distinct part looked at once: SymPy's ``has`` walks each of a matrix's n² entries on its own
    if isinstance(expr, Basic) and any_part(expr, lambda node: isinstance(node, Dummy)):
        _choose(expr, frozenset(_names(expr)), names)
    return names


__all__ = ["bound_names"]
