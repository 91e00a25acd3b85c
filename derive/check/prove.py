"""Sound symbolic equality tests: each either proves lhs = rhs and says how, or gives up (never "false")."""

from __future__ import annotations

from sympy import (
    Basic,
    Derivative,
    Dummy,
    Expr,
    Function,
    MatrixBase,
    MatrixExpr,
    Rational,
    exp,
    expand,
    expand_log,
    simplify,
    together,
)

#: Above this many operations the general-purpose ``simplify`` is not tried (it can take unbounded time).
SIMPLIFY_LIMIT = 400


def as_matrix(expr: Basic) -> MatrixBase | None:
    """The explicit matrix that ``expr`` stands for, or None for a scalar."""
    if isinstance(expr, MatrixExpr):
        expr = expr.as_explicit()
    return expr if isinstance(expr, MatrixBase) else None


def exp_to_symbols(expr: Expr) -> Expr:
    """Write e^{c_1 a_1 + … + c_m a_m} as E_1^{c_1} ⋯ E_m^{c_m} with positive symbols E = e^a (an identity for real a).

    The numerator of a difference of rational functions in the E is then a polynomial, and expanding it
    decides whether it vanishes.
    """
    names: dict[Basic, Dummy] = {}

    def factor(argument: Basic) -> Basic:
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
            symbol = names.setdefault(term, Dummy(f"E_{term}", positive=True))
            product *= symbol**coefficient
        return product

    return expr.replace(exp, factor)


def prove_scalar_equal(lhs: Expr, rhs: Expr) -> str | None:
    """How lhs = rhs is proven for scalars, or None when no sound test succeeds."""
    if lhs == rhs:
        return "identical after evaluation"
    difference = expand_log(lhs, force=False) - expand_log(rhs, force=False)
    rational = exp_to_symbols(difference)
    numerator, denominator = together(rational).as_numer_denom()
    if expand(numerator) == 0 and denominator.is_zero is False:
        return "rational identity (numerator expands to 0)"
    if not rational.atoms(Function, Derivative):
        return None  # a rational function whose numerator is not the zero polynomial: simplify cannot help
    if difference.count_ops() <= SIMPLIFY_LIMIT and simplify(difference) == 0:
        return "simplify reduces the difference to 0"
    return None


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
    """The method that did the most work among several (the one to report)."""
    order = [
        "simplify reduces the difference to 0",
        "rational identity (numerator expands to 0)",
        "rational identity, sums of exponentials kept whole (numerator expands to 0)",
    ]
    for method in order:
        if method in methods:
            return method
    return "identical after evaluation"
