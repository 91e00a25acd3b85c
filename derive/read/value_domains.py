"""Where a chain's sides are defined, and the condition on values a chain is stated under.

A side may have no value somewhere: cases on values that leave a point out (``1 & x > 0 \\\\ 0 & x < 0``), the
derivative of max(0, x) at 0. Such a link is checked where both sides are defined, and the report says so: the
region becomes an assumption of the link ("x ≠ 0, where both sides are defined"), every point drawn lies in it,
and the sides are closed there (the last branch stands for the rest, which the assumption leaves out).

A chain stated under a condition on values ("When $y w^\\top x < 1$,") has it as an assumption; a max, a min or
a case that the condition decides (max(0, 1 − y wᵀx) is 1 − y wᵀx there) is written as it is there.
"""

from __future__ import annotations

from sympy import (
    And,
    Basic,
    Complement,
    Derivative,
    Dummy,
    Expr,
    FiniteSet,
    GreaterThan,
    Indexed,
    Interval,
    LessThan,
    Ne,
    Or,
    Piecewise,
    Reals,
    S,
    Set,
    StrictGreaterThan,
    StrictLessThan,
    Sum,
    Symbol,
    cancel,
    factor_terms,
)
from sympy.core.relational import Relational
from sympy.sets import Contains

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.notation import SumExcept, expand_definitions, rename_bound_apart
from derive.read.absolute import Absolute, entry_sums
from derive.read.case_interiors import interiors
from derive.read.extrema import Largest, Maximum
from derive.read.label_cases import label_domain
from derive.read.names import Names


def _open(piece: Piecewise) -> bool:
    return piece.args[-1].cond is not S.true


def where_defined(expr: Expr, names: Names, line: int) -> tuple[Expr, tuple[Assumption, ...]]:
    """``expr`` closed where it has no value, and the assumption that keeps the claim where it has one."""
    found: list[Assumption] = []
    expr = through_extrema(expr, names, line)
    for piece in sorted((p for p in expr.atoms(Piecewise) if _open(p)), key=str):
        label = label_domain(piece, "where the cases are defined")
        if label is not None:  # y_k = 1, y_k = 0: defined at those values (derive.read.label_cases)
            found.append(label)
            continue
        cover = Or(*(cond for _, cond in piece.args))
        symbols = cover.free_symbols
        entry = isinstance(cover, Ne) and len(piece.args) == 1  # |y_i − ŷ_i|'s slope: no value where ŷ_i = y_i
        if (symbols & set(names.indices.values()) and not entry) or not symbols <= expr.free_symbols:
            raise InputError(
                f"line {line}: a value undefined at a tie inside a sum or at an index (the derivative of a max over "
                "entries is an indicator of the largest, which derive does not take)"
            )
        if len(cover.atoms(Relational)) > 2:  # cases of three rows (x > 0, x = 0, x < 0), or d/dx max(a, b, c)
            raise InputError(
                f"line {line}: a value defined only where more than two conditions hold (cases of three rows or "
                "more, or a derivative of the largest of more than two values): derive reads two, write it as two"
            )
        found.append(_region(cover, symbols))
    closed = expr.replace(
        lambda node: isinstance(node, Piecewise) and _open(node),
        lambda node: Piecewise(*node.args[:-1], (node.args[-1].expr, True)),
    )
    return closed, tuple(dict.fromkeys(found))


def _region(cover: Basic, symbols: set[Basic]) -> Assumption:
    """The assumption that a point lies where ``cover`` holds."""
    where = " (where both sides are defined)"
    if len(symbols) == 1:
        (x,) = symbols
        try:
            inside = cover.as_set() if isinstance(x, Symbol) else None
        except (NotImplementedError, TypeError, ValueError):
            inside = None
        if inside is not None:
            gap = Complement(Reals, inside)
            shown = f"{x} ≠ {', '.join(map(str, gap.args))}" if isinstance(gap, FiniteSet) else f"{x} ∈ {inside}"
            return Assumption("domain", shown + where, Contains(x, inside, evaluate=False))
    if isinstance(cover, Ne):
        return Assumption("domain", f"{_shown(cover.lhs - cover.rhs)} ≠ 0{where}", cover)
    if isinstance(cover, Or) and len(cover.args) == 2:
        a, b = cover.args
        if isinstance(a, Relational) and isinstance(b, Relational):
            u, v = a.lhs - a.rhs, b.lhs - b.rhs
            if {type(a), type(b)} == {StrictGreaterThan, StrictLessThan} and cancel(u - v) == 0:
                return Assumption("domain", f"{_shown(u)} ≠ 0{where}", Ne(u, 0))
    return Assumption("domain", f"{_shown(cover)}{where}", cover)


