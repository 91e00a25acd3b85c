"""Where a name defined by cases on a label's value is defined: ``\\ell_k = -\\ln p_k`` if y_k = 1, ``-\\ln(1 - p_k)``
if y_k = 0.

Cases whose every row sets one variable (a scalar y, or an entry y_k of a vector) to a number, with no
``otherwise``, give the name a value only at those numbers: the definition says nothing of ℓ_k at y_k = 1/2. A
claim that uses the name is therefore a claim about those values only: the variable's set of values becomes an
assumption of the link, printed with it ("y_k ∈ {0, 1}, where ℓ_k is defined by its cases"), every point drawn
and every counterexample lies inside it, and the checker decides the cases there (``derive.check.label_values``).
For an entry, the set is every entry's (y_k for every k), as a loss summed over the examples needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Eq, Expr, FiniteSet, Indexed, Piecewise, S, Symbol
from sympy.sets import Contains

from derive.engine.step import Assumption
from derive.model.notation import Definition
from derive.read.names import Names, display_name


def label_values(piece: Piecewise) -> tuple[Expr, FiniteSet] | None:
    """The variable and its values when every row of ``piece`` sets one variable to a number (y_k = 1, y_k = 0)
    and no row is ``otherwise``; None for any other cases."""
    if piece.args[-1].cond is S.true:
        return None
    subject: Expr | None = None
    values = []
    for _, condition in piece.args:
        if not (isinstance(condition, Eq) and condition.rhs.is_number and condition.rhs.is_real):
            return None
        lhs = condition.lhs
        entry = isinstance(lhs, Indexed) and all(isinstance(i, Symbol) for i in lhs.indices)
        if not (isinstance(lhs, Symbol) or entry):
            return None
        if subject is not None and lhs != subject:
            return None
        subject = lhs
        values.append(condition.rhs)
    if subject is None:
        return None
    return subject, FiniteSet(*values)


def _shown(subject: Expr) -> str:
    if isinstance(subject, Indexed):
        return f"{display_name(str(subject.base.label))}_{''.join(map(str, subject.indices))}"
    return display_name(str(subject))


def label_domain(piece: Piecewise, where: str) -> Assumption | None:
    """The assumption that the variable of ``piece``'s cases takes one of their values, ``where`` saying whose
    cases they are; None for other cases."""
    found = label_values(piece)
    if found is None:
        return None
    subject, values = found
    shown = ", ".join(str(v) for v in values.args)
    return Assumption(
        "domain",
        f"{_shown(subject)} ∈ {{{shown}}} ({where})",
        Contains(subject, values, evaluate=False),
    )


def label_domains(expr: Basic, names: Names) -> tuple[Assumption, ...]:
    """The values the cases of the definitions ``expr`` uses leave their labels (y_k ∈ {0, 1} for ℓ_k)."""
    defined = names.defined
    if defined is None or not any(d.body.has(Piecewise) for d in defined.definitions):
        return ()
    found: list[Assumption] = []
    used = _uses(expr, defined.definitions)
    for definition in defined.definitions:
        if definition.head not in used:
            continue
        for piece in sorted(definition.body.atoms(Piecewise), key=str):
            assumption = label_domain(piece, f"where {_shown(definition.head)} is defined by its cases")
            if assumption is not None:
                found.append(assumption)
    return tuple(dict.fromkeys(found))


def _uses(expr: Basic, definitions: Sequence[Definition]) -> set[Basic]:
    """The heads of the definitions ``expr`` uses, directly or through other definitions."""
    heads: set[Basic] = set()
    todo = [expr]
    while todo:
        node = todo.pop()
        for definition in definitions:
            if definition.head in heads:
                continue
            if definition.name in node.atoms(Symbol) or any(
                isinstance(e, Indexed) and e.base == definition.name for e in node.atoms(Indexed)
            ):
                heads.add(definition.head)
                todo.append(definition.body)
    return heads
