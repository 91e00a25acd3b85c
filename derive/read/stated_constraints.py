"""Sums to one that the prose states ("with $y_1 + y_2 + y_3 = 1$", "where $\\sum_k t_k = 1$"): assumptions of the
page, read as the front matter's ``assume``, so that no counterexample breaks what the page states."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter

#: Σ_k t_k = 1, as an inline formula of its own.
_SUM = re.compile(r"^\\sum_\{?([a-z])\}?(?:\^\{?[A-Za-z]\}?)?\s*([a-z])_\{?([a-z])\}?\s*=\s*1\s*[.,]?$")
#: y_1 + y_2 + y_3 = 1, every entry once, at a concrete n.
_WRITTEN = re.compile(r"^([a-z])_\{?1\}?(?:\s*\+\s*\1_\{?\d\}?)+\s*=\s*1\s*[.,]?$")


def _vector(text: str, n: int | None) -> str | None:
    """The vector a sum to one names, or None when ``text`` is not one."""
    total = _SUM.match(text)
    if total is not None and total.group(1) == total.group(3):
        return total.group(2)
    written = _WRITTEN.match(text)
    if written is not None and n is not None:
        entries = re.findall(r"_\{?(\d)\}?", text)
        return written.group(1) if entries == [str(k) for k in range(1, n + 1)] else None
    return None


def with_stated_constraints(front: FrontMatter, found: Found) -> FrontMatter:
    """``front`` with each sum to one an inline formula states about a vector the page does not define."""
    defined = {re.sub(r"[_({\\].*", "", key.text) for key, _ in front.define}
    stated = {entry.text.replace(" ", "") for entry in front.assume}
    more = []
    for inline in found.inline:
        text = inline.text.strip()
        name = _vector(text, front.n)
        if name is not None and name not in defined and text.replace(" ", "") not in stated:
            more.append(Entry(text.rstrip(".,").strip(), inline.line))
            stated.add(text.replace(" ", ""))
    return dataclasses.replace(front, assume=(*front.assume, *more)) if more else front
