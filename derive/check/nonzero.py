"""Whether what an expression divides by is nonzero: the guard of a proof that puts a difference over one
denominator (an identity of rational functions proves nothing where a division it hides is by 0)."""

from __future__ import annotations

from sympy import Basic, Pow, cancel, together


def denominators_nonzero(expr: Basic) -> bool:
    """True if every division in ``expr`` is by a quantity known to be nonzero."""
    return all(_nonzero(power.base) for power in expr.atoms(Pow) if power.exp.is_negative)


def _nonzero(base: Basic) -> bool:
    """Whether ``base`` is known nonzero: as it stands, or over one denominator with common factors cancelled
    (E − E²/(E + 1) + … is 1 + 1/E for a positive E). Where the base is defined it equals that form, and its own
    divisions are checked in turn, as every power in the expression is."""
    if base.is_zero is False:
        return True
    if base.count_ops() > MAX_CANCEL_OPS:
        return False
    return bool(cancel(together(base)).is_zero is False)


#: A denominator larger than this is not put over one denominator to show it nonzero (cost grows fast).
MAX_CANCEL_OPS = 120
