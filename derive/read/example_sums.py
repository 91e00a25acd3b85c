"""Sums over the training examples written with the input's letter, as Nielsen writes them: ``C = -\\frac{1}{n}
\\sum_x [y \\ln a + (1 - y) \\ln(1 - a)]``, the sum "over all training inputs x", with y, a and x_j each example's.

``\\sum_x F``, x a vector of the page and no index, is read as N_x · F: N_x examples, each alike. That is exact for
a claim whose sides are sums over the examples plus terms that do not change with the example: such a claim holds
for every data set if and only if it holds per example, and then for N_x alike examples too; and a counterexample
of N_x alike examples is a data set. A link is refused where it is not of that form: a side not linear in the sum
(log Σ_x, a product of two sums), or a name inside a sum over the examples that stands outside it too (each
example's, or one for them all?). A sum over the examples of what holds no name (Σ_x 1, their count) is refused:
derive does not know how many there are. While the page is read, the sum is kept as ``Sum(F, (e, 1, N_x))`` over
an index of its own, so that what stands inside it and outside it can be told apart; it is N_x · F after.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sympy import Basic, Derivative, Dummy, Indexed, Sum, Symbol, expand

from derive.model.notation import Definition, expand_definitions
from derive.read.example_counts import letter_of, over_examples
from derive.read.find import Unchecked
from derive.read.links import Link
from derive.read.names import Names


def _written(expr: Basic) -> Basic:
    """Each sum over the examples as N_x · F."""
    return expr.replace(over_examples, lambda s: s.limits[0][2] * s.function)


def _names_in(expr: Basic) -> set[Basic]:
    """The symbols and vectors (by their base) an expression is made of, a derivative's variables left out."""
    bare = expr.replace(lambda e: isinstance(e, Derivative), lambda d: d.expr)
    return {atom.base for atom in bare.atoms(Indexed)} | {s for s in bare.free_symbols if isinstance(s, Symbol)}


def _sums_over_examples(side: Basic, definitions: Sequence[Definition]) -> bool:
    return any(over_examples(node) for node in expand_definitions(side, definitions).atoms(Sum))


def _why_not(link: Link, definitions: Sequence[Definition], lengths: set[Basic]) -> str | None:
    """Why a link through a sum over the examples is not of the form read exactly, or None."""
    difference = expand_definitions(link.lhs - link.rhs, definitions)
    sums = {node for node in difference.atoms(Sum) if over_examples(node)}
    if not sums:
        return None
    counts = {node.limits[0][2] for node in sums}
    if len(counts) > 1:
        return "it sums over the examples by two letters"
    (count,) = counts
    letter = letter_of(count)
    inside = set().union(*(_names_in(node.function) for node in sums))
    outside = _names_in(difference.xreplace({node: Dummy() for node in sums}))
    shared = sorted(str(name) for name in (inside & outside) - lengths)  # a length is the same for every example
    one_side = [side for side in (link.lhs, link.rhs) if not _sums_over_examples(side, definitions)]
    if shared and one_side:  # ∂C/∂w_j = x_j(σ(z) − y) with C a sum over the examples: the sum dropped?
        return (
            f"one side sums over the examples {letter} and the other, with {letter if letter in shared else shared[0]}"
            " each example's, does not: "
            "was the sum dropped? (that side holds for one example; write the sum, or the one example's term)"
        )
    if shared:
        return (
            f"{shared[0]} stands inside the sum over the examples {letter} and outside it: each example's, or one "
            "for them all? (write the terms inside the sum, or name them apart)"
        )
    for variable in {v for node in (link.lhs - link.rhs).atoms(Derivative) for v in node.variables}:
        made_of = _names_in(expand_definitions(variable, definitions))
        if any(str(name) == letter for name in made_of):
            return (
                f"it differentiates by {variable}, which is each example's (made of {letter}): the derivative of "
                f"the sum by one example's {variable} is that example's term alone; write it so"
            )
    if expand(_written(difference).diff(count, 2)) != 0:
        return f"a side is not a sum over the examples {letter} plus terms that do not change with the example"
    return None


def over_examples_checked(
    links: list[Link], definitions: Sequence[Definition], names: Names, unchecked: list[Unchecked]
) -> tuple[list[Link], tuple[Definition, ...]]:
    """The links, less those through a sum over the examples that are not read exactly (listed unreadable), and
    the definitions; each sum over the examples then N_x · F."""
    if not names.example_sums:
        return links, tuple(definitions)
    kept: list[Link] = []
    for link in links:
        why = _why_not(link, definitions, set(names.lengths()))
        if why is not None:
            unchecked.append(Unchecked(link.line, f"unreadable: {why}", True))
            continue
        kept.append(
            dataclasses.replace(
                link,
                lhs=_written(link.lhs),
                rhs=_written(link.rhs),
                head=_written(link.head),
                nonzero=tuple(_written(expr) for expr in link.nonzero),
            )
        )
    return kept, tuple(dataclasses.replace(d, body=_written(d.body)) for d in definitions)


def examples_read(names: Names) -> tuple[str, ...]:
    """For the report: how each sum over the examples was read."""
    return tuple(
        f"\\sum_{letter} (line {line}): a sum over the training examples {letter}, each example's terms read alike "
        f"(N_{{{letter}}} of them), a name it is differentiated by one for them all: a claim through it holds for "
        "every data set exactly when it holds per example"
        for letter, line in sorted(names.example_sums.items())
    )
