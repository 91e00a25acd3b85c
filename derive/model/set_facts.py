"""The SymPy assumptions a set implies for each of its elements: what a stated domain (T > 0, y_i ∈ [0, 1]) lets
the provers use, as assumptions of the symbol it is about."""

from __future__ import annotations

from sympy import Basic, FiniteSet, Interval


def implied_facts(where: Basic) -> dict[str, bool]:
    """The SymPy assumptions a set implies for every element: (0, 1) positive, [0, 1] nonnegative, {0, 1}
    nonnegative integer, (-∞, 0) negative; {} when it implies nothing beyond real."""
    if isinstance(where, Interval):
        low, high = where.start, where.end
        if low > 0 or (low == 0 and where.left_open):
            return {"positive": True}
        if low == 0:
            return {"nonnegative": True}
        if high < 0 or (high == 0 and where.right_open):
            return {"negative": True}
        if high == 0:
            return {"nonpositive": True}
        return {}
    if isinstance(where, FiniteSet) and all(v.is_number and v.is_real for v in where.args):
        facts = {"integer": True} if all(v.is_integer for v in where.args) else {}
        if all(v > 0 for v in where.args):
            facts["positive"] = True
        elif all(v >= 0 for v in where.args):
            facts["nonnegative"] = True
        return facts
    return {}


__all__ = ["implied_facts"]
