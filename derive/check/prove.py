"""Sound symbolic equality tests: each either proves lhs = rhs and says how, or gives up (never "false")."""

from __future__ import annotations

import functools
import itertools

from sympy import (
    Basic,
    Derivative,
    Dummy,
    Expr,
    FiniteSet,
    Function,
    ImmutableMatrix,
    Intersection,
    MatAdd,
    MatMul,
    MatrixBase,
    MatrixExpr,
    Piecewise,
    Pow,
    Rational,
    S,
    Transpose,
    cosh,
    exp,
    expand,
    expand_log,
    expand_mul,
    log,
    powsimp,
    simplify,
    sinh,
    tanh,
    together,
)
from sympy.core.relational import Relational
from sympy.core.sorting import default_sort_key
from sympy.logic.boolalg import false, true

from derive.check.domain_logs import split_on_domains
from derive.check.nonzero import known_nonzero, stated_set

#: At most this many distinct conditions (2^6 cases) in a piecewise difference.
MAX_CONDITIONS = 6
#: Above this many operations the general-purpose ``simplify`` is not tried (it can take unbounded time).
SIMPLIFY_LIMIT = 400
#: How a difference is proven 0 once its powers of one base are combined.
POWERS_COMBINED = "powers of one base combined (the difference expands to 0)"
#: How a proof that put a variable through a condition on values says so (``derive.check.conditioned``).
CONDITIONED = "under the stated condition"


def as_matrix(expr: Basic) -> MatrixBase | None:
    """The explicit matrix that ``expr`` stands for, or None for a scalar."""
    if isinstance(expr, MatrixExpr):
        expr = _explicit(expr)
    return expr if isinstance(expr, MatrixBase) else None


@functools.lru_cache(maxsize=256)
def _explicit(expr: MatrixExpr) -> MatrixBase:
    """``expr`` made explicit by matrix arithmetic on its parts (sums, products, transposes of explicit matrices),
    leaving the entries as written; any other matrix expression by SymPy's ``as_explicit``.

    SymPy's ``as_explicit`` of a product builds and evaluates a ``Sum`` per entry: 9 s for diag(s) − s sᵀ at
    n = 32, where the same product by matrix arithmetic takes 0.05 s and gives the same entries.
    """
    if isinstance(expr, MatAdd):
        parts = [_part(arg) for arg in expr.args]
        if all(isinstance(part, MatrixBase) for part in parts):
            total = parts[0]
            for part in parts[1:]:
                total = total + part
            return ImmutableMatrix(total)
    elif isinstance(expr, MatMul):
        scalar, factors = S.One, []
        for arg in expr.args:
            part = _part(arg)
            if isinstance(part, MatrixBase):
                factors.append(part)
            else:
                scalar *= part
        if factors and all(isinstance(factor, MatrixBase) for factor in factors):
            product = factors[0]
            for factor in factors[1:]:
                product = product * factor
            return ImmutableMatrix(product * scalar)
    elif isinstance(expr, Transpose):
        inner = _part(expr.arg)
        if isinstance(inner, MatrixBase):
            return ImmutableMatrix(inner.T)
    explicit = expr.as_explicit()
    return ImmutableMatrix(explicit) if isinstance(explicit, MatrixBase) else explicit


def _part(arg: Basic) -> Basic:
    """A matrix operand made explicit, or a scalar factor as it is."""
    if isinstance(arg, MatrixBase):
        return arg
    if isinstance(arg, MatrixExpr):
        return _explicit(arg)
    return arg


def exp_to_symbols(expr: Expr) -> Expr:
    """Write e^{c_1 a_1 + … + c_m a_m} as E_1^{c_1} ⋯ E_m^{c_m} with positive symbols E = e^a (an identity for real a).

    The numerator of a difference of rational functions in the E is then a polynomial, and expanding it
    decides whether it vanishes. Inner exponentials are written first (e^{b + e^{a}}: e^{a} inside b's
    argument); each exponent is factored once per process (``_exp_factored``).
    """
    powers = sorted(expr.atoms(exp), key=lambda e: (e.count_ops(), default_sort_key(e)))
    written: dict[Basic, Basic] = {}
    for power in powers:  # an exponential's own exponentials have fewer operations: they come first
        written[power] = _exp_factored(power.args[0].xreplace(written))
    return expr.xreplace(written)


#: The positive symbol E_a = e^a of each exponent term a, shared by every proof (the same a, the same E).
_EXP_SYMBOLS: dict[Basic, Dummy] = {}


