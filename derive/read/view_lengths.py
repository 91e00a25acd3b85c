"""The settings of a page (``derive.read.scopes``) each infer the length of their vectors from what they hold, so
one may name it D and another p (B-06's first section writes no shape; its second states X ∈ R^{n×p}). A
symbolic length is a variable over every size: a setting's links proven for every D are proven for every p. So
the settings are read with one name for it, the page's, before they are merged."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sympy import Basic, IndexedBase, Symbol

if TYPE_CHECKING:
    from derive.read.document import Document

T = TypeVar("T")


def renamed(value: T, mapping: dict[Basic, Basic]) -> T:
    """``value`` with every SymPy object in it, through tuples and frozen dataclasses, replaced by ``mapping``."""
    if isinstance(value, Basic):
        return value.xreplace(mapping)
    if isinstance(value, tuple):
        return (
            type(value)(renamed(v, mapping) for v in value)
            if not hasattr(value, "_fields")
            else type(value)(*(renamed(v, mapping) for v in value))
        )
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {
            f.name: renamed(getattr(value, f.name), mapping) for f in dataclasses.fields(value) if f.init
        }
        return dataclasses.replace(value, **changes)
    return value


def _names(view: Document) -> set[str]:
    """The names the view's links and definitions hold (its scalars, its vectors' and arrays' letters), and its
    other lengths: a length's new name must be none of them."""
    exprs = [side for link in view.links for side in (link.lhs, link.rhs, link.head, link.condition)]
    exprs += [definition.body for definition in view.definitions]
    held = {str(length) for length in view.space.lengths}
    for expr in exprs:
        if isinstance(expr, Basic):
            held |= {str(s) for s in expr.free_symbols} | {str(b.label) for b in expr.atoms(IndexedBase)}
    return held


def one_length(views: Sequence[Document], length: int | Symbol) -> list[Document] | None:
    """``views`` with every symbolic length of theirs named ``length``; None where a view's length is concrete, or
    the name already stands for something else in it (another length, a scalar)."""
    if not isinstance(length, Symbol):
        return None
    out: list[Document] = []
    for view in views:
        own = view.space.n
        if own == length:
            out.append(view)
            continue
        if not isinstance(own, Symbol) or own.assumptions0 != length.assumptions0 or str(length) in _names(view):
            return None
        mapping: dict[Basic, Basic] = {own: length}
        out.append(
            dataclasses.replace(
                view,
                space=renamed(view.space, mapping),
                links=renamed(view.links, mapping),
                definitions=renamed(view.definitions, mapping),
                assumptions=renamed(view.assumptions, mapping),
            )
        )
    return out
