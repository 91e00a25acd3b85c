"""A sum over every entry of a one-hot vector, Σ_i y_i g_i, is g at the hot entry: nonzero wherever every g_c is
(the focal loss's p_t = Σ_i y_i p_i ≠ 0 since each p_c > 0). ``picked`` writes each such sum as g at a fresh index
c, so that a sign test that holds for every c shows the sum nonzero; it is used for that test only."""

from __future__ import annotations

from sympy import Basic, Dummy, Indexed, Integer, Mul, Sum

from derive.check.claim import Claim


def picked(expr: Basic, claim: Claim) -> Basic:
    """``expr`` with each Σ_{i=1}^{n} y_i g (y one-hot, n its length, g free of y) written g at a fresh index."""
    hot = {a.vector for a in claim.constraints if a.kind == "one-hot" and a.vector is not None}
    if not hot or not expr.has(Sum):
        return expr

    def pick(total: Sum) -> Basic:
        if len(total.limits) != 1:
            return total
        index, low, high = total.limits[0]
        if low != Integer(1) or high != claim.space.n:
            return total
        factors = Mul.make_args(total.function)
        entries = [f for f in factors if isinstance(f, Indexed) and f.base in hot and f.indices == (index,)]
        if len(entries) != 1:
            return total
        rest = Mul(*(f for f in factors if f is not entries[0]))
        if any(rest.has(base) for base in hot):
            return total
        return rest.xreplace({index: Dummy("c", integer=True, positive=True)})

    return expr.replace(lambda e: isinstance(e, Sum), pick)
