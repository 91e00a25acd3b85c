"""∂x̂_i/∂x_i where the page's chain rule makes it the direct part (R-06, batch norm): a display writes ∂f/∂x_i =
∂f/∂x̂_i ∂x̂_i/∂x_i + ∂f/∂μ ∂μ/∂x_i + ∂f/∂σ² ∂σ²/∂x_i, one term through each name x̂_i's definition writes that
is made of x_i. There ∂x̂_i/∂x_i holds μ and σ² fixed, and so it does in the displays below that chain rule:
1/√(σ² + ε), not the derivative through μ and σ² as well. Such a derivative is read so (μ and σ² held as
independent variables, as ``held_derivative`` holds a derivative by a defined name). Where a term is missing, or
the chain rule writes anything else, it still reads two ways (``held_intermediates``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sympy import Basic, Derivative, Expr, Indexed, Symbol

from derive.model.notation import Definition, expand_definitions, rename_bound_apart
from derive.read.find import Display
from derive.read.links import Link
from derive.read.names import Names, display_name

_GROUP = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"  # braces nested three deep: {\sigma_{\text{sq}}}
_FRACTION = re.compile(r"\\frac\{\\partial((?:[^{}]|" + _GROUP + r")*)\}\{\\partial((?:[^{}]|" + _GROUP + r")*)\}")


def _plain(text: str) -> str:
    """A display's text without spacing, colour, \\left/\\right, \\cdot or \\dfrac's d: fractions as written."""
    text = re.sub(r"\\color\s*\{[^{}]*\}|\\left|\\right|\\cdot|\\[,;:! ]|\\q?quad", "", text)
    text = re.sub(r"\\[dt]frac", r"\\frac", text)
    text = re.sub(r"\s+", "", text)
    return text


def _written(expr: Basic) -> str:
    """A name or an entry as the page writes it, compared without spaces: \\hat{x}_i, \\sigma_{\\text{sq}}, \\mu."""
    base = expr.base if isinstance(expr, Indexed) else expr
    name, _, label = str(base).partition("_")
    shown = f"{display_name(name)}_{{\\text{{{label}}}}}" if label.isalpha() else display_name(str(base))
    if isinstance(expr, Indexed):
        shown += "_" + "".join(map(str, expr.indices))
    return re.sub(r"\s+", "", shown)


def _terms(text: str) -> tuple[str, list[str]] | None:
    """The one fraction on the left of ``lhs = t_1 + t_2 + …`` and each term's fractions, as (lhs, [terms])."""
    plain = _plain(text).strip("$")
    if plain.count("=") != 1:
        return None
    left, right = plain.split("=")
    depth, terms, start = 0, [], 0
    for at, char in enumerate(right):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char in "+-" and depth == 0:
            terms.append(right[start:at])
            start = at + 1
    terms.append(right[start:])
    if "-" in re.sub(r"\{[^{}]*\}", "", right) or not left:
        return None  # a term subtracted: not the chain rule's sum
    return left, terms


def _chain_rule_middles(display: Display, named: str, by: str) -> set[str] | None:
    """The middles M of a chain rule ∂F/∂by = ∂F/∂named ∂named/∂by + Σ ∂F/∂M ∂M/∂by the display writes (as written),
    or None where it writes none so: each term exactly two fractions, the outer function one throughout."""
    split = _terms(display.text)
    if split is None:
        return None
    left, terms = split
    outer = _FRACTION.fullmatch(left[1:-1] if left.startswith("{") and left.endswith("}") else left)
    if outer is None or outer.group(2) != by:
        return None
    function, middles, direct = outer.group(1), set(), False
    for term in terms:
        found = [(m.group(1), m.group(2)) for m in _FRACTION.finditer(term)]
        rest = _FRACTION.sub("", term).replace("{", "").replace("}", "")
        if len(found) != 2 or rest or found[0][0] != function or found[1][1] != by or found[0][1] != found[1][0]:
            return None
        direct = direct or found[0][1] == named
        middles.add(found[0][1])
    return middles - {named} if direct else None


