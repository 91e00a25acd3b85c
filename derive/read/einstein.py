"""Einstein's summation convention, which a page may state in its prose ("in Einstein notation the sum is implied by
the repeated indices", CS224d write-ups): there a repeated index is summed, unwritten. derive reads only sums written
out, so on such a page a link whose two sides have different free indices reads two ways (a sum the page leaves
implied, or a claim for every value of the index, as derive reads it) and is refused, naming both; it was refuted as
the dropped sum it would be on any other page."""

from __future__ import annotations

import re

from sympy import Basic, Symbol

from derive.read.find import Unchecked
from derive.read.links import Link
from derive.read.names import Names
from derive.read.shapes import Shaped

#: How a page states the convention.
_STATED = re.compile(
    r"\bEinstein\b|summation convention|\b(?:sum|summation)s? (?:is|are) implied|\bimplied (?:sum|summation)", re.I
)


def einstein_links(links: list[Link], text: str, names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those whose sides' free indices differ on a page that states Einstein's convention."""
    stated = _STATED.search(text)
    if stated is None:
        return links
    line = text.count("\n", 0, stated.start()) + 1
    indices = {symbol for symbol in names.indices.values() if isinstance(symbol, Symbol)}
    kept = []
    for link in links:
        differ = (_free(link.lhs) ^ _free(link.rhs)) & indices
        if not differ:
            kept.append(link)
            continue
        shown = ", ".join(sorted(str(symbol) for symbol in differ))
        unchecked.append(
            Unchecked(
                link.line,
                f"unreadable: the page states Einstein's convention (line {line}), and {shown} is free on one side "
                "only: a repeated index summed unwritten, or a claim for every value of it; write the sum",
            )
        )
    return kept


def _free(expr: object) -> set[Basic]:
    core = expr.entry if isinstance(expr, Shaped) else expr
    return set(core.free_symbols) if isinstance(core, Basic) else set()


__all__ = ["einstein_links"]
