"""A fast grounding at concrete n: every closed sum of positive terms, such as S = Σ_{j=1}^{n} e^{z_j}, is kept
whole as one positive symbol, and derivatives go through it by the chain rule.

This reads only the claim: a sum whose bounds are integers and whose summand has no free index (after the index
values are fixed) is *closed*; it is written out once, and if every term is positive (e^{z_j} for real z_j), the
sum becomes a positive symbol S, with ∂S/∂v the sum of ∂t/∂v over the terms t that contain v. Any other sum is
written out as before.

**Soundness.** Grounding with S is an identity: S stands for the value of its sum, and for a function F of the
variables v and of S(v), dF/dv = ∂F/∂v + ∂F/∂S · ∂S/∂v (the chain rule), which is how derivatives are taken.
``prove_whole`` then treats S as an independent positive variable: if lhs − rhs vanishes as a rational function
of S and the other variables (over denominators that are nonzero because they are products of positive
symbols), it vanishes for every positive value of S, so in particular at S = Σ_j e^{z_j}. When the test fails,
the checker falls back to the complete test with every sum written out, so nothing proven before is lost.
Positivity is kept only where it is true: a sum with a term not known to be positive (Σ_i y_i, with y_i ≥ 0)
is never made a symbol.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from sympy import (
    Add,
    Basic,
    Derivative,
    Dummy,
    Expr,
    Float,
    Indexed,
    Integer,
    MatrixBase,
    Mul,
    Pow,
    S,
    Sum,
    diff,
    expand,
    expand_log,
    log,
    together,
)

from derive.check.prove import exp_to_symbols
from derive.model.notation import Definition, SumExcept, write_out_sum

#: How ``prove_whole`` concludes.
WHOLE = "rational identity, sums of exponentials kept whole (numerator expands to 0)"
RATIONAL = "rational identity (numerator expands to 0)"
IDENTICAL = "identical after evaluation"


#: Each symbol's terms, to differentiate it and to evaluate it; and the symbol of each tuple of terms (one per
#: sum, whatever its bound variable was called).
TERMS: dict[Basic, tuple[Basic, ...]] = {}
_SYMBOLS: dict[tuple[Basic, ...], Dummy] = {}


def _except_written_out(node: SumExcept) -> Basic:
    variable, lower, upper = node.limit
    if not all(isinstance(bound, Integer) for bound in (lower, upper, node.excluded)):
        return node
    values = (m for m in range(int(lower), int(upper) + 1) if m != int(node.excluded))
    return Add(*(node.function.xreplace({variable: Integer(m)}) for m in values))


@functools.lru_cache(maxsize=1024)
def _closed(node: Basic) -> Basic:
    """A closed sum as one positive symbol when all its terms are positive (and plain), else written out."""
    if isinstance(node, SumExcept):
        return _except_written_out(node)
    written = write_out_sum(node)
    if written != node and written.has(Sum, SumExcept):  # Σ_j Σ_{i≠j}: the inner sums, now that j has its values
        written = written.replace(lambda e: isinstance(e, (Sum, SumExcept)), _closed)
    terms = tuple(Add.make_args(written))
    if len(terms) < 2 or any(_not_plain(term) for term in terms):
        return written
    if any(symbol.is_integer for symbol in written.free_symbols) or not all(term.is_positive for term in terms):
        return written  # an index of an enclosing sum in it, or a term not known to be positive
    if terms not in _SYMBOLS:
        _SYMBOLS[terms] = Dummy("S", positive=True)
        TERMS[_SYMBOLS[terms]] = terms
    return _SYMBOLS[terms]


def _not_plain(term: Basic) -> bool:
    """A term holding a sum, a derivative or a kept-whole symbol: a sum of such terms is written out."""
    return bool(term.has(Sum, SumExcept, Derivative) or term.free_symbols & TERMS.keys())


@functools.lru_cache(maxsize=1 << 14)
def _partial(symbol: Dummy, variable: Basic) -> Basic:
    """∂S/∂v: the derivatives of the terms of S that contain v."""
    return Add(*(diff(term, variable) for term in TERMS[symbol] if term.has(variable)))


def _total(expr: Basic, variable: Basic) -> Basic:
    """dF/dv = ∂F/∂v + Σ_S ∂F/∂S · ∂S/∂v over the positive symbols S in F."""
    result = _partial_of(expr, variable)
    for symbol in sorted(expr.free_symbols & TERMS.keys(), key=lambda s: s.dummy_index):
        result += _by_symbol(expr, symbol) * _partial(symbol, variable)
    return result


def _partial_of(expr: Basic, variable: Basic) -> Basic:
    """∂F/∂v, for a sum term by term with the terms that are constant in v left out (each is 0): SymPy works
    each of them out, since an entry such as z_3 shares its base's name z with every other entry (n terms). A
    scalar that is constant in v is 0 at once: ∂ log(e^{z_5}/S)/∂z_3 is asked at every term of a written-out sum."""
    if isinstance(expr, Add):
        return Add(*(diff(term, variable) for term in expr.args if not _constant_in(term, variable)))
    if isinstance(expr, Expr) and not expr.is_Matrix and _constant_in(expr, variable):
        return S.Zero
    return diff(expr, variable)


def _constant_in(term: Basic, variable: Basic) -> bool:
    """True when ``term`` cannot depend on ``variable``, an entry with integer indices such as z_3: every entry of
    its base in ``term`` has other integer indices (an entry z_p at a symbol p, bound by a sum or not, might be
    z_3), and the base does not stand alone. False whenever in doubt: the term is then differentiated."""
    if not (isinstance(variable, Indexed) and all(isinstance(index, Integer) for index in variable.indices)):
        return False
    base = variable.base
    stack = [term]
    while stack:
        node = stack.pop()
        if isinstance(node, Indexed):
            if node.base == base and (node == variable or not all(isinstance(i, Integer) for i in node.indices)):
                return False
            stack.extend(node.indices)
        elif node == base or node == base.label:
            return False
        else:
            stack.extend(node.args)
    return True


@functools.lru_cache(maxsize=1 << 12)
def _by_symbol(expr: Basic, symbol: Dummy) -> Basic:
    """∂F/∂S, remembered: the same F is differentiated at every index value (∂L/∂z_k for each k grounds the
    same written-out L, with S in each of its n terms), and only ∂F/∂v changes with v."""
    return diff(expr, symbol)


def _derivative(node: Derivative) -> Basic:
    expr = node.expr
    for variable, count in node.variable_count:
        for _ in range(int(count)):
            expr = _total(expr, variable)
    return expr


def evaluate(expr: Basic) -> Basic:
    """``expr`` (definitions expanded, index values fixed) with sums evaluated, closed positive sums kept whole
    as symbols, and derivatives taken through them by the chain rule."""
    if isinstance(expr, MatrixBase):
        return expr.applyfunc(evaluate)
    if expr.has(Sum, SumExcept):  # ``has`` is a quick walk; ``replace`` rebuilds the whole tree
        expr = expr.replace(lambda e: isinstance(e, (Sum, SumExcept)), _closed)
    if expr.has(Derivative):
        expr = expr.replace(lambda e: isinstance(e, Derivative), _derivative)
    return expr


def hidden(exprs: Sequence[Basic]) -> set[Basic]:
    """The kept-whole symbols in ``exprs``."""
    return set().union(*(_free(expr) for expr in exprs)) & TERMS.keys()


def _free(expr: Basic) -> frozenset[Basic]:
    """``expr.free_symbols``, remembered for an expression that can be a key (SymPy walks the tree at each call)."""
    try:
        return _free_of(expr)
    except TypeError:  # a mutable matrix
        return frozenset(expr.free_symbols)


@functools.lru_cache(maxsize=4096)
def _free_of(expr: Basic) -> frozenset[Basic]:
    return frozenset(expr.free_symbols)


def values(
    symbols: set[Basic] | frozenset[Basic],
    point: dict[Basic, Basic],
    digits: int,
    concrete: Callable[[Basic], Basic] | None = None,
) -> dict[Basic, Basic]:
    """Each kept-whole symbol's value at ``point`` (its sum evaluated to ``digits`` + 10 digits), remembered by the
    values of its own variables: both sides of a claim, and the neighbouring claims of a chain, share their points.
    ``concrete`` puts the stand-ins of generic functions into the terms (σ(t) = sin(t)): then nothing is remembered."""
    if concrete is not None:
        return {s: Float(concrete(Add(*TERMS[s])).xreplace(point).evalf(digits + 10), digits + 10) for s in symbols}
    found = {}
    for s in symbols:
        variables = _variables_of_terms(s)
        at = tuple(point.get(v) for v in variables)
        found[s] = _value_of(s, at, variables, digits)
    return found


@functools.lru_cache(maxsize=1024)
def _variables_of_terms(symbol: Basic) -> tuple[Basic, ...]:
    """The entries and symbols the terms of a kept-whole symbol hold, in a fixed order."""
    return tuple(sorted(Add(*TERMS[symbol]).free_symbols | Add(*TERMS[symbol]).atoms(Indexed), key=str))


@functools.lru_cache(maxsize=4096)
def _value_of(symbol: Basic, at: tuple[Basic | None, ...], variables: tuple[Basic, ...], digits: int) -> Basic:
    point = {v: value for v, value in zip(variables, at, strict=True) if value is not None}
    return Float(Add(*TERMS[symbol]).xreplace(point).evalf(digits + 10), digits + 10)


def terms_of(symbols: set[Basic] | frozenset[Basic]) -> list[Basic]:
    return [term for s in symbols for term in TERMS[s]]


def _logs_expanded(expr: Expr) -> Expr:
    """log(a·b) = log a + log b for positive a, b (SymPy's ``expand_log``, which keeps to what holds); an
    expression without a logarithm is left as it is, without the walk."""
    return expand_log(expr, force=False) if expr.has(log) else expr


#: The most terms a numerator may expand to before the rational test gives up on it (a bound, not a count).
MAX_EXPANDED_TERMS = 200_000


def expansion_bound(expr: Basic) -> int:
    """An upper bound on the number of terms ``expand(expr)`` makes: sums add, products multiply, a power of a
    sum to p multiplies p times; a cap on the work, never a part of a proof."""
    if isinstance(expr, Add):
        return sum(expansion_bound(arg) for arg in expr.args)
    if isinstance(expr, Mul):
        bound = 1
        for arg in expr.args:
            bound *= expansion_bound(arg)
            if bound > MAX_EXPANDED_TERMS:
                return bound
        return bound
    if isinstance(expr, Pow) and isinstance(expr.exp, Integer) and expr.exp > 1:
        base = expansion_bound(expr.base)
        return base ** min(int(expr.exp), 64) if base > 1 else 1
    return 1


def prove_whole(lhs: Expr, rhs: Expr) -> str | None:
    """lhs = rhs as rational functions with each kept-whole sum an independent positive variable, or None.

    The difference is expanded term by term and the terms grouped by denominator, so that n terms over S, S² or
    S·e^{z_i} are added without building the product of all denominators.
    """
    if lhs == rhs:
        return IDENTICAL
    difference = exp_to_symbols(_logs_expanded(lhs) - _logs_expanded(rhs))
    groups: dict[Basic, list[Basic]] = {}
    for term in Add.make_args(expand(difference)):
        numerator, denominator = term.as_numer_denom()
        groups.setdefault(denominator, []).append(numerator)
    if any(denominator.is_zero is not False for denominator in groups):
        return None
    grouped = Add(*(Add(*numerators) / denominator for denominator, numerators in groups.items()))
    if grouped != 0:
        numerator, denominator = together(grouped).as_numer_denom()
        if expansion_bound(numerator) > MAX_EXPANDED_TERMS:
            return None  # too large to expand here (a sigmoid of many weights, over many samples): not proven
        if expand(numerator) != 0 or denominator.is_zero is not False:
            return None
    return WHOLE if hidden([lhs, rhs]) else RATIONAL


def ground_whole(expr: Basic, definitions: tuple[Definition, ...], assignment: dict[Basic, Basic]) -> Basic:
    """``expr`` grounded at ``assignment`` with closed positive sums kept whole (see ``evaluate``)."""
    from derive.check.ground import expanded_for

    return _ground_whole(expanded_for(expr, definitions, tuple(assignment)), tuple(assignment.items()))


@functools.lru_cache(maxsize=8192)
def _ground_whole(expanded: Basic, assignment: tuple[tuple[Basic, Basic], ...]) -> Basic:
    return evaluate(expanded.xreplace(dict(assignment)))
