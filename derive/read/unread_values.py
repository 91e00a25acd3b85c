"""A name whose value a display states that derive could not read (lecture notes' ``\\delta_1^{(1)} = w_1^{(2)}
\\frac{\\partial a_1^{(1)}}{\\partial z_1^{(1)}} \\delta^{(2)}``, unreadable): a link that writes the name is checked
with it as any number. That proves a claim true for every value, but refutes nothing: the counterexample's value may
not be the one the page gives (``∂C/∂w_{11}^{(1)} = δ_1^{(1)} a_1^{(1)}`` had been refuted with δ_1^{(1)} = 3/20). So
does a display derive lists as holding another relation (``z = x^2, \\qquad x \\geq 0``): it reads equalities only;
and a name its condition writes, where derive cannot read that condition (``x_i > 0``), is as unknown below it."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterable, Sequence

from sympy import Basic, Indexed, Symbol, SympifyError, expand

from derive.errors import InputError
from derive.model.notation import expand_definitions
from derive.read.displayed_bounds import bounded_names, row_parts
from derive.read.evaluated_values import IN_A_CASE
from derive.read.find import Display, Unchecked
from derive.read.latex_lexer import Token, tokenize
from derive.read.links import Link
from derive.read.macros import Macros
from derive.read.names import Names
from derive.read.rows import at_top


def with_unread_values(
    links: list[Link],
    displays: Sequence[Display],
    unchecked: Sequence[Unchecked],
    names: Names,
    macros: Macros,
    refused: Iterable[tuple[int, str]] = (),
) -> list[Link]:
    """The links, each marked with the names it writes whose value an unread row states (its first side alone), or
    whose definition on the page could not be read (``refused``: its line and head, ``z`` of ``z = x[j] \\cdot 2``)."""
    unread = {u.line for u in unchecked if u.reason.startswith(("unreadable", "holds '"))}  # z = x^2, \\; x \\geq 0
    stated: list[tuple[Basic, str, int]] = []
    for line, head in refused:
        with contextlib.suppress(InputError):
            name = _name(tokenize(head, line), names)
            stated += [] if name is None else [(name, head, line)]
    bounded: list[tuple[Basic, str, int]] = []  # x_i > 0 beside an equation: any x_i refutes nothing
    cased = {u.line for u in unchecked if IN_A_CASE in u.reason}  # "with $$\\hat{y} = 0.8$$ and …"
    at_values: list[tuple[Basic, str, int, tuple[int, int]]] = []  # each with the lines of the display it holds for
    for k, display in enumerate(displays):
        last = display.line + display.text.count("\n")
        if any(display.line <= line <= last for line in unread):
            stated += [(name, shown, at) for name, shown, at in _stated_names(display, names, macros) if at in unread]
        below = next((d for d in displays[k + 1 :] if not _ASSIGNED.fullmatch(d.text) and d.line >= display.line), None)
        apart = below is not None and re.search(r"[.!?;]\s|\bgeneral", below.lead) is not None  # "In general, …"
        if below is not None and not apart and any(display.line <= line <= last for line in cased):  # right below
            span = (below.line, below.line + below.text.count("\n"))
            at_values += [(name, shown, at, span) for name, shown, at in _stated_names(display, names, macros)]
        bounded += bounded_names(display, names, macros)  # a condition it cannot read, read or not the display
    if not stated and not bounded and not at_values:
        return links
    definitions = names.defined.definitions if names.defined is not None else ()
    marked = []
    for link in links:
        sides = [expand_definitions(side, definitions) for side in (link.lhs, link.rhs, link.head)]
        found = [(shown, at, "value") for name, shown, at in stated if at != link.line and bears_on(sides, name)]
        found += [(shown, at, "condition") for name, shown, at in bounded if at < link.line and bears_on(sides, name)]
        found += [(shown, at, "value") for name, shown, at, (first, end) in at_values
                  if first <= link.line <= end and bears_on(sides, name)]  # fmt: skip
        marked.append(dataclasses.replace(link, unread_values=tuple(dict.fromkeys(found))) if found else link)
    return marked


#: A display that gives a name a value and no more (``y = 1``, ``\\hat{y} = 0.8``): another of an example's values.
_ASSIGNED = re.compile(r"\s*\\?[A-Za-z]+(?:\{[A-Za-z]\})?(?:_\{?\w+\}?)?\s*=\s*-?[\d.]+\s*[,.]?\s*")


def bears_on(sides: list[Basic], name: Basic) -> bool:
    """Whether the link's sides (definitions written out) write ``name`` (a scalar, or one entry of a vector), in a
    difference that keeps it: ``δ + 1 = δ`` is false whatever δ is, and stays refuted."""
    lhs, rhs, head = sides
    if not any(isinstance(side, Basic) and side.has(name) for side in sides):
        return False
    try:
        return bool(expand(lhs - rhs).has(name) or expand(head - rhs).has(name))
    except (TypeError, ValueError, AttributeError):  # shapes, matrices: keep it marked
        return True


def _name(left: list[Token], names: Names) -> Basic | None:
    """The one name ``left`` writes (``\\delta_1^{(1)}``, ``z``), read with the page's names; a letter whose own
    definition could not be read is the page's number of that letter."""
    from derive.read.latex_parser import read_expression  # the parser reads names; this module marks links

    if not left:
        return None
    try:
        name, _ = read_expression(left, names, left[0].line)
    except (InputError, TypeError, AttributeError, ValueError, SympifyError):  # what the row's own reading met
        return names.scalars.get(str(left[0].value)) if len(left) == 1 and left[0].kind == "letter" else None
    return name if isinstance(name, Symbol | Indexed) else None


def _stated_names(display: Display, names: Names, macros: Macros) -> list[tuple[Basic, str, int]]:
    """Each row's first side where it is one name (``\\delta_1^{(1)}``, ``z``), as read and as written, with the row's
    line."""
    found = []
    for parts in row_parts(display, macros):
        for part in parts:  # u = 2t, \\quad v = 3t: each equation of the row
            equals = next((k for k, (t, top) in enumerate(at_top(part)) if top and t.kind == "="), None)
            left = part[:equals] if equals else []
            name = _name(left, names)
            if name is not None:
                found.append((name, display.text[left[0].start : left[-1].end], left[0].line))
    return found


__all__ = ["bears_on", "with_unread_values"]
