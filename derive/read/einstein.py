"""Einstein's summation convention, which a page may state in its prose ("in Einstein notation the sum is implied by
the repeated indices", CS224d write-ups): there a repeated index is summed, unwritten. derive reads only sums written
out, so on such a page a link whose two sides have different free indices reads two ways (a sum the page leaves
implied, or a claim for every value of the index, as derive reads it) and is refused, naming both; it was refuted as
the dropped sum it would be on any other page. So is a link with an index repeated in one term outside a written
sum (``-y_i \\delta_{ik} + y_i \\hat{y}_k = -y_k + …``, summed there, free as derive reads it), unless its two
sides are one expression, which no convention can tell apart."""

from __future__ import annotations

import re
from collections import Counter

from sympy import Add, Basic, Indexed, Sum, Symbol, expand_mul

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
        repeated = set() if link.lhs == link.rhs else _repeated(link.lhs, indices) | _repeated(link.rhs, indices)
        if not differ and not repeated:
            kept.append(link)
            continue
        shown = ", ".join(sorted(str(symbol) for symbol in differ or repeated))
        verb = "is" if len(differ or repeated) == 1 else "are"
        where = f"{verb} free on one side only" if differ else f"{verb} repeated in a term"
        unchecked.append(
            Unchecked(
                link.line,
                f"unreadable: the page states Einstein's convention (line {line}), and {shown} {where}: a repeated "
                "index summed unwritten, or a claim for every value of it; write the sum",
            )
        )
    return kept


def _repeated(side: object, indices: set[Symbol]) -> set[Symbol]:
    """The indices written twice or more in one term of ``side`` outside its written sums: summed by the
    convention, free as derive reads them."""
    core = side.entry if isinstance(side, Shaped) else side
    if not isinstance(core, Basic):
        return set()
    found: set[Symbol] = set()
    for term in Add.make_args(expand_mul(core)):
        counts: Counter[Symbol] = Counter()
        _count(term, indices, counts)
        found |= {index for index, count in counts.items() if count > 1}
    return found


def _count(expr: Basic, indices: set[Symbol], counts: Counter[Symbol]) -> None:
    if isinstance(expr, Sum):
        return  # its index is bound: summed as written
    if isinstance(expr, Indexed):
        counts.update(index for index in expr.indices if index in indices)
        return
    if isinstance(expr, Symbol) and expr in indices:
        counts[expr] += 1
        return
    for arg in expr.args:
        _count(arg, indices, counts)


def _free(expr: object) -> set[Basic]:
    core = expr.entry if isinstance(expr, Shaped) else expr
    return set(core.free_symbols) if isinstance(core, Basic) else set()


__all__ = ["einstein_links"]
