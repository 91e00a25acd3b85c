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


def premises_as_conditions(
    links: list[Link], implied: set[int], names: Names, unchecked: list[Unchecked]
) -> list[Link]:
    """``links`` with the first premise of an ⇒ (the one link of the chain before an ``implied`` chain) that is an
    equation in the page's letters and not an identity made the condition the page sets (``Link.sets``)."""
    if any(link.sets is not None for link in links):
        return links  # "… = 0 ⇒ …": that condition already
    for number in sorted(implied):
        premise = [k for k, link in enumerate(links) if link.chain == number - 1 and not link.opening]
        if len(premise) != 1:
            continue
        link = links[premise[0]]
        g = link.lhs - link.rhs
        if not isinstance(g, Expr) or link.shapes is not None or g.has(*_CALCULUS) or written_in(g, names) != g:
            continue  # a derivative, or a name the page defines: a claim, checked as written
        if expand(g) == 0:
            continue
        shown = f"{link.lhs_latex} = {link.rhs_latex}"
        why = f"a condition the page sets ({shown}, then ⇒): an equation to solve, not an identity"
        unchecked.append(Unchecked(link.line, why, equality=False))
        entries = tuple(sorted((e for e in g.atoms(Indexed) if all(i.is_Integer for i in e.indices)), key=str))
        condition = dataclasses.replace(link, lhs=g, rhs=S.Zero, head=g, opening=True, sets=(shown, entries))
        return [*links[: premise[0]], condition, *links[premise[0] + 1 :]]
    return links
