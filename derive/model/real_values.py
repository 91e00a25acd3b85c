"""Where a side has a real value: a root of even degree (√x, x^{1/2}) or a logarithm of a negative number has
none, as 1/0 has none. The reader records, for each such argument a, the expression 1 + sign(a), which is 0
exactly where a < 0; the checker's search for a point where a side is undefined treats it as it treats a
denominator (``derive.check.defined``), so √x · √x = x is undefined at x = −1, never proven over the reals."""

from __future__ import annotations

from sympy import Add, Basic, Expr, Integer, sign


def not_negative(argument: Expr) -> Expr:
    """An expression that is 0 exactly where ``argument`` is negative: 1 + sign(argument)."""
    return Integer(1) + sign(argument)


def negative_argument(zero: Basic) -> Expr | None:
    """The argument whose being negative ``zero`` (1 + sign(a), ``not_negative``) stands for, or None."""
    if not isinstance(zero, Add) or len(zero.args) != 2 or Integer(1) not in zero.args:
        return None
    (other,) = [arg for arg in zero.args if arg != Integer(1)]
    return other.args[0] if isinstance(other, sign) else None


__all__ = ["negative_argument", "not_negative"]
