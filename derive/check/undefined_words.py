"""How the checker says why a claim's sides are undefined, or not shown defined: the part that is 0 at the point
(with the assumption that would settle it, if the page means it), or the number under a root of even degree or a
logarithm that is negative there (``derive.model.real_values``)."""

from __future__ import annotations

from collections.abc import Sequence

from sympy import Basic, Symbol, degree, latex, solve

from derive.check.defined import Definedness
from derive.check.words import words
from derive.model.real_values import negative_argument


def undefined_why(defined: Definedness) -> str:
    """Why the sides are undefined at ``defined.point``: the part that is 0 there, or negative under a root."""
    zero, negative = defined.zero, negative_argument(defined.zero) if defined.zero is not None else None
    if zero is None or zero == 0:  # √(−4), log(−1), 1/(1 − 1): the part was a number, and vanished as it was built
        return "a side divides by 0, or takes a root of even degree or a logarithm of a negative number: no real value"
    if negative is not None:  # √x at x = −1; √(v² + ε) at ε = −1, batch norm's
        hint = _sign_hint(defined.point or (), negative)
        return f"{words(negative)} < 0: a root of even degree or a logarithm of it has no real value{hint}"
    return f"{words(zero)} = 0{_positive_hint(defined.point or (), zero)}"


def unshown_why(unknown: Basic) -> str:
    """Why a proof is capped at unproven: a part not shown nonzero, or an argument not shown ≥ 0."""
    negative = negative_argument(unknown)
    if negative is not None:
        return f"cannot show that {words(negative)} ≥ 0 (the sides have no real value where it is negative)"
    return f"cannot show that {words(unknown)} ≠ 0 (the sides are undefined where it is 0)"


def _sign_hint(point: Sequence[tuple[Basic, Basic]], negative: Basic) -> str:
    """The assumption that would settle a root's or a log's negative argument, if the page means it: x ≥ 0 for √x,
    ε > 0 for √(v² + ε) at ε = −1 (a scalar of the argument that is negative at the point)."""
    if negative.is_Symbol:
        return f"; if the page means {words(negative)} ≥ 0, state it (assume: ['{latex(negative)} \\geq 0'])"
    for name, value in point:
        if isinstance(name, Symbol) and not name.is_integer and name in negative.free_symbols and value.is_negative:
            return f"; if the page means {words(name)} > 0, state it (assume: ['{latex(name)} > 0'])"
    return ""


def _positive_hint(point: Sequence[tuple[Basic, Basic]], zero: Basic) -> str:
    """Where a scalar is 0 at the undefined point (ε in √(σ² + ε) of batch norm), the assumption that would
    settle it, if the page means it: "; if the page means ε > 0, state it …"."""
    for name, value in point:
        if isinstance(name, Symbol) and not name.is_integer and value == 0 and name in zero.free_symbols:
            shown = latex(name)
            if zero == name or (zero.is_Pow and zero.base == name):  # 2/x, 2x/x^2: only x = 0 is out
                return f"; if the page means {words(name)} ≠ 0, state it (assume: ['{shown} \\neq 0'])"
            return f"; if the page means {words(name)} > 0, state it (assume: ['{shown} > 0'])"
    symbols = [s for s in zero.free_symbols if isinstance(s, Symbol) and not s.is_integer]
    if len(symbols) == 1 and zero.is_polynomial(symbols[0]) and degree(zero, symbols[0]) == 1:  # 1 − p = 0
        (name,) = symbols
        root = solve(zero, name)[0]
        stated = f"{latex(name)} \\neq {latex(root)}"
        return f"; if the page means {words(name)} ≠ {words(root)}, state it (assume: ['{stated}'])"
    return ""


__all__ = ["undefined_why", "unshown_why"]
