"""Sides of a chain the reader cannot read, the rest of the chain still checked: ``J(θ) = A = B`` with J defined
nowhere checks A = B and lists the link to J(θ) as not checked, with why, at its line."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.find import Unchecked
from derive.read.latex_lexer import Token
from derive.read.links import unreadable


@dataclass(frozen=True)
class UnreadSide:
    """A side that could not be read: why, and its text as the page writes it."""

    error: InputError
    text: str


def unread_sides(raw: Sequence[object], sides: list[list[Token]], chain: int, start: int, line: int) -> list[Unchecked]:
    """One entry for each side not read, at its line: why, and which links of the chain are left unchecked by it
    (the link before it and the link after it); the chain's other links are checked."""
    found: list[Unchecked] = []
    for m, side in enumerate(raw):
        if not isinstance(side, UnreadSide):
            continue
        said = unreadable(side.error, sides[m][0].line if sides[m] else line)  # at the error's line, if it names one
        before = m >= 1 and not isinstance(raw[m - 1], UnreadSide)  # the link before, unless reported by its side
        links = [start + k for k, keep in ((m, before), (m + 1, m + 1 < len(sides))) if keep]
        which = " and ".join(str(k) for k in links)
        shown = f"{side.text[:60]}{'…' if len(side.text) > 60 else ''}"
        unchecked = f": link{'s' if len(links) > 1 else ''} {which} of chain {chain} not checked" if links else ""
        found.append(dataclasses.replace(said, reason=f"{said.reason} ({shown}{unchecked})", part=True))
    return found
