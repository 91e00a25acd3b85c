"""The settings of a page (``derive.read.scopes``) merged into one document. A setting whose view cannot be formed
or read, or that infers another length, is read as the whole page reads it (one notation, the displays below a
second definition refused, as before), so that the others keep their own readings: before, one such setting (Q-10's
softmax section, over K) sent the whole page back to one notation, every display below a second definition refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sympy import Symbol

from derive.errors import InputError
from derive.read.find import Unchecked

if TYPE_CHECKING:
    from derive.read.document import Document


def view_or_whole(text: str | None, read: Callable[[str], Document], whole: Document) -> Document:
    """The setting's view, ``text`` read; ``whole`` where there is none (None) or it cannot be read."""
    if text is None:
        return whole
    try:
        return read(text)
    except InputError:
        return whole


def merged_views(whole: Document, views: Sequence[Document], bounds: Sequence[tuple[int, int]]) -> Document | None:
    """One document of the settings' readings, each link with its setting's definitions (none where its setting
    has none: the document then lists none, so that no link falls back on another setting's) and the assumptions
    only its setting makes; a setting read at another n than the page's is read as ``whole`` reads it. None where
    they do not fit in one (an index of two ranges, a chain that goes on across a setting's start)."""
    views = [view if view.space.n == whole.space.n else whole for view in views]
    first = views[0]
    common = tuple(a for a in first.assumptions if all(a in v.assumptions for v in views))
    links, unchecked, chains, bare = [], [], 0, False
    indices: dict[Symbol, None] = {}
    ranges: dict[Symbol, int | Symbol] = {}
    lengths: dict[Symbol, None] = {}
    for view, (start, end) in zip(views, bounds, strict=True):
        mine = [link for link in view.links if start <= link.line < end]
        if {link.chain for link in mine} & {link.chain for link in view.links if link.line < start}:
            return None
        own = tuple(a for a in view.assumptions if a not in common)
        numbers = {chain: chains + k + 1 for k, chain in enumerate(dict.fromkeys(link.chain for link in mine))}
        chains += len(numbers)
        bare |= any(not (link.definitions or view.definitions) for link in mine)
        links += [
            dataclasses.replace(
                link,
                chain=numbers[link.chain],
                definitions=link.definitions or view.definitions,
                constraints=(*link.constraints, *own),
            )
            for link in mine
        ]
        unchecked += [u for u in view.unchecked if start <= u.line < end]
        indices.update(dict.fromkeys(view.space.indices))
        lengths.update(dict.fromkeys(view.space.lengths))
        for index, size in view.space.ranges:
            if ranges.setdefault(index, size) != size:
                return None
    space = dataclasses.replace(
        first.space,
        indices=tuple(indices),
        ranges=tuple(ranges.items()),
        lengths=tuple(lengths),
    )
    inferred = "; ".join(
        dict.fromkeys(
            (f"from line {start}: " if k else "") + v.inferred
            for k, (v, (start, _)) in enumerate(zip(views, bounds, strict=True))
            if v.inferred and (v is not whole or not k)  # a setting read as the whole page: said once, first
        )
    )
    notes: list[Unchecked] = sorted(unchecked, key=lambda u: u.line)
    return dataclasses.replace(
        first,
        space=space,
        definitions=() if bare else first.definitions,  # a link of a setting without any: checked with none
        assumptions=common,
        links=tuple(links),
        unchecked=tuple(notes),
        inline_equalities=whole.inline_equalities,
        inferred=inferred,
        readings=tuple(dict.fromkeys(r for v in views for r in v.readings)),
        page=tuple(d for v in views for d in v.page),
        redefined=(),
        unread_assumptions=tuple(sorted({line for v in views for line in v.unread_assumptions})),
    )
