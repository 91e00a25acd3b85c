"""The derivative of cases on values, where it has one: inside each row's region, never where rows meet.

SymPy differentiates a Piecewise row by row and keeps each row's condition, boundary included: the derivative of
``1 & x > 0 \\\\ 5 & x \\le 0`` would be 0 at x = 0, where the cases jump and have no derivative. Here each row's
condition is replaced by the interior of where that row is in force (``x \\le 0`` by ``x < 0``, ``otherwise`` by
what no earlier row's closure covers), with no row at the boundaries, before differentiating: the derivative has
no value there, and a claim about it is checked off the boundaries, the report saying so
(``derive.read.value_domains``). Conditions it cannot take apart have no interior here (no value is claimed).
"""

from __future__ import annotations

from sympy import (
    And,
    Basic,
    Equality,
    Expr,
    GreaterThan,
    LessThan,
    Not,
    Or,
    Piecewise,
    S,
    StrictGreaterThan,
    StrictLessThan,
    Unequality,
)

from derive.errors import InputError


def _interior(condition: Basic) -> Basic:
    """Where ``condition`` holds with a neighbourhood: strict inequalities; a non-strict one made strict."""
    if condition is S.true or isinstance(condition, (StrictLessThan, StrictGreaterThan, Unequality)):
        return condition
    if isinstance(condition, LessThan):
        return StrictLessThan(condition.lhs, condition.rhs)
    if isinstance(condition, GreaterThan):
        return StrictGreaterThan(condition.lhs, condition.rhs)
    if isinstance(condition, (And, Or)):  # the union of interiors is inside the interior of a union: no more
        return condition.func(*(_interior(part) for part in condition.args))
    return S.false  # an equation, or what is not taken apart: no interior claimed


def _closure(condition: Basic) -> Basic:
    """A region that holds where ``condition`` holds and at its boundary (strict made non-strict)."""
    if isinstance(condition, StrictLessThan):
        return LessThan(condition.lhs, condition.rhs)
    if isinstance(condition, StrictGreaterThan):
        return GreaterThan(condition.lhs, condition.rhs)
    if isinstance(condition, (LessThan, GreaterThan, Equality)) or condition in (S.true, S.false):
        return condition
    if isinstance(condition, (And, Or)):  # ⊇ the closure of an intersection: its complement is smaller
        return condition.func(*(_closure(part) for part in condition.args))
    return S.true  # ≠, or what is not taken apart: covers everything, so no later row claims a value near it


def _opened(piece: Piecewise) -> Piecewise:
    """``piece`` with each row on the interior of where it is in force (no row at the boundaries)."""
    rows: list[tuple[Basic, Basic]] = []
    before: list[Basic] = []
    for value, condition in piece.args:
        outside = [Not(_closure(earlier)) for earlier in before]
        rows.append((value, And(_interior(condition), *outside)))
        before.append(condition)
    kept = [(value, where) for value, where in rows if where is not S.false]
    if not kept:  # ℓ_k given at y_k = 1 and y_k = 0 only: no interior, so no slope anywhere
        raise InputError(
            "a derivative of cases given only at values of their variable (y_k = 1, y_k = 0): they have no slope "
            "there, as a function of the variable"
        )
    return Piecewise(*kept)


def interiors(expr: Expr, variables: tuple[Basic, ...]) -> Expr:
    """``expr`` with each Piecewise whose conditions hold one of ``variables`` opened at its boundaries, so that
    its derivative by them has no value where its rows meet."""

    def holds(node: Basic) -> bool:
        return isinstance(node, Piecewise) and any(c.has(*variables) for _, c in node.args)

    return expr.replace(holds, _opened)
