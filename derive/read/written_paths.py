"""A link that writes the path through μ decides ∂/∂x_j as the derivative through μ: ∂/∂X_j (X_j − μ)² =
2(X_j − μ)(1 − ∂μ/∂X_j) writes ∂μ/∂X_j on the side without the derivative, so μ is not held fixed there (held
fixed, that side's ∂μ/∂X_j term would have nothing to stand for). Only where its display writes no derivative by μ
(a chain rule's ∂…/∂μ ∂μ/∂x_j, which makes the other ∂…/∂x_j the direct part), and the derivative's own side no
∂μ/∂x_j: otherwise ``held_intermediates`` refuses, naming both readings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sympy import Basic, Derivative

from derive.read.links import Link


def _lead(name: str) -> str:
    """The first command or letter of a name as derive shows it (\\mu of \\mu_{\\text{B}}, \\sigma of σ²): matched
    alone, so that a page's \\mu_B or \\sigma^2 is matched too (a wider match only refuses more)."""
    found = re.match(r"\\[A-Za-z]+|[A-Za-z]", name)
    return found.group(0) if found else name


def _by(name: str) -> re.Pattern[str]:
    """∂/∂μ, ∂f/∂μ, \\partial_\\mu, d/dμ written in LaTeX, for the name ``name`` as the page writes it."""
    shown = re.escape(_lead(name))
    return re.compile(rf"(\\partial|\\nabla|\bd)\s*(_\s*\{{?\s*)?{shown}(?![A-Za-z])")


def _numerators(name: str) -> re.Pattern[str]:
    """∂μ/∂x written as a fraction (μ on top): the path's own factor, not a derivative by μ."""
    shown = re.escape(_lead(name))
    return re.compile(rf"\\[dt]?frac\s*\{{\s*(\\partial|d)\s*{shown}(?![A-Za-z])[^{{}}]*\}}")


#: Words before the display that hold the middle fixed ("Holding $\\mu$ fixed, the direct part is"): then the
#: written ∂μ/∂X_j is a number of its own (a probe's a3_holding, a3_refute), and the display reads two ways.
_HELD = re.compile(r"\b(?:held|hold|holding|fixed|constant|frozen)\b", re.I)


def through_written(
    link: Link, display: Sequence[Link], derivative: Derivative, middle: Basic, middle_latex: str, lead: str = ""
) -> bool:
    """Whether ``link`` reads ``derivative`` (by x_j, of what writes x_j and ``middle``) through ``middle``, as the
    module says: its other side writes ∂middle/∂x_j, its own side does not, ``display`` (the links of its line
    and chain) writes no derivative by ``middle``, and its ``lead`` says nothing of holding it."""
    if _HELD.search(lead):
        return False
    variable = derivative.variables[0]
    path = Derivative(middle, variable)
    sides = (link.lhs, link.rhs)
    own = [side for side in sides if side.has(derivative)]
    other = [side for side in sides if not side.has(derivative)]
    if len(own) != 1 or len(other) != 1 or own[0].has(path) or not other[0].has(path):
        return False
    for written in {text for each in display for text in (each.lhs_latex, each.rhs_latex)}:
        if _by(middle_latex).search(_numerators(middle_latex).sub("", written)):
            return False  # a derivative by μ beside it: the chain rule that makes ∂…/∂x_j its direct part
    return True


__all__ = ["through_written"]
