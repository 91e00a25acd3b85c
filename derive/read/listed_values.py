"""A vector's values the prose lists, "Data: $x = [0, 1, 2, 3]$", which derive does not read: a link that writes x is
checked with any entries, so it proves what holds for every x but refutes nothing (a survey's L2 page had Σx_i² = 14
refuted at x_1 = 47/25, true of the page's data). Marked as a value the page states (``derive.read.unread_values``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from derive.model.notation import expand_definitions
from derive.read.find import Display, Unchecked
from derive.read.links import Link
from derive.read.macros import Macros
from derive.read.names import Names
from derive.read.number_columns import example_columns
from derive.read.specialized_functions import mark_specialized
from derive.read.unread_values import bears_on, with_unread_values

_NUMBER = r"-?\s*\d+(?:\.\d+)?"
_COMMA = r"\s*(?:\\[,;!:]\s*)*[,;]\s*(?:\\[,;!:]\s*)*"  # 0,\,1 and 0;1 too
#: A name given a list of numbers: x = [0, 1, 2, 3], y = (1, 0, 0), \mathbf{x} = \left[ 1, 2 \right].
_LISTED = re.compile(
    rf"\s*(?:\\(?:mathbf|boldsymbol|vec|bm)\s*\{{\s*)?(?P<name>[A-Za-z])\s*\}}?\s*=\s*(?:\\left\s*)?[\[(]\s*{_NUMBER}"
    rf"(?:{_COMMA}{_NUMBER})+\s*(?:\\right\s*)?[\])]\s*(?:\^\s*(?:\\top|T|\{{\s*(?:\\top|T)\s*\}}))?\s*[.,]?\s*"
)


def with_listed_values(
    links: list[Link],
    displays: Sequence[Display],
    unchecked: Sequence[Unchecked],
    names: Names,
    macros: Macros,
    refused: Iterable[tuple[int, str]],
    inline: Sequence[Display],
) -> list[Link]:
    """``with_unread_values``, and each link that writes a vector whose values an inline formula lists marked so."""
    links = with_unread_values(links, displays, unchecked, names, macros, refused)
    definitions = names.defined.definitions if names.defined is not None else ()
    links = mark_specialized(links, (*displays, *inline), names.generic, definitions)  # g generic, g(x) = x^2 given
    listed = example_columns(unchecked, names)  # "For example, … $$y = (0, 0, 1)$$": any y refutes nothing
    for formula in inline:
        match = _LISTED.fullmatch(formula.text)
        if match is not None and match["name"] in names.vectors:
            listed.append((names.vectors[match["name"]], match["name"], formula.line))
    if not listed:
        return links
    definitions = names.defined.definitions if names.defined is not None else ()
    marked = []
    for link in links:
        sides = [expand_definitions(side, definitions) for side in (link.lhs, link.rhs, link.head)]
        found = [(shown, line, "value") for base, shown, line in listed if bears_on(sides, base)]
        marked.append(dataclasses.replace(link, unread_values=(*link.unread_values, *found)) if found else link)
    return marked


__all__ = ["with_listed_values"]
