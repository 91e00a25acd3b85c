"""The rewrite rules that built-in derivations apply, as data, and the SymPy operations that apply them.

Each rule is a ``Rule`` (name and one-line statement). The functions below produce a step's expression by
SymPy operations; the checker re-proves every result independently, so a rule is trusted for nothing.
"""

from __future__ import annotations

from sympy import Add, Basic, Expr, KroneckerDelta, Mul, Pow, Sum, diff
from sympy.concrete.delta import deltasummation

from derive.engine.step import Rule

DEFINITION = Rule("definition", "replace a defined name by its definition")
QUOTIENT = Rule("quotient rule", "∂(f/g) = (∂f·g − f·∂g) / g²")
DELTA_SUM = Rule("sum over a Kronecker delta", "Σ_j a_j δ_jk = a_k, since 1 ≤ k ≤ n")
CASE_DELTA = Rule("Kronecker delta in this case", "δ_ik = 1 when i = k, 0 when i ≠ k")
FACTOR = Rule("factor", "pull out a common factor")
SPLIT_FRACTION = Rule("split the fraction", "(a − b)/a = 1 − b/a")
SUBSTITUTE = Rule("substitute the definition", "write a definition's body as its name")
COMBINE_CASES = Rule("combine the cases", "one formula for i = k and i ≠ k")
KRONECKER = Rule("Kronecker delta", "a case split on i = k is a δ_ik")
LOG_QUOTIENT = Rule("log of a quotient", "log(a/b) = log a − log b and log e^x = x")
DIFFERENTIATE = Rule("differentiate term by term", "∂z_i/∂z_k = δ_ik and ∂ log g = (1/g) ∂g")
LOG_DERIVATIVE = Rule("log-derivative", "∂s = s · ∂ log s, since s > 0")
PROVEN_ABOVE = Rule("proven above", "a result derived in an earlier chain")
LINEARITY = Rule("linearity", "the derivative of a sum is the sum of the derivatives")
CHAIN_LOG = Rule("chain rule", "∂ log s_i / ∂z_k = (1/s_i) ∂s_i / ∂z_k")
JACOBIAN = Rule("softmax Jacobian", "∂s_i/∂z_k = s_i(δ_ik − s_k), proven above")
CANCEL = Rule("cancel", "(y_i / s_i) · s_i = y_i, since s_i > 0")
SPLIT_SUM = Rule("split the sum at i = k", "Σ_i f_i = f_k + Σ_{i≠k} f_i, with δ_kk = 1 and δ_ik = 0 for i ≠ k")
EXPAND = Rule("expand", "multiply out the products")
MERGE_SUM = Rule("merge into the sum", "f_k + Σ_{i≠k} f_i = Σ_i f_i")
PULL_CONSTANT = Rule("pull a constant out of the sum", "Σ_i c·a_i = c·Σ_i a_i")
CONSTRAINT = Rule("apply the constraint", "Σ_i y_i = 1")
ONE_HOT = Rule("one-hot target", "y = e_m for some class m, for each of the n choices of m")
NOTATION = Rule("notation", "ŷ_k = s_k: the prediction is the softmax output")
ENTRYWISE = Rule("entry by entry", "J_ik = ∂s_i/∂z_k = s_i(δ_ik − s_k)")
MATRIX_FORM = Rule("matrix form", "[s_i δ_ik − s_i s_k]_ik = diag(s) − s sᵀ")
SHORTCUT = Rule("shortcut without the constraint", "treat Σ_i y_i as 1 although nothing says it is")


def mul(*factors: Basic) -> Expr:
    """A product kept in the order given, as a person writes it."""
    return Mul(*factors, evaluate=False)


def add(*terms: Basic) -> Expr:
    """A sum kept in the order given."""
    return Add(*terms, evaluate=False)


def frac(numerator: Basic, denominator: Basic) -> Expr:
    """numerator / denominator, unevaluated."""
    return Mul(numerator, Pow(denominator, -1, evaluate=False), evaluate=False)


def square(base: Basic) -> Expr:
    """base², unevaluated."""
    return Pow(base, 2, evaluate=False)


def quotient_form(f: Expr, df: Expr, g: Expr, dg: Expr) -> Expr:
    """(df·g − f·dg) / g², the shape of the quotient rule, kept as written."""
    return frac(add(mul(df, g), -mul(f, dg)), square(g))


def quotient_rule(f: Expr, g: Expr, x: Expr) -> Expr:
    """(∂f·g − f·∂g) / g², with ∂f and ∂g computed by SymPy's ``diff``."""
    return quotient_form(f, diff(f, x), g, diff(g, x))


def sum_deltas(expr: Basic) -> Basic:
    """Collapse every sum whose summand holds a Kronecker delta on the summation index (index in range)."""

    def collapse(node: Sum) -> Basic:
        return deltasummation(node.function, node.limits[0], no_piecewise=True)

    return expr.replace(
        lambda e: isinstance(e, Sum) and len(e.limits) == 1 and e.function.has(KroneckerDelta),
        collapse,
    )
