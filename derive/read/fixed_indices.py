"""A page's fixed index: a declared index that a definition holds free (CS231n's correct class y in
L = -log p_y). Every claim is then checked for each of its values; a sum that binds it could run over the y of the
names in its summand or leave them at the page's y, so it is refused."""

from __future__ import annotations

from collections.abc import Iterable

from sympy import Basic, Expr, Symbol

from derive.errors import InputError
from derive.model.notation import bound_symbols
from derive.read.names import Names
from derive.read.shapes import Shaped


def note_fixed(head: str, body: Basic, names: Names, parameters: set[Basic]) -> set[Symbol]:
    """The declared indices, each one free in ``body`` and not its parameter (the i of s_i: …) noted as fixed by the
    definition ``head`` (the first to hold it free): the indices a definition may hold free."""
    fixed = {names.indices[name] for name in names.declared_indices if name in names.indices}
    for index in sorted((body.free_symbols & fixed) - parameters, key=str):
        names.fixed.setdefault(index, head)
    return fixed


def refuse_sums_over_fixed(bodies: Iterable[Expr], names: Names, line: int) -> None:
    """A definition whose body sums over a fixed index stops the file: which y its sum means cannot be told."""
    for body in [*bodies, *(function.body for function in names.functions.values())]:
        entry = body.entry if isinstance(body, Shaped) else body  # a function of a whole vector: its entry's sums
        bound = bound_symbols(entry) & set(names.fixed)
        if bound:
            shown = ", ".join(sorted(str(s) for s in bound))
            raise InputError(
                f"line {line}: a definition sums over {shown}, the page's fixed index (the free index {shown} of "
                f"the definition of {names.fixed[min(bound, key=str)]}): give the sum an index of its own"
            )
