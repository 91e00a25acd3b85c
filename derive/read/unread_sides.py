"""Sides of a chain the reader cannot read, the rest of the chain still checked: ``J(θ) = A = B`` with J defined
nowhere checks A = B and lists the link to J(θ) as not checked, with why, at its line; ``A = prod(…) = B`` checks
A = B across the side it cannot read, which the page claims as well."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from derive.errors import InputError
from derive.read.find import Unchecked
from derive.read.latex_lexer import WIDE_GAPS, WORD_GAPS, Token
from derive.read.links import source_text, unreadable
from derive.read.rows import at_top


@dataclass(frozen=True)
class UnreadSide:
    """A side that could not be read: why, and its text as the page writes it."""

    error: InputError
    text: str


#: Spaces that set a remark apart from a formula (``p_i (1 - p_i), \\quad i = j``; ``b\\ c = 2``, refused as a product).
_WIDE = (*WIDE_GAPS, *WORD_GAPS)


def past_remarks(read: list[Any], sides: list[list[Token]], text: str) -> list[Any]:
    """The sides read, each after an unread side that holds a remark set apart (``p_i(1 - p_i),\\quad i``: a comma
    and a wide space, or a wide space, at its top level) or a comma at its top level (``a = 14, b = 185``: two
    equations; Σx_i² = 185 had been refuted, a claim the page never makes) not read either: what follows such a
    side may be the remark's (``= j`` of ``i = j``), no side of the chain, so that no link is checked across it."""
    for m, side in enumerate(read):
        if not isinstance(side, UnreadSide):
            continue
        spaced = any(t.gap in _WIDE for t in sides[m][1:] if sides[m])
        comma = any(t.kind == "," and top for t, top in at_top(sides[m][:-1]))  # "= 14, \sum x_i y_i = 185"
        if spaced or comma:
            why = (
                f"it follows {side.text[:40]!r}, which holds a remark set apart by a space: a side, or the remark's?"
                if spaced
                else f"it follows {side.text[:40]!r}, which a comma splits: two equations (a = b, c = d), or one?"
            )
            rest = [UnreadSide(InputError(why), source_text(text, s) if s else "") for s in sides[m + 1 :]]
            return [*read[: m + 1], *rest]
    return list(read)


def unread_sides(raw: Sequence[object], sides: list[list[Token]], chain: int, start: int, line: int) -> list[Unchecked]:
    """One entry for each side not read, at its line: why, and what that leaves of the chain. Between two sides
    that were read, the page still claims they are equal (a = b = c says a = c), so that link is checked across it;
    at either end of the chain, the link to it is not checked."""
    found: list[Unchecked] = []
    read = [m for m, side in enumerate(raw) if not isinstance(side, UnreadSide)]
    for m, side in enumerate(raw):
        if not isinstance(side, UnreadSide):
            continue
        said = unreadable(side.error, sides[m][0].line if sides[m] else line)  # at the error's line, if it names one
        shown = f"{side.text[:60]}{'…' if len(side.text) > 60 else ''}"
        after = [k for k in read if k > m]
        if any(k < m for k in read) and after:
            left = f": link {start + after[0]} of chain {chain} is checked across it, from the side before it"
        else:
            before = m >= 1 and not isinstance(raw[m - 1], UnreadSide)  # the link before, unless reported by its side
            links = [start + k for k, keep in ((m, before), (m + 1, m + 1 < len(sides))) if keep]
            which = " and ".join(str(k) for k in links)
            left = f": link{'s' if len(links) > 1 else ''} {which} of chain {chain} not checked" if links else ""
        found.append(dataclasses.replace(said, reason=f"{said.reason} ({shown}{left})", part=True))
    return found