@functools.lru_cache(maxsize=1 << 14)
def _exp_factored(argument: Basic) -> Basic:
    """e^{argument} as a product of powers of the E symbols of its terms (e^{argument} itself when a coefficient
    is not rational or a term is not known to be real)."""
    argument = expand_mul(argument)  # (1 − 2y)(q + b) and −(2y − 1)(q + b): one sum of the same terms
    terms = argument.as_coefficients_dict()
    if not all(isinstance(c, Rational) for c in terms.values()):
        return exp(argument)
    product: Basic = Rational(1)
    for term, coefficient in terms.items():
        if term == 1:
            product *= exp(coefficient)
            continue
        if term.is_real is not True:
            return exp(argument)
        symbol = _EXP_SYMBOLS.setdefault(term, Dummy(f"E_{term}", positive=True))
        product *= symbol**coefficient
    return product


def exponent_logs(expr: Expr) -> Expr:
    """After ``exp_to_symbols``: each logarithm's argument over one denominator and split where its parts are
    positive, and log E_a written as a, so that log(1 + 1/E) = log(E + 1) − a cancels against log(E + 1) − a
    (identities: every E is e^a of a real a, so positive)."""
    if not expr.has(log):
        return expr
    split = expand_log(logs_together(expr), force=False)
    symbols = split.free_symbols
    return split.xreplace({log(symbol): term for term, symbol in _EXP_SYMBOLS.items() if symbol in symbols})


def logs_together(expr: Expr) -> Expr:
    """Each logarithm's argument over one denominator, log(1 - e^u/(1 + e^u)) = log(1/(1 + e^u)) (an identity
    wherever the argument is defined), so that expanding the logarithm sees the positive parts it is made of."""
    together_ = expr.replace(lambda e: isinstance(e, log) and e.args[0].is_Add, lambda e: log(together(e.args[0])))
    return split_on_domains(together_)  # log(p^y (1 - p)^{1 - y}) for p ∈ (0, 1): split


def exponentials(expr: Expr) -> Expr:
    """tanh, sinh and cosh written with e^{a} (identities for every a), so that the rational test sees them."""
    return (
        expr.replace(tanh, lambda a: (exp(2 * a) - 1) / (exp(2 * a) + 1))
        .replace(sinh, lambda a: (exp(a) - exp(-a)) / 2)
        .replace(cosh, lambda a: (exp(a) + exp(-a)) / 2)
    )


def prove_scalar_equal(lhs: Expr, rhs: Expr) -> str | None:
    """How lhs = rhs is proven for scalars, or None when no sound test succeeds."""
    if lhs == rhs:
        return "identical after evaluation"
    lhs, rhs = logs_together(lhs), logs_together(rhs)
    difference = exponentials(expand_log(lhs, force=False) - expand_log(rhs, force=False))
    if difference.has(Piecewise):
        return _prove_piecewise_zero(difference)
    if any(hasattr(f, "_eval_rewrite_as_Piecewise") for f in difference.atoms(Function)):  # max(0, a), ReLU
        return _prove_zero(difference) or _prove_piecewise_zero(difference)  # an identity whatever max is, or by cases
    return _prove_zero(difference)


def _prove_piecewise_zero(difference: Expr) -> str | None:
    """A piecewise difference is 0 if it is 0 in every case: each truth assignment of the conditions (a > 0 …)
    picks one branch of every Piecewise, and each resulting expression must pass the rational test. Every point
    of the domain falls in one of these cases, so the test is sound; assignments that no point has only make
    it stricter. No ``piecewise_fold``: it is slow on large expressions."""
    expr = difference.rewrite(Piecewise)
    relations = {rel for piece in expr.atoms(Piecewise) for _, cond in piece.args for rel in cond.atoms(Relational)}
    # a ≤ 0 is the negation of a > 0 (and 0 < a is a > 0): one condition each, so that Max(0, a) and ReLU agree
    conditions = sorted({_condition(rel) for rel in relations}, key=str)
    if len(conditions) > MAX_CONDITIONS or any(rel.has(Piecewise) for rel in conditions):
        return None
    for values in itertools.product((true, false), repeat=len(conditions)):
        decided = dict(zip(conditions, values, strict=True))
        truth = {rel: decided[rel.canonical] if rel.canonical in decided else ~decided[_condition(rel)]
                 for rel in relations}  # fmt: skip
        points = _points(decided)
        if points == ():
            continue  # no real number satisfies these truth values (a > 0 and a < 0): a case of no point
        case = expr.replace(lambda e: isinstance(e, Piecewise), functools.partial(_branch, truth=truth))
        if case.has(Piecewise):
            return None
        if points is not None and all(_prove_zero(case.xreplace(point)) is not None for point in points):
            continue  # a ≤ 0 and a ≥ 0: the one point a = 0, where the case is checked at its value
        if _prove_zero(case) is None:
            return None
    return "rational identity in every case (numerators expand to 0)"


