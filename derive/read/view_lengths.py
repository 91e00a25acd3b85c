"""The settings of a page (``derive.read.scopes``) each infer the length of their vectors from what they hold, so
one may name it D, a letter of derive's own, and another p (a first section that writes no shape, a second that
states X ∈ R^{n×p}). A length the page never writes is a variable over every size: a setting's links proven for
every D are proven for every p. So such a setting is read with the page's name for it before the settings are
merged. Lengths the page writes are never renamed."""

from __future__ import annotations

import dataclasses
import re
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


def one_length(views: Sequence[Document], length: int | Symbol, text: str) -> list[Document]:
    """``views`` with each symbolic length that is a letter of derive's own (written nowhere in ``text``, the page,
    as D, the features' count of bold rows) named ``length``, the page's, where that name is none of the view's own.
    A length the page writes (d in one section, m in the next) is left as it is, and the settings are not merged:
    a definition kept from above (s_i over Σ_j) would be read at the other section's length."""
    if not isinstance(length, Symbol):
        return list(views)
    out: list[Document] = []
    for view in views:
        own = view.space.n
        written = isinstance(own, Symbol) and re.search(
            rf"(?<![\\A-Za-z]){re.escape(str(own).split('_')[0])}(?![A-Za-z])", text
        )
        if (
            own == length
            or not isinstance(own, Symbol)
            or written
            or own.assumptions0 != length.assumptions0
            or str(length) in _names(view)
        ):
            out.append(view)
            continue
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