def _held_value(derivative: Derivative, middles: set[Basic], definitions: Sequence[Definition]) -> Expr:
    """∂A/∂x with the ``middles`` held as independent variables: A's definition, the rest written out."""
    expr, variable = derivative.expr, derivative.variables[0]
    base = expr.base if isinstance(expr, Indexed) else expr
    written = expr
    for definition in (d for d in definitions if d.name == base):
        written = definition.expand_in(written)
    written = expand_definitions(written, [d for d in definitions if d.name not in middles])
    written = rename_bound_apart(written, variable.free_symbols)  # σ² = Σ_i (x_i − μ)²/m by x_i: its own i apart
    return Derivative(written, variable).doit()


#: Words before a display that take the derivative through the middles too ("the total derivative, through $\\mu$
#: and $\\sigma^2$ as well"): no direct part, whatever the chain rule above (a probe's a4_total).
_TOTAL = re.compile(r"\b(?:total|through|as\s+well|moves?|full|paths|indirect\w*|also)\b", re.I)
#: Words before a chain rule that set it aside ("A common mistake is to write"): it decides nothing (a4_mistake).
_ASIDE = re.compile(r"\b(?:mistake\w*|wrong\w*|incorrect\w*|error\w*|not|never|don't|avoid\w*|naive\w*)\b", re.I)


def lead_of(link: Link, displays: Sequence[Display]) -> str:
    """The lead of the display ``link`` stands in ("" where none is found)."""
    return next((d.lead for d in displays if d.line <= link.line <= d.line + d.text.count("\n")), "")


def _rule_applies(rule: Display, link: Link, links: Sequence[Link], displays: Sequence[Display]) -> bool:
    """Whether the chain rule of ``rule`` may decide ``link``: it was read (a link of its rows), its lead does not set
    it aside, no heading stands between them, and the link's own lead does not go through the middles."""
    last = rule.line + rule.text.count("\n")
    read = any(rule.line <= each.line <= last for each in links)
    between = [d for d in displays if rule.line < d.line <= link.line]
    headed = any(re.search(r"^\s*#", d.lead, re.M) for d in between)
    return read and not headed and not _ASIDE.search(rule.lead) and not _TOTAL.search(lead_of(link, displays))


def direct_parts(links: list[Link], names: Names, displays: Sequence[Display]) -> list[Link]:
    """The links with each ∂A/∂x that a chain rule above them makes a direct part read so, as the module says."""
    if not names.held_by or names.defined is None:
        return links
    definitions = names.defined.definitions
    defined = {d.name for d in definitions}
    out = []
    for link in links:
        decided: dict[Basic, Expr] = {}
        for derivative in {*link.lhs.atoms(Derivative), *link.rhs.atoms(Derivative)}:
            expr = derivative.expr
            if len(derivative.variables) != 1 or not isinstance(expr, (Indexed, Symbol)):
                continue
            variable = derivative.variables[0]
            base = expr.base if isinstance(expr, Indexed) else expr
            by = variable.base if isinstance(variable, Indexed) else variable
            if base not in defined or by in defined:
                continue
            body = expand_definitions(expr, [d for d in definitions if d.name == base])
            made = {
                name for name in defined - {base} if body.has(name) and expand_definitions(name, definitions).has(by)
            }
            if not made or not any((base, m) in names.held_by for m in made):
                continue
            shown = {_written(m): m for m in made}
            for display in (d for d in displays if d.line <= link.line):
                middles = _chain_rule_middles(display, _written(expr), _written(variable))
                if middles is not None and set(shown) <= middles and _rule_applies(display, link, links, displays):
                    decided[derivative] = _held_value(derivative, made, definitions)
                    break
        out.append(link if not decided else _replaced(link, decided))
    return out


def _replaced(link: Link, decided: dict[Basic, Expr]) -> Link:
    lhs, rhs, head = (side.xreplace(decided) for side in (link.lhs, link.rhs, link.head))
    return dataclasses.replace(link, lhs=lhs, rhs=rhs, head=head)


__all__ = ["direct_parts", "lead_of"]
