"""A function defined with entries for parameters, read by its body: ``f(z_i) = z_i^2`` is f(t) = t², its body's
z_i the parameter, not the page's entry z_i at a fixed i (``derive.read.declarations``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sympy import Basic

if TYPE_CHECKING:
    from derive.read.names import Names


def at_parameters(body: object, params: tuple[str, ...], symbols: tuple[Basic, ...], names: Names) -> object:
    """A function's ``body`` with each entry its parameters name (``f(z_i) = z_i^2``: z_i) written as the parameter:
    read as the page's entry at a fixed i, f(z_1) and f(z_2) were both z_i², and f(z_1) = f(z_2) was proven."""
    entries = {}
    for param, symbol in zip(params, symbols, strict=True):
        entry = re.fullmatch(r"([A-Za-z])_([A-Za-z])", param)
        if entry is not None and entry[1] in names.vectors and entry[2] in names.indices:
            entries[names.vectors[entry[1]][names.indices[entry[2]]]] = symbol
    return body.xreplace(entries) if entries and isinstance(body, Basic) else body


__all__ = ["at_parameters"]