def _shown(expr: Basic) -> str:
    """``expr`` written for the report: y Σ_t (w_t x_t) − 1, not Sum(y*w[_t]*x[_t], (_t, 1, n)) − 1."""

    def written(node: Sum) -> Basic:
        variable = node.limits[0][0]
        name = str(variable).lstrip("_")
        return Symbol(f"Σ_{name} ({_shown(node.function.xreplace({variable: Symbol(name)}))})")

    expr = _canonical(expr) if isinstance(expr, Expr) else expr
    expr = expr.replace(lambda node: isinstance(node, Sum) and len(node.limits) == 1, written)
    expr = expr.replace(
        lambda node: isinstance(node, Indexed),
        lambda node: Symbol(f"{node.base.label}_{''.join(map(str, node.indices))}"),
    )
    return str(expr).replace("**", "^").replace("*", " ")


def off_gaps(expr: Expr, gaps: tuple[Assumption, ...]) -> Expr:
    """``expr`` under the link's gaps u ≠ 0: u ≤ 0 is u < 0 there and u ≥ 0 is u > 0, so that rows which agree off
    the boundary (``|a| \\le \\delta`` beside the derivative's ``|a| < \\delta``) are written alike."""
    gone = [gap.relation.lhs - gap.relation.rhs for gap in gaps if isinstance(gap.relation, Ne)]
    for gap in gaps:
        if isinstance(gap.relation, Contains) and isinstance(gap.relation.args[1], Set):
            missing = Complement(Reals, gap.relation.args[1])  # x ≠ 0: x ∈ ℝ \ {0}
            if isinstance(missing, FiniteSet) and len(missing) == 1:
                gone.append(gap.relation.args[0] - missing.args[0])
    if not gone or not expr.has(LessThan, GreaterThan):
        return expr

    def strict(relation: Relational) -> Relational:
        w = relation.lhs - relation.rhs
        if not any(cancel(w - u) == 0 or cancel(w + u) == 0 for u in gone):
            return relation
        return (StrictLessThan if isinstance(relation, LessThan) else StrictGreaterThan)(relation.lhs, relation.rhs)

    return expr.replace(lambda node: isinstance(node, (LessThan, GreaterThan)), strict)


def positive_parts(assumptions: tuple[Assumption, ...]) -> list[Expr]:
    """What the stated conditions make strictly positive: b − a for a < b, x − lo and hi − x for x in (lo, hi)."""
    found: list[Expr] = []
    relations = [assumption.relation for assumption in assumptions]
    relations = [
        part for relation in relations for part in (relation.args if isinstance(relation, And) else (relation,))
    ]
    for relation in relations:
        if isinstance(relation, StrictLessThan):
            found.append(relation.rhs - relation.lhs)
        elif isinstance(relation, StrictGreaterThan):
            found.append(relation.lhs - relation.rhs)
        elif isinstance(relation, Contains) and isinstance(relation.args[1], Interval):
            x, interval = relation.args
            if interval.start.is_finite and interval.left_open:
                found.append(x - interval.start)
            if interval.end.is_finite and interval.right_open:
                found.append(interval.end - x)
    return found


#: The bound variable every sum is written with when two expressions are compared (each reading binds its own).
_BOUND = Dummy("t", integer=True)


