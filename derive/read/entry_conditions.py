"""A condition the prose states of every entry of a vector with a letter for the index that the page uses for nothing
else, "Since $x_i > 0$," above |x_1| = x_1: a counterexample that breaks it had refuted the display (a probe's R7).
Read for the backstop of ``derive.read.prose_conditions`` only, which never proves. (A value at an index the page
uses, "if $y_o = 1$", states the hot class at o, no condition on every entry: not read so.)"""

from __future__ import annotations

import dataclasses
import re

from sympy import Symbol

from derive.read.names import Names

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


__all__ = ["with_entry_index"]
