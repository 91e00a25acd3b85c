"""Where a side has a real value: a root of even degree (√x, x^{1/2}) or a logarithm of a negative number has
none, as 1/0 has none. The reader records, for each such argument a, the expression 1 + sign(a), which is 0
exactly where a < 0; the checker's search for a point where a side is undefined treats it as it treats a
denominator (``derive.check.defined``), so √x · √x = x is undefined at x = −1, never proven over the reals."""

from __future__ import annotations

from sympy import Add, Basic, Expr, Integer, Pow, log, preorder_traversal, sign


def not_negative(argument: Expr) -> Expr:
    """An expression that is 0 exactly where ``argument`` is negative: 1 + sign(argument)."""
    return Integer(1) + sign(argument)


def negative_argument(zero: Basic) -> Expr | None:
    """The argument whose being negative ``zero`` (1 + sign(a), ``not_negative``) stands for, or None."""
    if not isinstance(zero, Add) or len(zero.args) != 2 or Integer(1) not in zero.args:
        return None
    (other,) = [arg for arg in zero.args if arg != Integer(1)]
    if isinstance(other, sign):
        return other.args[0]
    negated = -other  # 1 + sign(−x), which SymPy writes 1 − sign(x)
    return -negated.args[0] if isinstance(negated, sign) else None


def real_guards(expr: Basic) -> list[Expr]:
    """``not_negative`` of each argument ``expr`` takes a root of even degree or a logarithm of: a defined function's
    body (f(x) := √x), whose guards hold wherever it is applied (f(−1)² = −1 had been proven)."""
    found = []
    for node in preorder_traversal(expr):
        if isinstance(node, Pow) and node.exp.is_Rational and node.exp.q % 2 == 0:
            found.append(not_negative(node.base))
        elif isinstance(node, log):
            found.append(not_negative(node.args[0]))
    return found


__all__ = ["negative_argument", "not_negative", "real_guards"]
