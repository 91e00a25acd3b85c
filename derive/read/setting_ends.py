"""Where a setting opened by a heading ends: at the next heading of the level of the outermost heading between the
two definitions, or above ("## Tanh", then "## Back to the sigmoid"). A display there that uses the name the
setting defined anew, the page defining it nowhere again, may mean either definition; read with the setting's, a
probe's σ' = 1 − σ² under "## Back to the sigmoid" was proven with σ = tanh. Such a display is refused, naming both
lines."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.find import Redefinition, Unchecked
from derive.read.latex_lexer import tokenize

if TYPE_CHECKING:
    from derive.read.document import Document

_LEVEL = re.compile(r"\s{0,3}(#{1,6})\s")


def _level(line: str) -> int | None:
    """A Markdown heading's level (the number of #), or None for any other line."""
    match = _LEVEL.match(line)
    return len(match.group(1)) if match else None


def _uses(formula: str, letter: str) -> bool:
    try:
        return any(t.kind in ("letter", "command") and t.value == letter for t in tokenize(formula))
    except InputError:
        return True


def refused_past_sections(
    doc: Document, settings: Sequence[tuple[Redefinition, int]], lines: Sequence[str], bounds: Sequence[tuple[int, int]]
) -> Document:
    """``doc`` without the links, past the section that opens each setting (its heading's level or above) and before
    the next setting, that use the name the setting defines anew; each listed, naming both definitions."""
    ranges: list[tuple[int, int, Redefinition]] = []
    for again, start in settings:
        between = [lv for n in range(again.first + 1, again.again + 1) if (lv := _level(lines[n - 1])) is not None]
        level = min(between, default=None)  # the section that sets the two apart: "### Sigmoid" over "#### …"
        end = next((b for a, b in bounds if a == start), len(lines) + 1)
        if level is None:
            continue
        closing = next(
            (n for n in range(start + 1, end) if (lv := _level(lines[n - 1])) is not None and lv <= level), None
        )
        if closing is not None:
            ranges.append((closing, end, again))
    if not ranges:
        return doc
    hits = {
        link.chain: r
        for link in doc.links
        for first, end, r in ranges
        if first <= link.line < end and _uses(f"{link.lhs_latex} {link.rhs_latex}", r.letter)
    }
    if not hits:
        return doc
    notes = {
        link.line: Unchecked(link.line, (
            f"unreadable: {hits[link.chain].head} is defined at line {hits[link.chain].first} and anew at line "
            f"{hits[link.chain].again}, in a section that ends above this display, which may mean either: define "
            "it again here, or give one a name of its own"))
        for link in doc.links
        if link.chain in hits
    }  # fmt: skip
    return dataclasses.replace(
        doc,
        links=tuple(link for link in doc.links if link.chain not in hits),
        unchecked=tuple(sorted((*doc.unchecked, *notes.values()), key=lambda u: u.line)),
    )
