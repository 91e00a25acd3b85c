"""``\\sum_{i \\neq j}`` where j stands nowhere else in the equation: a reader may take it as a sum over i at one j
(j a free index, as ∂L/∂z_j = −Σ_{i≠j} y_i s_j writes it) or as the double sum over every pair i ≠ j, as
Σ_{i≠j} x_i x_j = (Σ_i x_i)² − Σ_i x_i² means it. Read one way, a probe's true identity was refuted; the link is
refused, naming both. With j outside the sum, or summed by a sum around it, it reads one way."""

from __future__ import annotations

from derive.read.find import Unchecked
from derive.read.left_out import left_out_alone, two_ways
from derive.read.links import Link, refusing


def pair_sums(links: list[Link], unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those with a sum that leaves out an index standing nowhere else (each then unchecked)."""

    def why(link: Link) -> str | None:
        lone = left_out_alone([link.lhs, link.rhs], set(link.condition.free_symbols))
        return None if lone is None else two_ways(*lone).replace(" nowhere else ", " nowhere else in the equation ")

    return refusing(links, unchecked, why)
