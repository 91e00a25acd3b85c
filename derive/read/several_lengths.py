"""Sums that run up to two lengths or more (Bendersky's Σ_{j=1}^{N} beside Σ_{t=1}^{T}): the first the page's
length, each other a length of its own, symbolic, as the front matter's ``sizes`` declares one. A bound that is
also an index, a vector or an array of the page is no length, and the page is read as before (refused there)."""

from __future__ import annotations

import dataclasses

from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inference import Inferred, Usage


def several_lengths(front: FrontMatter, usage: Usage, inferred: Inferred) -> Inferred:
    """``inferred`` with the page's length and the other lengths its sums run up to, where there are two or more
    and the front matter gives none."""
    if front.length_given or front.sizes or len(usage.bounds) < 2:
        return inferred
    bounds = sorted(usage.bounds, key=lambda bound: usage.bounds[bound])  # in the order the page writes them
    other = {*usage.indices, *usage.vectors, *usage.arrays, *usage.applied}
    if any(bound in other for bound in bounds):
        return inferred
    length = front.length if front.length in bounds else bounds[0]
    return dataclasses.replace(
        inferred,
        length=None if length == front.length else length,
        sizes=tuple(bound for bound in bounds if bound != length),
        scalars=tuple(name for name in inferred.scalars if name not in bounds),  # 1/N: the length, no number
    )


def with_sizes(front: FrontMatter, sizes: tuple[str, ...]) -> FrontMatter:
    """The front matter with each inferred length declared under ``sizes``, symbolic."""
    if not sizes:
        return front
    return dataclasses.replace(front, sizes=(*front.sizes, *((Entry(size, front.line), None) for size in sizes)))
