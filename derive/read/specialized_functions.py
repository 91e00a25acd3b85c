"""A function the front matter declares generic (``functions: [g]``) that the page then gives a value: "If $z =
f(g(x))$, … Let $$g(x) = x^2$$" (a chain rule stated for any f and g, then worked for one). derive reads a declared
function as generic throughout. The display that gives the value is listed, not checked (a claim about every g, or
the page's choice of one?), and a link below it that uses the function is checked for every g: it is proven where it
holds for every g, so for the page's too, and refuted nowhere, a counterexample's g not being the page's (held-out
page U-29 had six links refuted so: g(x) = x^2, f'(u) = cos(u), …)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from sympy import Basic
from sympy.core.function import AppliedUndef

from derive.model.notation import Definition, expand_definitions
from derive.read.find import Display, Found, Unchecked
from derive.read.links import Link

#: What sets two equations of one formula apart: ``g(x) = x^2,\\qquad f(u) = \\sin(u)``, ``\\text{and}``, a row.
_APART = re.compile(
    r"\\q?quad\b|\\text\s*\{[^{}]*\}|\\\\|;|,(?=\s*\\?[A-Za-z]+\s*\()|\\(?:implies|Rightarrow|Longrightarrow)(?![A-Za-z])"
)


def _gives_value(formula: str, name: str) -> bool:
    """Whether an equation of ``formula`` sets ``name(args)`` equal to what does not write the name again
    (``g(x) = x^2``, ``y = f(x) = \\log(1 + e^x)``, ``f(u) := \\sin u``)."""
    parameter = r"\s*(?:\\[A-Za-z]+\s*\{\s*[A-Za-z]\s*\}|\\?[A-Za-z]+)\s*"  # x, \\theta, \\mathbf{x}: no g(W_1 x)
    applied = re.compile(rf"\s*&?\s*\\?{re.escape(name)}\s*\({parameter}(?:,{parameter})*\)\s*:?\s*&?\s*")
    again = re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")
    for part in _APART.split(formula):
        sides = part.strip().strip(",.").split("=")
        for side, value in pairwise(sides):
            if applied.fullmatch(side.lstrip(",")) and value.strip(" ,.&") and again.search(value) is None:
                return True
    return False


def specializations(formulas: Iterable[Display], functions: Iterable[str]) -> dict[str, int]:
    """Each generic function a formula (display or inline) gives a value, with the first such formula's line."""
    names = [f.lstrip("\\") for f in functions]
    given: dict[str, int] = {}
    for formula in sorted(formulas, key=lambda d: d.line):
        for name in names:
            if name not in given and _gives_value(formula.text, name):
                given[name] = formula.line
    return given


def refuse_specialized(found: Found, functions: Iterable[str]) -> Found:
    """``found`` without the displays that give a declared generic function a value, each listed with why."""
    given = specializations(found.displays, functions)
    lines: dict[int, list[str]] = {}
    for name, line in given.items():
        lines.setdefault(line, []).append(name)
    if not lines:
        return found
    kept = tuple(d for d in found.displays if d.line not in lines)
    notes = tuple(
        Unchecked(
            d.line,
            f"unreadable: the front matter declares {' and '.join(lines[d.line])} generic (functions), and this "
            "display gives a value: a claim about every such function, or the page's choice of one? Links below that "
            "use it are checked for every one, and refute nothing; give the function with a value a name of its own",
        )
        for d in found.displays
        if d.line in lines
    )
    return dataclasses.replace(found, displays=kept, unchecked=(*found.unchecked, *notes))


def _writes(sides: Sequence[Basic], name: str) -> bool:
    return any(a.func.__name__.lstrip("\\") == name for side in sides for a in side.atoms(AppliedUndef))


def mark_specialized(
    links: list[Link], formulas: Iterable[Display], functions: Iterable[str], definitions: Sequence[Definition] = ()
) -> list[Link]:
    """``links``, each below a formula that gives a generic function it uses (through the page's ``definitions`` too:
    dy/dx beside y = f(x)) a value marked with it (a value the page states that derive does not read:
    ``Link.unread_values``)."""
    given = specializations(formulas, functions)
    if not given:
        return links
    marked = []
    for link in links:
        sides = [expand_definitions(s, definitions) for s in (link.lhs, link.rhs, link.head) if isinstance(s, Basic)]
        found = [(name, at, "value") for name, at in given.items() if at < link.line and _writes(sides, name)]
        marked.append(dataclasses.replace(link, unread_values=(*link.unread_values, *found)) if found else link)
    return marked


__all__ = ["mark_specialized", "refuse_specialized", "specializations"]
