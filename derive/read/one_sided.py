"""A function the page never defines, on one side of a link only: ``f(x) = \\log(1 + e^{x})``, f inferred from
``f'(x)`` and written nowhere else. Read as an arbitrary function, the link says what f is, false of every other
function: no page means that claim, and its refutation (by f = sin) would blame a step the page got right. The
page defines f there, in a way derive did not read (a chain ``y = softplus(x) = f(x) = …`` with a side it cannot
read, a row of a ``gather``): the link is listed unread, naming both readings, as the upstream loss's is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from sympy import Basic, IndexedBase, Symbol
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


#: A derivative, a sum, a limit written in a side: where a name of it stands, its value may vary with what is
#: differentiated by or summed over (m = max(x) in ∂/∂x_k; c, "the confidence of example i", in Σ_i).
_DERIVATIVE = re.compile(
    r"\\partial|\\nabla|\\[dt]?frac\s*\{?\s*(?:\\(?:mathrm|operatorname)\s*\{?\s*)?d|\\dot|'|\\prime|\\mathrm\s*\{?\s*d\b"
    r"|\\(?:sum|prod|int|oint|lim|limsup|liminf|max|min|sup|inf|arg\s*max|argmax|argmin|mathbb\s*\{?\s*E|operatorname)"
    r"|∑|∏|∫"
)


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


def _symbols(side: object) -> set[Basic]:
    """The free symbols of a link's side (none for what has none)."""
    return set(getattr(side, "free_symbols", set()))


def _introduced(links: list[Link], names: Names) -> dict[int, tuple[str, int]]:
    """For a link, a scalar derive inferred that the page first writes in a side after a chain's first
    (``z(x) = \\sqrt{2/\\pi}\\,x(1 + 0.044715x^2) = x(a + bx^2)``: the page names a and b there, "for simplicity"),
    with that line: read as any numbers, that link and every one below that writes them had been refuted (T-09)."""
    inferred = {names.scalars[name]: name for name in names.undeclared if name in names.scalars}
    definitions = names.defined.definitions if names.defined is not None else ()
    defined = set().union(*(d.body.free_symbols for d in definitions)) if definitions else set()
    firsts = {link.chain: k for k, link in reversed(list(enumerate(links)))}
    seen: set[Basic] = set()
    named: dict[Basic, int] = {}  # a scalar first written in a side after a chain's first: the link that names it
    for k, link in enumerate(links):
        seen |= _symbols(link.lhs) if firsts[link.chain] == k else set()  # a chain's first side names nothing
        fresh = (_symbols(link.rhs) & set(inferred)) - seen - defined
        named |= dict.fromkeys(fresh, k)
        seen |= fresh
    marked: dict[int, tuple[str, int]] = {}
    for symbol, at in named.items():
        written = [k for k, link in enumerate(links) if symbol in _symbols(link.lhs) | _symbols(link.rhs)]
        if all(links[k].chain == links[at].chain for k in written):
            continue  # written in no chain below: a slip's letter, checked as any number
        for k in written:
            marked.setdefault(k, (inferred[symbol], links[at].line))
    return marked


