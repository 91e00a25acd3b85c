"""A letter's entries beside its labelled entries in one link (``a_i`` beside ``a_i^{(2)}``), where one of the two
is defined nowhere on the page: the page may mean the same vector (the output layer's a, written once with
its label and once without) or a vector of its own. Read as its own, a^{(2)} is free and the link refuted, though
the homework that writes a_i · 1 − y_i = a_i^{(2)} − y_i means its one a; so the link is refused, naming both."""

from __future__ import annotations

from sympy import IndexedBase

from derive.read.find import Unchecked
from derive.read.links import Link, refusing
from derive.read.names import Names


def label_twins(links: list[Link], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those that write a letter's entries beside its labelled entries left undefined (each then
    unchecked, naming both readings)."""
    defined = {str(d.name) for d in names.defined.definitions} if names.defined is not None else set()

    def why(link: Link) -> str | None:
        written = {str(base.label) for base in link.bases if isinstance(base, IndexedBase)}
        labelled = [(name.rpartition("_")[0], name) for name in written if name.rpartition("_")[2].isdigit()]
        twins = sorted((a, named) for a, named in labelled if a in written and not {a, named} <= defined)
        if not twins:
            return None
        letter, name = twins[0]
        label = name.rpartition("_")[2]
        free = f"{letter}^{{({label})}}" if name not in defined else letter
        return (
            f"{letter} beside {letter}^{{({label})}}, with {free} defined nowhere on the page, can be read two ways: "
            f"the same vector, written once with its label ({letter} is the layer-{label} {letter}), or a vector of "
            f"its own, free here; write one of them throughout, or define {free}"
        )

    return refusing(links, unchecked, why)
