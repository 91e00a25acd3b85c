"""``\\sum_{i \\neq j}`` where j stands nowhere else in the equation: a reader may take it as a sum over i at one j
(j a free index, as ∂L/∂z_j = −Σ_{i≠j} y_i s_j writes it) or as the double sum over every pair i ≠ j, as
Σ_{i≠j} x_i x_j = (Σ_i x_i)² − Σ_i x_i² means it. Read one way, a probe's true identity was refuted; the link is
refused, naming both. With j outside the sum, or summed by a sum around it, it reads one way."""

from __future__ import annotations

from sympy import Dummy, Expr

from derive.model.notation import SumExcept, used_symbols
from derive.read.find import Unchecked
from derive.read.links import Link, refusing


def _lone_exclusion(link: Link) -> tuple[str, str] | None:
    """(the sum's index, the index it leaves out) of a sum whose left-out index is free in the link only there."""
    sides = [side for side in (link.lhs, link.rhs) if isinstance(side, Expr)]
    sums = [s for side in sides for s in side.atoms(SumExcept)]
    for found in sums:
        left_out = found.excluded
        if not any(left_out in used_symbols(side) for side in sides):
            continue  # summed by a sum around it: the double sum, written
        without = {s: Dummy() for s in sums if s.excluded == left_out}
        elsewhere = [side.xreplace(without) for side in sides]
        fixed = left_out in link.condition.free_symbols  # a case, i ≠ j: j one index
        if not any(left_out in used_symbols(side) for side in elsewhere) and not fixed:
            return str(found.variable), str(left_out)
    return None


def pair_sums(links: list[Link], unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those with a sum that leaves out an index standing nowhere else (each then unchecked)."""

    def why(link: Link) -> str | None:
        lone = _lone_exclusion(link)
        if lone is None:
            return None
        i, j = lone
        return (
            f"\\sum_{{{i} \\neq {j}}} with {j} nowhere else in the equation can be read two ways: a sum over {i} at "
            f"one {j}, a free index, or the double sum over every pair {i} \\neq {j} (write \\sum_{{{j}}} "
            f"\\sum_{{{i} \\neq {j}}} for the pairs)"
        )

    return refusing(links, unchecked, why)
