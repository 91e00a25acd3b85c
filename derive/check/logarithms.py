"""Logarithms of products of positive quantities split, in sums too: log(e^{z_i}/Σ_j e^{z_j}) = z_i − log Σ_j e^{z_j}.

The sum rewrites (linearity, constants out, Σ y = 1) then see the parts: −Σ_i y_i log s_i becomes
−Σ_i y_i z_i + log(Σ_j e^{z_j}) Σ_i y_i, which is what a log-softmax derivation writes. Only splits that SymPy's
``expand_log`` makes without ``force`` are used (each factor known positive, a sum positive by
``is_positive_sum``), so every split is an identity where the logarithm is defined.
"""

from __future__ import annotations

from sympy import Basic, expand_log, log

from derive.check.prove import logs_together
from derive.check.rewrites import IndexContext, freeze_sums


def split_logarithms(expr: Basic, ctx: IndexContext) -> Basic:
    """log(a·b/c) = log a + log b − log c and log e^x = x for positive a, b, c and real x, wherever a logarithm
    stands (in a sum's body as well). Valid for positive factors; others are left inside the logarithm."""
    if not expr.has(log):
        return expr

    def split(node: Basic) -> Basic:
        frozen, placeholders = freeze_sums(logs_together(node), ctx)
        return expand_log(frozen, force=False).xreplace(placeholders)

    return ctx.note("logarithms of products", expr, expr.replace(lambda e: isinstance(e, log), split))
