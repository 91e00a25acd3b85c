"""A condition the prose states of every entry of a vector with a letter for the index, "Let $x_i = 1$.", "Since
$x_i > 0$,", where the condition reader takes only a number for it (x_1 = 1) or an index the page declares. A
counterexample that breaks it had refuted x_i² = x_i below "Let $x_i = 1$." and |x_1| = x_1 below "Since $x_i > 0$,"
(a probe's R7). Read for the backstop of ``derive.read.prose_conditions`` only, which never proves."""

from __future__ import annotations

import dataclasses
import re

from sympy import Contains, FiniteSet, Indexed, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.latex_lexer import tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.rows import at_top

#: An entry with a letter for its index, x_i or x_{i}, of a vector the page names.
_ENTRY = re.compile(r"^\s*(?P<vector>[A-Za-z])_\{?(?P<index>[a-z])\}?\s*(?:[<>=]|\\[lg]e|\\neq?|\\in)")


def with_entry_index(shown: str, names: Names) -> Names:
    """``names`` with the letter that indexes an entry of a vector of the page in ``shown`` read as an index, where
    the page names no other thing by it (the page writes x_1 alone; "Since $x_i > 0$," speaks of every entry)."""
    match = _ENTRY.match(shown)
    if match is None or match["vector"] not in names.vectors or match["index"] in names.indices:
        return names
    if match["index"] in names.scalars or match["index"] in names.vectors or match["index"] in names.defined_scalars:
        return names
    index = Symbol(match["index"], integer=True, positive=True)
    return dataclasses.replace(names, indices={**names.indices, match["index"]: index})


def entry_value(shown: str, line: int, names: Names) -> Assumption | None:
    """The value "Let $x_i = 1$." gives every entry of a vector of the page (x_i ∈ {1}), or None."""
    if _ENTRY.match(shown) is None:
        return None
    tokens = tokenize(shown, line)
    cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and t.kind == "="]
    if len(cuts) != 1:
        return None
    try:
        value, _ = read_expression(tokens[: cuts[0]], names, line)
        number, _ = read_expression(tokens[cuts[0] + 1 :], names, line)
    except (InputError, TypeError, ValueError):
        return None
    entry = isinstance(value, Indexed) and value.base in names.vectors.values()
    if not entry or not getattr(number, "is_number", False) or not number.is_finite:
        return None
    return Assumption("domain", shown, Contains(value, FiniteSet(number), evaluate=False))


__all__ = ["entry_value", "with_entry_index"]