def _renamed(links: list[Link], names: Names) -> dict[int, tuple[str, str]]:
    """For a link, a vector or a scalar derive inferred that stands in one side of the page's chains only, where the
    link's other side is that side with another name of the page in its place (``\\frac12 \\sum_i (y_i - t_i)^2 =
    \\frac12 \\sum_i (a^L_i - t_i)^2``, y the network's output a^L in the prose alone: Hjorth-Jensen's notes): its
    name, and the other's. Read as any value, the link says what it is, and was refuted for a step that names it."""
    bases: dict[Basic, str] = {names.vectors[n]: n for n in names.undeclared if n in names.vectors}
    bases |= {names.scalars[n]: n for n in names.undeclared if n in names.scalars and n not in names.vectors}
    definitions = names.defined.definitions if names.defined is not None else ()
    defined = {a for d in definitions for a in (*d.body.atoms(IndexedBase), *d.body.free_symbols)}
    sides: dict[Basic, set[int]] = {}  # each name: the links whose sides hold it (a chain's first side, each right)
    firsts = {link.chain: k for k, link in reversed(list(enumerate(links)))}
    for k, link in enumerate(links):
        for side in ([link.lhs] if firsts[link.chain] == k else []) + [link.rhs]:
            for base in _names_in(side) & set(bases):
                sides.setdefault(base, set()).add(k)
    found: dict[int, tuple[str, str]] = {}
    for base, ks in sides.items():
        if len(ks) != 1 or base in defined:
            continue
        (k,) = ks
        side, other = (links[k].lhs, links[k].rhs) if base in _names_in(links[k].lhs) else (links[k].rhs, links[k].lhs)
        for candidate in _names_in(other) - _names_in(side):
            if _twins(str(base), str(candidate)):  # a_i beside a_i^{(2)}: ``label_twins`` names its readings
                continue
            if type(candidate) is type(base) and side.xreplace({base: candidate}) == other:
                found[k] = (bases[base], display_name(str(getattr(candidate, "label", candidate))))
                break
    return found


def _twins(one: str, other: str) -> bool:
    """Whether one name is the other with a layer's number (a and a_2, a^{(2)} as derive names it)."""
    return any(a.rpartition("_")[0] == b and a.rpartition("_")[2].isdigit() for a, b in ((one, other), (other, one)))


def _names_in(expr: Basic) -> set[Basic]:
    """The vectors (their bases) and the scalars that ``expr`` writes."""
    vectors = expr.atoms(IndexedBase)
    return vectors | {s for s in expr.free_symbols if isinstance(s, Symbol)} - {v.label for v in vectors}


def one_sided(links: list[Link], inferred: Iterable[str], names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """The links, less those where a function the text only implies (``inferred``: a prime on it, never declared
    nor defined) stands on one side alone, or a scalar it implies in a chain's last side and nowhere else, in a
    derivative, a sum or a limit there; each is listed unread with both readings. Such a scalar in a side without
    them is kept, checked for every real value of it (marked "lone": a counterexample refutes nothing)."""
    lone = _lone_scalars(links, names)  # checked for every value: proven so, it holds; refuted, it refutes nothing
    varied = {k: name for k, name in lone.items() if _DERIVATIVE.search(links[k].rhs_latex)}  # m = max(x) in ∂/∂x
    links = [
        dataclasses.replace(link, unread_values=(*link.unread_values, (display_name(lone[k]), link.line, "lone")))
        if k in lone and k not in varied else link
        for k, link in enumerate(links)
    ]  # fmt: skip
    notes = {k: (display_name(name), line, "value") for k, (name, line) in _introduced(links, names).items()}
    links = [  # the page names it there: a counterexample's value for it refutes nothing
        dataclasses.replace(link, unread_values=(*link.unread_values, notes[k]))
        if k in notes and k not in lone
        else link
        for k, link in enumerate(links)
    ]
    for k, name in sorted(varied.items()):
        shown = display_name(name)
        unchecked.append(
            Unchecked(
                links[k].line,
                f"unreadable: {shown}, which the page never defines, stands in this side only, in a derivative, a "
                f"sum or a limit: read as any number, a constant, the link says what {shown} is; the page may name it "
                f"here (a quantity that varies, as max(x) does, or one per term): define it, or declare it (scalars: "
                f"[{shown}]) to check the claim for every constant {shown}",
            )
        )
    renamed = {k: pair for k, pair in _renamed(links, names).items() if k not in lone}
    for k, (name, other) in sorted(renamed.items()):
        shown = display_name(name)
        unchecked.append(
            Unchecked(
                links[k].line,
                f"unreadable: {shown}, which the page never defines, stands in this side only, and the link writes "
                f"{other} in its place: the page may name {shown} = {other} here (define it), or claim the equality "
                f"for every {shown} (declare {shown} to check it so)",
            )
        )
    links = [link for k, link in enumerate(links) if k not in renamed and k not in varied]
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