def _points(decided: dict[Relational, Basic]) -> tuple[dict[Basic, Basic], ...] | None:
    """Where conditions on one real variable hold with the truth values ``decided``: () when nowhere, the points
    when finitely many (each as a substitution), None when infinitely many or not decided here."""
    symbols = set().union(*(rel.free_symbols for rel in decided))
    if len(symbols) != 1:
        return None
    (x,) = symbols
    if x.is_real is not True:
        return None
    try:
        where = Intersection(*((rel if value is true else rel.negated).as_set() for rel, value in decided.items()))
        stated = stated_set(x.name)  # x ≠ 0 where both sides are defined: no case at 0
        where = where if stated is None else Intersection(where, stated)
    except (NotImplementedError, TypeError, ValueError):
        return None
    if where is S.EmptySet:
        return ()
    if isinstance(where, FiniteSet) and all(point.is_real for point in where.args):
        return tuple({x: point} for point in where.args)
    return None


def _condition(rel: Relational) -> Relational:
    """The one of ``rel`` and its negation that stands for both, in SymPy's canonical form."""
    return min(rel.canonical, rel.negated.canonical, key=str)


def _branch(piece: Piecewise, truth: dict[Basic, Basic]) -> Basic:
    """The branch of ``piece`` in force when its conditions have the truth values ``truth``."""
    for expr, cond in piece.args:
        value = cond.xreplace(truth)
        if value is true:
            return expr
        if value is not false:
            return piece  # undecided: left in place, and the case is not proven
    return piece


def _prove_zero(difference: Expr) -> str | None:
    """difference = 0 by clearing denominators (e^{a} as positive symbols), or by a bounded ``simplify``."""
    if difference == 0:
        return "identical after evaluation"
    rational = exp_to_symbols(difference)
    numerator, denominator = together(rational).as_numer_denom()
    if expand(numerator) == 0 and known_nonzero(denominator):
        return "rational identity (numerator expands to 0)"
    if _symbolic_powers(difference) and powsimp(expand(difference)) == 0:  # (1 - p)^γ / (1 - p) = (1 - p)^{γ-1}
        return POWERS_COMBINED
    if not rational.atoms(Function, Derivative):
        return None  # a rational function whose numerator is not the zero polynomial: simplify cannot help
    if difference.count_ops() <= SIMPLIFY_LIMIT and simplify(difference) == 0:
        return "simplify reduces the difference to 0"
    return None


def _symbolic_powers(expr: Basic) -> bool:
    """Whether a power's exponent is a symbol's expression (γ − 1 of the focal loss), not a number: only then
    are powers of one base worth combining (x^a x^b as x^{a+b}, where powsimp finds it valid)."""
    return any(not power.exp.is_number for power in expr.atoms(Pow))


def prove_equal(lhs: Basic, rhs: Basic) -> str | None:
    """How lhs = rhs is proven (entry by entry for matrices), or None."""
    left, right = as_matrix(lhs), as_matrix(rhs)
    if left is None and right is None:
        return prove_scalar_equal(lhs, rhs)
    if left is None or right is None or left.shape != right.shape:
        return None
    methods = [prove_scalar_equal(a, b) for a, b in zip(left, right, strict=True)]
    if None in methods:
        return None
    return strongest(methods)


def strongest(methods: list[str | None]) -> str:
    """The method that did the most work among several (the one to report); one that used a condition on values
    first, so that the verdict says what it rests on (``derive.check.conditioned``)."""
    conditioned = [method for method in methods if method is not None and CONDITIONED in method]
    if conditioned:
        return conditioned[0]
    order = [
        "simplify reduces the difference to 0",
        POWERS_COMBINED,
        "rational identity in every case (numerators expand to 0)",
        "rational identity (numerator expands to 0)",
        "rational identity, sums of exponentials kept whole (numerator expands to 0)",
    ]
    for method in order:
        if method in methods:
            return method
    return "identical after evaluation"
