"""A proof under a condition on values the page states of an expression: "When $z > 0$:" with z = wx + b.

A variable the condition holds to the first degree, with a number for its coefficient, is written through a new
variable of the condition's sign: b = t − wx with t > 0. That map is one to one from the points (t, w, x) with
t > 0 onto the points (b, w, x) where wx + b > 0, so the claim with it put in, proven for every t > 0 and every
w and x, is the claim proven wherever the condition holds. The sides are grounded first (every derivative
taken), so no variable of a derivative is replaced; a variable with a domain of its own, or that two conditions
share, is never chosen (the map would no longer reach every point the conditions allow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sympy import (
    And,
    Basic,
    Derivative,
    Dummy,
    Eq,
    Expr,
    GreaterThan,
    Indexed,
    LessThan,
    Ne,
    Reals,
    S,
    StrictGreaterThan,
    StrictLessThan,
    Subs,
    Symbol,
)

from derive.check.claim import Claim
from derive.check.domains import domains_of
from derive.check.prove import CONDITIONED, prove_equal
from derive.check.words import words

#: The sign of the new variable for each relation D ⋈ 0 (``None``: D = 0, the variable's value is fixed).
_SIGNS: dict[type, dict[str, bool] | None] = {
    StrictGreaterThan: {"positive": True},
    GreaterThan: {"nonnegative": True},
    StrictLessThan: {"negative": True},
    LessThan: {"nonpositive": True},
    Eq: None,
}
_SHOWN = {StrictGreaterThan: "> 0", GreaterThan: "≥ 0", StrictLessThan: "< 0", LessThan: "≤ 0", Eq: "= 0"}


def _relations(conditions: Sequence[Basic]) -> list[Basic]:
    """Each relation of ``conditions``, an And taken apart (0 < x < 1 is two)."""
    found: list[Basic] = []
    for condition in conditions:
        found += list(condition.args) if isinstance(condition, And) else [condition]
    return found


def _variables(expr: Basic) -> set[Basic]:
    """The variables of ``expr``: its symbols and its entries at numbers."""
    entries = {e for e in expr.atoms(Indexed) if all(i.is_Integer for i in e.indices)}
    labels = {e.base.label for e in expr.atoms(Indexed)}
    return entries | {s for s in expr.free_symbols if isinstance(s, Symbol) and s not in labels}


def substitution(
    sides: Sequence[Basic], conditions: Sequence[Basic], restricted: Callable[[Basic], bool]
) -> tuple[dict[Basic, Basic], str] | None:
    """Variables of the conditions, each written through a new one of its condition's sign, and the words that say
    so; None when no condition has such a variable. A condition left out (b ≠ 0, or one whose variables another
    used condition holds) only widens the points the proof covers. ``restricted``: whether a variable has a domain
    of its own (it is never chosen)."""
    fixed = set().union(*(d.variables for side in sides for d in side.atoms(Derivative)))
    fixed |= set().union(*(s.variables for side in sides for s in side.atoms(Subs)))
    put: dict[Basic, Basic] = {}
    words: list[str] = []
    used: set[Basic] = set()  # the variables of the conditions used so far
    relations = _relations(conditions)
    apart = [(r.lhs - r.rhs).expand() for r in relations if isinstance(r, Ne)]  # D ≠ 0 beside D ≥ 0: D > 0
    for relation in relations:
        if type(relation) not in _SIGNS:
            continue
        kind = type(relation)
        flipped = kind in (StrictLessThan, LessThan)  # 0 < wx + b is wx + b > 0
        kind = {StrictLessThan: StrictGreaterThan, LessThan: GreaterThan}.get(kind, kind)
        difference = ((relation.rhs - relation.lhs) if flipped else (relation.lhs - relation.rhs)).expand()
        if kind is GreaterThan and any((difference - d).expand() == 0 or (difference + d).expand() == 0 for d in apart):
            kind = StrictGreaterThan
        variables = _variables(difference)
        if variables & set(put):
            continue
        chosen = _chosen(difference, used | fixed, restricted)
        if chosen is None:
            continue
        variable, coefficient = chosen
        sign = _SIGNS[kind]
        new: Expr = S.Zero if sign is None else Dummy("t", real=True, **sign)
        rest = difference - coefficient * variable
        put[variable] = (new - rest) / coefficient
        used |= variables
        words.append(_shown(variable, put[variable], new, _SHOWN[kind], sides))
    return (put, "; ".join(words)) if put else None


def _shown(variable: Basic, value: Basic, new: Expr, sign: str, sides: Sequence[Basic]) -> str:
    """ "b = t − w x with t > 0": the substitution in the checker's words, the new variable named apart."""
    taken = {str(s) for side in sides for s in side.free_symbols}
    name = next(n for n in ("t", "u", "v", "t_0", "t_1", "t_2") if n not in taken)
    if sign == "= 0":
        return f"{words(variable)} = {words(value)}"
    shown = words(value.xreplace({new: Symbol(name)}))
    if len(shown) > 60:  # Y = −t + H_2 W_11 W_14 + …: the variable and the sign say what was done
        return f"{words(variable)} written through {name} {sign}, the condition's expression"
    return f"{words(variable)} = {shown} with {name} {sign}"


def _chosen(difference: Expr, excluded: set[Basic], restricted: Callable[[Basic], bool]) -> tuple[Basic, Expr] | None:
    """A variable ``difference`` holds to the first degree with a nonzero number for its coefficient, not among
    ``excluded`` (a derivative's variable, or one a condition already used holds) and free of a domain of its own,
    with that coefficient; None if none."""
    for variable in sorted(_variables(difference), key=str):
        if variable in excluded or restricted(variable):
            continue
        coefficient = difference.diff(variable)
        if coefficient.is_number and coefficient.is_nonzero and coefficient.is_real:
            return variable, coefficient
    return None


def under_conditions(
    sides: tuple[Basic, Basic],
    conditions: Sequence[Basic],
    restricted: Callable[[Basic], bool],
    prove: Callable[[Basic, Basic], str | None],
) -> str | None:
    """How ``prove`` shows the grounded ``sides`` equal wherever ``conditions`` hold, or None."""
    found = substitution(sides, conditions, restricted)
    if found is None:
        return None
    put, words = found
    method = prove(*(side.xreplace(put) for side in sides))
    return None if method is None else f"{method}, {CONDITIONED} ({words})"


def prove_under_conditions(claim: Claim, assignment: dict[Basic, Basic], sides: tuple[Basic, Basic]) -> str | None:
    """A proof of the grounded ``sides`` (at the index values ``assignment``) where ``claim``'s conditions on
    values hold, or None. A variable with a domain of its own, or an entry of a vector a constraint ties to the
    others (Σ y = 1), is never written through a new one."""
    stated = domains_of(claim.domains)
    if not stated.conditions:
        return None
    conditions = [condition.xreplace(assignment) for condition in stated.conditions]
    tied = {c.vector for c in claim.constraints if c.vector is not None}

    def restricted(variable: Basic) -> bool:
        tied_entry = isinstance(variable, Indexed) and variable.base in tied
        return tied_entry or bool(stated.stated(variable)) or stated.of(variable) != Reals

    return under_conditions(sides, conditions, restricted, prove_equal)


__all__ = ["prove_under_conditions", "substitution", "under_conditions"]
