"""An equation before ⇒ that is not an identity (``x^2 = 4x - 4 \\Rightarrow x = 2``, ``w_2 = 2w_1 \\Rightarrow
w_1 + w_2 = 3w_1``): the condition what follows it assumes, not a claim for every value. It is listed, not
checked, and the equations after it are checked as following from it (``derive.read.consequences``), as those
after "… = 0 ⇒" are. Before, both sides of the ⇒ were refuted, by counterexamples that broke the condition."""

from __future__ import annotations

import dataclasses

from sympy import Derivative, Expr, Indexed, Integral, Product, S, Sum, expand
from sympy.core.function import AppliedUndef

from derive.read.consequences import written_in
from derive.read.find import Unchecked
from derive.read.latex_lexer import Token
from derive.read.links import Link
from derive.read.names import Names
from derive.read.rows import IMPLIES, at_top

#: What makes a premise a claim derive checks as written, not an equation in letters: a derivative, a sum.
_CALCULUS = (Derivative, Integral, Sum, Product, AppliedUndef)


def implied_starts(tokens: list[Token]) -> set[int]:
    """Where each equation that follows a top-level ⇒ (``\\Rightarrow``, ``\\implies``) starts: its first token's
    offset."""
    starts: set[int] = set()
    listed = list(at_top(tokens))
    for k, (token, top) in enumerate(listed[:-1]):
        if top and token.kind == "command" and token.value in IMPLIES:
            starts.add(listed[k + 1][0].start)
    return starts


def _condition(link: Link, names: Names) -> Expr | None:
    """``lhs - rhs`` of a premise that is an equation in undefined letters and not an identity, else None: one with a
    derivative, a sum, shapes or a name the page defines (a claim, checked as written), or no unknown (2 + 2 = 5)."""
    g = link.lhs - link.rhs
    if not isinstance(g, Expr) or link.shapes is not None or link.opening or g.has(*_CALCULUS):
        return None
    unknowns = {s for s in g.free_symbols if not s.is_integer} | {e for e in g.atoms(Indexed) if e.free_symbols}
    if written_in(g, names) != g or not unknowns or expand(g) == 0:
        return None
    return g


def _unchecked_consequents(links: list[Link], first: int, why: str, unchecked: list[Unchecked]) -> list[Link]:
    """``links`` without the consequents (the chains from ``first`` on), each listed with why."""
    out = []
    for link in links:
        if link.chain >= first and not link.opening:
            said = Unchecked(link.line, why)
            unchecked.extend([] if said in unchecked else [said])
            continue
        out.append(link)
    return out


def premises_as_conditions(
    links: list[Link], implied: set[int], names: Names, unchecked: list[Unchecked]
) -> list[Link]:
    """``links`` with the premises of a display's first ⇒ (each chain before it one link) that are equations in the
    page's letters and not identities made the conditions the page sets (``Link.sets``): one is solved for one
    unknown where it can be (``consequences.follows``); of two or more, what follows is listed, not checked; so is a
    consequent that differentiates by a letter a condition relates (x + y = 1 ⇒ d/dx (x + y): y may depend on x).
    Not after "… = 0 ⇒" (set already). "For every real $x$, x + 1 = 3 ⇒ x = 2" quantifies the implication."""
    if not implied or any(link.sets is not None for link in links):
        return links
    first = min(implied)
    before = [link for link in links if link.chain < first and not link.opening]
    if not before or len({link.chain for link in before}) != len(before):
        return links  # a chain of two links before ⇒: a claim, checked as written
    conditions = [_condition(link, names) for link in before]
    if any(g is None for g in conditions):
        return links
    shown = [f"{link.lhs_latex} = {link.rhs_latex}" for link in before]
    for link, text in zip(before, shown, strict=True):
        why = f"a condition the page sets ({text}, then ⇒): an equation to solve, not an identity"
        unchecked.append(Unchecked(link.line, why, equality=False))
    if len(before) > 1:  # one condition: what follows is checked under it, or listed (``consequences.follows``)
        together = (
            f"follows from the conditions the page sets at line {before[0].line}, which derive does not solve together"
        )
        links = _unchecked_consequents(links, first, together, unchecked)
    made = {}
    for link, g, text in zip(before, conditions, shown, strict=True):
        assert g is not None
        entries = tuple(sorted((e for e in g.atoms(Indexed) if all(i.is_Integer for i in e.indices)), key=str))
        sets = (text, entries) if len(before) == 1 else None
        made[id(link)] = dataclasses.replace(link, lhs=g, rhs=S.Zero, head=g, opening=True, sets=sets)
    return [made.get(id(link), link) for link in links]
