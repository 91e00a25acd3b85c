"""A function the page never defines, on one side of a link only: ``f(x) = \\log(1 + e^{x})``, f inferred from
``f'(x)`` and written nowhere else. Read as an arbitrary function, the link says what f is, false of every other
function: no page means that claim, and its refutation (by f = sin) would blame a step the page got right. The
page defines f there, in a way derive did not read (a chain ``y = softplus(x) = f(x) = …`` with a side it cannot
read, a row of a ``gather``): the link is listed unread, naming both readings, as the upstream loss's is.
"""

from __future__ import annotations

from collections.abc import Iterable

from sympy import Basic
from sympy.core.function import AppliedUndef

from derive.model.notation import Definition
from derive.read.find import Unchecked
from derive.read.links import Link
from derive.read.names import Names, display_name


def _mentions(expr: Basic, function: str, definitions: tuple[Definition, ...], depth: int = 0) -> bool:
    """Whether ``expr`` applies ``function``, itself or through a name the page defines with it."""
    if any(str(node.func) == function for node in expr.atoms(AppliedUndef)):
        return True
    if depth > len(definitions):  # definitions are acyclic (``declarations``): this only bounds the search
        return False
    return any(expr.has(d.name) and _mentions(d.body, function, definitions, depth + 1) for d in definitions)


def one_sided(links: list[Link], inferred: Iterable[str], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those where a function the text only implies (``inferred``: a prime on it, never declared
    nor defined) stands on one side alone; each is listed unread with both readings."""
    functions = sorted(set(inferred) - set(names.upstream))
    if not functions:
        return links
    definitions = names.defined.definitions if names.defined is not None else ()
    kept = []
    for link in links:
        alone = [f for f in functions if _mentions(link.lhs, f, definitions) != _mentions(link.rhs, f, definitions)]
        if not alone:
            kept.append(link)
            continue
        shown = display_name(alone[0])
        unchecked.append(
            Unchecked(
                link.line,
                f"unreadable: {shown}, which the page never defines, stands on one side only: read as any function, "
                f"the link says what {shown} is, false of every other one; the page may define {shown} here, which "
                f"derive did not read: define it (define: {shown}(x): …), or declare it (functions: [{shown}]) to "
                "check the claim for every function",
            )
        )
    return kept


__all__ = ["one_sided"]
