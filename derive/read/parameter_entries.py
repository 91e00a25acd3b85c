"""A function defined with entries for parameters, read by its body: ``f(z_i) = z_i^2`` is f(t) = t², its body's
z_i the parameter, not the page's entry z_i at a fixed i (``derive.read.declarations``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sympy import Basic, Expr, Indexed, diff

from derive.errors import InputError
from derive.read.case_interiors import interiors

if TYPE_CHECKING:
    from derive.read.names import FunctionDefinition, Names


def at_parameters(
    body: object, params: tuple[str, ...], symbols: tuple[Basic, ...], names: Names
) -> tuple[object, tuple[Basic, ...]]:
    """A function's ``body`` with each entry its parameters name (``f(z_i) = z_i^2``: z_i) written as the parameter:
    read as the page's entry at a fixed i, f(z_1) and f(z_2) were both z_i², and f(z_1) = f(z_2) was proven. With
    it, the vectors whose entries the parameters stand for (z)."""
    entries: dict[Indexed, Basic] = {}
    for param, symbol in zip(params, symbols, strict=True):
        entry = re.fullmatch(r"([A-Za-z])_([A-Za-z])", param)
        if entry is not None and entry[1] in names.vectors and entry[2] in names.indices:
            entries[names.vectors[entry[1]][names.indices[entry[2]]]] = symbol
    if not entries or not isinstance(body, Basic):
        return body, ()
    written = body.xreplace(entries)
    indices = {index for entry in entries for index in entry.indices}
    bases = {entry.base for entry in entries}
    left = [a for a in written.atoms(Indexed) if a.base in bases and set(a.indices) & indices] + sorted(
        written.free_symbols & indices, key=str
    )  # L(y_i, p_j) = y_i p_j + y_j p_i: of the numbers, or of the indices i and j?
    if left:
        shown = f"{left[0].base}_{''.join(map(str, left[0].indices))}" if isinstance(left[0], Indexed) else left[0]
        raise InputError(f"a function of {', '.join(params)} whose body writes {shown} too reads two ways: a "
                         "function of those numbers, or of their indices; write it of letters (L(a, b) = …) or as "
                         "an entry (L_{ij} = …)")  # fmt: skip
    return written, tuple(sorted(bases, key=str))


def primed_body(function: FunctionDefinition, shown: str, line: int, order: int) -> Expr:
    """The body of f', f'' (``order`` primes): its derivative by its one parameter. Refused where the function of an
    entry, f(x_i), is written through other entries of its vector (Σ_j e^{x_j}): f'(x_i) is then the derivative by
    the argument alone, the others held, or by the entry x_i, the sum's x_i too (a softmax page's f(1 − f))."""
    if len(function.parameters) != 1:
        raise InputError(f"line {line}: {shown}' needs {shown} to take one argument")
    others = sorted({a for a in function.body.atoms(Indexed) if a.base in function.entries_of}, key=str)
    if others:
        entry = f"{others[0].base}_{''.join(map(str, others[0].indices))}"
        raise InputError(
            f"line {line}: {shown}' of a function of an entry written through other entries ({entry}) reads two "
            f"ways: the derivative by its argument alone, the other entries held, or by the entry, through {entry} "
            f"too; write \\frac{{\\partial {shown}(…)}}{{\\partial …}} for the second"
        )
    return diff(interiors(function.body, function.parameters[:1]), function.parameters[0], order)  # none at a jump


__all__ = ["at_parameters", "primed_body"]