def _canonical(expr: Expr) -> Expr:
    """``expr`` with the factors of each sum's summand that do not depend on its variable taken out, and every
    sum's variable the same, so that y Σ_t w_t x_t and Σ_s y w_s x_s compare equal."""

    def one(node: Sum) -> Expr:
        if len(node.limits) != 1:
            return node
        variable, low, high = node.limits[0]
        summand = node.function.xreplace({variable: _BOUND})
        outside, inside = factor_terms(summand).as_independent(_BOUND, as_Add=False)
        return outside * Sum(inside, (_BOUND, low, high))

    return expr.replace(lambda node: isinstance(node, Sum), one)


def _sign(u: Expr, positive: list[Expr]) -> int:
    """+1 or −1 when a stated condition decides the sign of ``u`` (u a positive multiple of ± one of ``positive``),
    else 0."""
    u = _canonical(u)
    for part in positive:
        ratio = cancel(u / _canonical(part))
        if ratio.is_number and ratio.is_positive:
            return 1
        if ratio.is_number and ratio.is_negative:
            return -1
    return 0


def through_extrema(expr: Expr, names: Names, line: int) -> Expr:
    """Each derivative of a max or a min (of a defined name whose definitions hold one) taken here, so that where
    it has no value (a tie) is known to the reader; derivatives by a defined name are held, and left."""
    defined = names.defined
    definitions = defined.definitions if defined is not None else ()
    held = {d.name for d in definitions}

    extrema = (Maximum, Largest, Absolute, Piecewise)  # |a|: sgn(a), no value at a = 0; cases: none where rows meet
    if not expr.has(*extrema) and not any(d.body.has(*extrema) for d in definitions):
        return expr  # nothing to take: the definitions are not written out

    def taken(node: Derivative) -> Expr:
        variables = set().union(*(variable.free_symbols for variable, _ in node.variable_count))
        written = rename_bound_apart(expand_definitions(node.expr, definitions), variables)  # Σ_j … by w_{j,p}
        if any(part.function.has(Maximum) for part in written.atoms(SumExcept)):
            raise InputError(
                f"line {line}: a derivative of a max inside a sum (Σ_{{j≠y_i}} max(0, u_j)): it has no value where "
                "a term ties at 0, which derive does not take yet; check one term, ∂max(0, u)/∂w = 𝟙(u > 0) ∂u/∂w"
            )
        if written.has(Largest):
            raise InputError(
                f"line {line}: a derivative through max_j z_j (or min_j): its derivative is an indicator of which "
                "entry is largest, undefined at a tie, which derive does not take"
            )
        if any(variable in held for variable, _ in node.variable_count):
            return node
        if not written.has(Maximum, Absolute, Piecewise):
            return node
        by = {s for variable, _ in node.variable_count for s in variable.free_symbols}
        written = interiors(rename_bound_apart(written, by), tuple(v for v, _ in node.variable_count))
        result = Derivative(written, *node.variable_count).doit()  # Σ_i |…| by ŷ_i
        return entry_sums(result, node.variable_count[0][0], names, line) if len(node.variable_count) == 1 else result

    return expr.replace(lambda node: isinstance(node, Derivative), taken)


def decided(expr: Expr, assumptions: tuple[Assumption, ...], names: Names, line: int) -> Expr:
    """``expr`` where the chain's conditions hold: each max or min they decide is the argument that is largest
    (smallest) there, and each strict comparison in a case they decide is true or false."""
    positive = positive_parts(assumptions)
    if not positive:
        return expr
    expr = through_extrema(expr, names, line)

    def extremum(node: Maximum) -> Expr:
        if len(node.args) != 2:
            return node
        sign = _sign(node.args[0] - node.args[1], positive) * (1 if node.largest else -1)
        return node.args[0] if sign > 0 else node.args[1] if sign < 0 else node

    def relation(node: Relational) -> Basic:
        if not isinstance(node, (StrictGreaterThan, StrictLessThan)):
            return node
        sign = _sign(node.lhs - node.rhs, positive)
        if sign == 0:
            return node
        return S.true if (sign > 0) == isinstance(node, StrictGreaterThan) else S.false

    expr = expr.replace(lambda node: isinstance(node, Maximum), extremum)
    return expr.replace(lambda node: isinstance(node, Relational), relation)
