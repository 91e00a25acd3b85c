"""The page's displays made one equation each, in order: a gather's rows, a case stated in the prose carried over
the displays right below it (a heading's over its section), a function introduced inside a chain given its
definition, and two equations set side by side in one display (``A = B \\quad\\text{and}\\quad C = D``) split; a
formula at a one-hot vector's 1 (``\\text{ where } y_i = 1``) read as a sum over its index; an equation that only
says what a name depends on (``z_k = z_k(\\ldots, z_i, \\ldots)``) is none of them."""

from __future__ import annotations

from derive.read.carried_cases import with_carried_cases
from derive.read.chain_functions import with_chain_functions
from derive.read.conjunctions import split_joined
from derive.read.contradicting_cases import refuse_contradicting_cases
from derive.read.dependences import without_dependences
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.gather_rows import split_gathered
from derive.read.heading_cases import with_heading_cases
from derive.read.hot_conditions import with_hot_conditions
from derive.read.leading_cases import with_leading_cases
from derive.read.named_functions import named_in_prose
from derive.read.offdiagonal_cases import with_offdiagonal_cases


def display_equations(found: Found, front: FrontMatter, text: str) -> Found:
    """``found`` with its displays one equation each (``gather_rows``, ``carried_cases``, ``chain_functions``,
    ``conjunctions``, ``dependences``); a function the front matter declares or the prose names is never defined by a
    chain."""
    declared = frozenset({e.text.strip().lstrip("\\") for e in front.functions} | set(named_in_prose(text)))
    found = with_hot_conditions(split_gathered(found), front)  # -\\log p_i \\text{ where } y_i = 1, y one-hot
    found = refuse_contradicting_cases(found, text)  # "### Case $i = k$" then "If $i \\neq k$:": which holds?
    found = with_heading_cases(found, text)  # "### When $j \\neq i$": its section's steps are of that case
    found = with_leading_cases(found)  # {\\rm if}~i=j,~A = B: the row's case, as written after it
    found = without_dependences(split_joined(with_chain_functions(with_carried_cases(found, text), declared)))
    return with_offdiagonal_cases(found, text)  # ∂g_i/∂x_i = …, then ∂g_i/∂x_j = …: the case j ≠ i


__all__ = ["display_equations"]
