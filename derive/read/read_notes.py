"""For the report: what the reader took from the text that the front matter did not say (fixed indices, a batch
of one example, lengths learned from sums, the inferred names)."""

from __future__ import annotations

import dataclasses

from derive.read.inference import Inferred
from derive.read.names import Names, display_name


def fixed_words(names: Names) -> str:
    """For the report: "y a fixed index (free in L): each claim for every y"."""
    return "; ".join(
        f"{index} a fixed index (free in {holder}): each claim for every {index}"
        for index, holder in names.fixed.items()
    )


def one_example_words(size: str) -> str:
    """For the report: how a batch of one example (``sizes: {N: 1}``) was read."""
    return (
        f"read with one example ({size} = 1, front matter): in a sum over the {size} examples, a vector written "
        "with the example's index and its own, y_{n,i}, is the one example's entry, y_i"
    )


def learned_words(learned: dict[str, str]) -> str:
    """For the report: "y of length m (from the sums it stands in)"."""
    shown = ", ".join(
        f"{display_name(name)} of " + (f"shape {size.replace(',', '×')}" if "," in size else f"length {size}")
        for name, size in sorted(learned.items())
        if "|" not in size  # summed up to two lengths: refused (``latex_sums``)
    )
    return f"{shown} (from the sums it stands in)" if shown else ""


def described_inferred(inferred: Inferred, names: Names) -> str:
    """What the text said and the front matter did not; a set the network names from the other end (path(j)) is
    no subset of its own."""
    after = names.network.after if names.network is not None else frozenset()
    described = dataclasses.replace(inferred, sets=tuple(s for s in inferred.sets if s not in after)).describe()
    return described + (f"; lengths {', '.join(inferred.sizes)} too (symbolic)" if inferred.sizes else "")
