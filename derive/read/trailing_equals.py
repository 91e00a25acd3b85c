"""A display that ends with '=', its chain going on in the display below (a blog's long derivation, one step per
``$$ … = $$``; an aligned chain's last row ``&=``): the '=' is the next display's first, as a display that starts
with '=' goes on from the one above (``derive.read.continuations``). Only where nothing but space stands between
the two; else what the '=' goes on to is not read, and the display is listed as not read to its end (its links
before the '=' are checked): never a step dropped unsaid."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found, Unchecked

#: A display's text that ends with '=' (not '\\=' nor '=='), a closing period or comma, row breaks and the end of
#: its environment after it.
_TRAILING = re.compile(r"(?<![=\\<>!])=(?:\s|[.,]|\\\\|\\end\s*\{[A-Za-z*]+\})*$")


def carried_equals(found: Found) -> Found:
    """``found`` with each display that ends with '=' ending before it, and the display right below it starting with
    it, where only space stands between them; a display that ends so with words or nothing below it is listed."""
    displays = list(found.displays)
    notes: list[Unchecked] = []
    for at, here in enumerate(displays):
        trailing = _TRAILING.search(here.text)
        if trailing is None or len(re.sub(r"\\end\s*\{[A-Za-z*]+\}|[\s=.,\\]", "", here.text)) == 0:
            continue
        below = displays[at + 1] if at + 1 < len(displays) else None
        if below is not None and below.text.lstrip().startswith("="):
            continue  # "$$ = A = $$ $$ = B $$": the display below goes on from it, as written
        words = re.sub(r"\\[A-Za-z]+\*?\s*(?:\{[^{}]*\})?|\$", "", below.lead) if below is not None else ""
        apart = below is None or re.search(r"\w", words) is not None  # \end{align*} above it: no words
        if apart or below is None or below.line < here.line + here.text.count("\n"):  # words, or one line: unread
            if "=" not in here.text[: trailing.start()]:
                continue  # "a =" alone: "an empty side", the display refused
            notes.append(Unchecked(here.line + here.text.count("\n"), "unreadable: the chain ends with '=' and what "
                                   "it equals is not read (words stand before the display below, or none follows): "
                                   "its links before the '=' are checked", True, part=True))  # fmt: skip
            continue
        kept = here.text[: trailing.start()] + " " + trailing.group(0)[1:]  # the '=' out; \\end{aligned} kept
        start = len(below.text) - len(below.text.lstrip())
        displays[at] = dataclasses.replace(here, text=kept)
        displays[at + 1] = dataclasses.replace(below, text=f"{below.text[:start]}= {below.text[start:]}")
    changed = displays != list(found.displays) or notes
    return (
        dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes)) if changed else found
    )


__all__ = ["carried_equals"]
