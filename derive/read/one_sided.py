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


def _lone_scalars(links: list[Link], names: Names) -> dict[int, str]:
    """For a link, the scalar derive inferred that stands in the last side of a chain of several links and in no
    other side of the page's chains nor in a definition: ``(\\mathrm{sigmoid}(z) - y) x = (f - y) x``, f a forum
    reply's shorthand written nowhere else. Read as any number, the link says what f is: refuted, it blamed a step
    the page got right."""
    inferred = {names.scalars[name]: name for name in names.undeclared if name in names.scalars}
    definitions = names.defined.definitions if names.defined is not None else ()
    defined = set().union(*(d.body.free_symbols for d in definitions)) if definitions else set()
    sides: dict[object, list[int]] = {}  # each side of each chain once: its first link's left, every link's right
    firsts = {link.chain: k for k, link in reversed(list(enumerate(links)))}
    for k, link in enumerate(links):
        for side in ([link.lhs] if firsts[link.chain] == k else []) + [link.rhs]:
            for symbol in getattr(side, "free_symbols", set()) & set(inferred):
                sides.setdefault(symbol, []).append(k)
    last = {k for k, link in enumerate(links) if k + 1 == len(links) or links[k + 1].chain != link.chain}
    last = {k for k in last if links[k].position > 1}  # d/dx (x^2 + C) = 2x: a claim for every C, checked
    return {ks[0]: inferred[s] for s, ks in sides.items() if len(ks) == 1 and ks[0] in last and s not in defined}


def one_sided(links: list[Link], inferred: Iterable[str], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those where a function the text only implies (``inferred``: a prime on it, never declared
    nor defined) stands on one side alone, or a scalar it implies in a chain's last side and nowhere else; each is
    listed unread with both readings."""
    lone = _lone_scalars(links, names)
    for k, name in sorted(lone.items()):
        shown = display_name(name)
        unchecked.append(
            Unchecked(
                links[k].line,
                f"unreadable: {shown}, which the page never defines, stands in this side only: read as any number, "
                f"the link says what {shown} is; the page may name the value here: define it, or declare it "
                f"(scalars: [{shown}]) to check the claim for every {shown}",
            )
        )
    links = [link for k, link in enumerate(links) if k not in lone]
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
