"""Cases on a label's value decided where the claim's domains put the label: y_k ∈ {0, 1} stated.

A case ``-ln p_k if y_k = 1, -ln(1 - p_k) if y_k = 0`` is a function of y_k given at its values only. Where the
claim's domains say y_k takes one of a few values (for every k), the cases are the polynomial in y_k that takes
each row's value at its number, y_k (−ln p_k) + (1 − y_k)(−ln(1 − p_k)): equal to the cases at every point the
domain allows, and a sum over k of it can be proven for every n. A case that has no value at one of the domain's
numbers (a row missing) is left as it is: the claim is then not proven through it.
"""

from __future__ import annotations

import dataclasses

from sympy import Basic, Derivative, Eq, Expr, FiniteSet, Indexed, Mul, Piecewise, S, Subs, Symbol, nan
from sympy.sets import Contains

from derive.check.claim import Claim

#: The most values a label may take to be written as a polynomial (each value is a term).
MAX_VALUES = 4


def _label_sets(claim: Claim) -> dict[Basic, FiniteSet]:
    """The finite sets the claim's domains give a scalar (keyed by it) or every entry of a vector (by its base)."""
    sets: dict[Basic, FiniteSet] = {}
    for domain in claim.domains:
        relation = domain.relation
        if not isinstance(relation, Contains) or not isinstance(relation.args[1], FiniteSet):
            continue
        subject, where = relation.args
        if not 1 < len(where.args) <= MAX_VALUES or not all(v.is_number and v.is_real for v in where.args):
            continue
        if isinstance(subject, Symbol):
            key: Basic = subject
        elif isinstance(subject, Indexed) and len(subject.indices) == 1 and isinstance(subject.indices[0], Symbol):
            key = subject.base  # y_k ∈ {0, 1}, k a free index: every entry
        else:
            continue
        if key in sets and sets[key] != where:
            sets[key] = FiniteSet(*(v for v in sets[key].args if v in where.args))
        else:
            sets[key] = where
    return sets


def _variable(piece: Piecewise, sets: dict[Basic, FiniteSet]) -> tuple[Expr, FiniteSet] | None:
    """The one label every row of ``piece`` compares with a number, and the values the domains give it."""
    found: set[Expr] = set()
    for _, condition in piece.args:
        if condition is S.true:
            continue
        if not isinstance(condition, Eq) or not condition.rhs.is_number:
            return None
        found.add(condition.lhs)
    if len(found) != 1:
        return None
    (subject,) = found
    key = subject.base if isinstance(subject, Indexed) and len(subject.indices) == 1 else subject
    if key not in sets:
        return None
    return subject, sets[key]


def _polynomial(piece: Piecewise, sets: dict[Basic, FiniteSet]) -> Expr:
    """``piece`` as the polynomial in its label that takes each row's value at the label's values, or as it is."""
    found = _variable(piece, sets)
    if found is None or len(found[1].args) < 2:
        return piece
    subject, values = found
    total: Expr = S.Zero
    for value in values.args:
        at = piece.xreplace({subject: value})
        if at is nan or at.has(Piecewise, nan):
            return piece  # no row holds at this value: the cases have no value there
        basis = Mul(*((subject - other) / (value - other) for other in values.args if other != value))
        total += at * basis
    return total


def _differentiates_by(expr: Basic, sets: dict[Basic, FiniteSet]) -> bool:
    """Whether ``expr`` differentiates by a label the domains give a few values (by y, or by an entry of y)."""
    for node in expr.atoms(Derivative, Subs):
        for variable in node.variables:
            if variable in sets or (isinstance(variable, Indexed) and variable.base in sets):
                return True
    return False


def at_label_values(claim: Claim) -> Claim:
    """The claim with every case on a label the domains give a few values written as its polynomial there."""
    sets = _label_sets(claim)
    if not sets:
        return claim
    parts = (claim.lhs, claim.rhs, *(d.body for d in claim.definitions))
    if not any(part.has(Piecewise) for part in parts):
        return claim
    if any(_differentiates_by(part, sets) for part in parts):
        return claim  # ∂ℓ_k/∂y_k: the cases have no slope on {0, 1}; the polynomial's would be made up

    def written(expr: Expr) -> Expr:
        return expr.replace(lambda node: isinstance(node, Piecewise), lambda node: _polynomial(node, sets))

    return dataclasses.replace(
        claim,
        lhs=written(claim.lhs),
        rhs=written(claim.rhs),
        definitions=tuple(dataclasses.replace(d, body=written(d.body)) for d in claim.definitions),
    )
