"""A display that ends with '=', its chain going on in the display below (a blog's long derivation, one step per
``$$ … = $$``): the '=' is the next display's first, as a display that starts with '=' goes on from the one above
(``derive.read.continuations``). Only where nothing but space stands between the two; else the trailing '=' leaves
the display as it is, and unreadable ("an empty side")."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found

#: A display's text that ends with '=' (not '\\=' nor '=='), spaces and a closing period or comma after it.
_TRAILING = re.compile(r"(?<![=\\<>!])=\s*[.,]?\s*$")


def carried_equals(found: Found) -> Found:
    """``found`` with each display that ends with '=' ending before it, and the display right below it starting with
    it, where only space stands between them."""
    displays = list(found.displays)
    changed = False
    for at in range(len(displays) - 1):
        here, below = displays[at], displays[at + 1]
        trailing = _TRAILING.search(here.text)
        if trailing is None or below.text.lstrip().startswith("=") or re.search(r"\w", below.lead):
            continue
        if below.line < here.line + here.text.count("\n"):  # two displays on one line: words may stand between
            continue
        start = len(below.text) - len(below.text.lstrip())
        displays[at] = dataclasses.replace(here, text=here.text[: trailing.start()] + " " * len(trailing.group(0)))
        displays[at + 1] = dataclasses.replace(below, text=f"{below.text[:start]}= {below.text[start:]}")
        changed = True
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


__all__ = ["carried_equals"]
