"""The reader's bound indices numbered apart from every Dummy a checker's child process makes.

A product of matrices sums over a Dummy t, and a sum renamed apart binds a Dummy; SymPy tells Dummies apart by
name and number, each process counting from its own start. Sent to a child, one numbered by the reader's count
could meet one of the child's own with the same name and number and be taken for it (seed 002's line 90 went
unproven so). Numbered here from far above any count, in a fixed order, so that the verdict cache still knows
the links.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sympy import Basic, Dummy

if TYPE_CHECKING:
    from derive.read.document import Link

#: Where the numbers of the reader's bound indices start: far from any a process counts up to itself.
DUMMY_BASE = 10**15


def named_apart(links: list[Link]) -> list[Link]:
    """The links with the Dummies of their sides numbered from ``DUMMY_BASE``, in order of name and number."""
    dummies = sorted(
        {d for link in links for side in (link.lhs, link.rhs, link.head) for d in side.atoms(Dummy)},
        key=lambda d: (d.name, d.dummy_index),
    )
    fresh: dict[Basic, Basic] = {
        d: Dummy(d.name, dummy_index=DUMMY_BASE + at, **d.assumptions0) for at, d in enumerate(dummies)
    }
    if not fresh:
        return links
    return [
        dataclasses.replace(
            link,
            lhs=link.lhs.xreplace(fresh),
            rhs=link.rhs.xreplace(fresh),
            head=link.head.xreplace(fresh),
            nonzero=tuple(e.xreplace(fresh) for e in link.nonzero),
        )
        for link in links
    ]
