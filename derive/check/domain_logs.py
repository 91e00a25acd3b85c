"""The logarithm of a product of powers split, log(b^e c) = e·log b + log c, where each base is positive at every
point of the open intervals the claim holds its scalars and entries to, and each exponent is real: the binary
cross-entropy from its likelihood, log(p^y (1 − p)^{1−y}) = y log p + (1 − y) log(1 − p) for p ∈ (0, 1), where no
assumption on p can say that 1 − p is positive (``derive.check.nonzero.known_positive``). An identity on the
domain, as the stated domain makes every verdict of the claim."""

from __future__ import annotations

from sympy import Add, Basic, Mul, log

from derive.check.nonzero import known_positive


def split_on_domains(expr: Basic) -> Basic:
    """``expr`` with each logarithm whose argument is such a product split (see the module); others left whole."""
    if not expr.has(log):
        return expr

    def split(node: Basic) -> Basic:
        parts = []
        for factor in Mul.make_args(node.args[0]):
            base, exponent = factor.as_base_exp()
            if exponent.is_extended_real is not True or not known_positive(base):
                return node
            parts.append(exponent * log(base))
        return Add(*parts)

    return expr.replace(lambda e: isinstance(e, log) and (e.args[0].is_Mul or e.args[0].is_Pow), split)
