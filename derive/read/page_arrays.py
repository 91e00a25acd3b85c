"""Arrays the page defines by their entries in its displays (``D_{ij} = \\sum_k W_{ik} X_{kj}``): taken, as the front
matter's ``define: {D_{ij}: …}`` would be, into entry definitions written out where D stands with two indices.

``derive.read.array_heads`` lets such a definition through only where the page writes the array with two indices
(or alone); a display that writes it alone (``\\partial f / \\partial D``) means the whole matrix, which derive would
read as a number: it is refused, naming the definition.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.derivative_definitions import take_derivative_definitions
from derive.read.entry_definitions import EntryDefinition, take_entry_definitions
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import FrontMatter
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.macros import Macros
from derive.read.page_definitions import PageDefinition, take_page_definitions

#: The note ``take_page_definitions`` gives an array's definition it leaves unread (``array_heads``), and its head.
_ARRAY_UNREAD = re.compile(  # …, or defined only under a condition ("If $x > 0$: f = …"), or declared: unread too
    r"(?:unreadable: )?the (?:inline )?definition of (.+?) could not be read "
    r"\((?:it defines the entries of an array|a condition is stated with it|the front matter declares"
    r"|an entry of a vector the page)"
)


def take_definitions(
    front: FrontMatter,
    found: Found,
    macros: Macros,
    refused: dict[tuple[int, str], str],
    entries: tuple[EntryDefinition, ...],
) -> tuple[FrontMatter, Found, tuple[PageDefinition, ...], tuple[EntryDefinition, ...]]:
    """``take_page_definitions``, with the definitions of arrays by their entries moved from the front matter's
    define to ``entries`` (the front matter's, and the identity's), and the displays that write such an array alone
    refused. ``refused`` gains the arrays' definitions left unread (the page's ``unread`` names: ∂x̂_ij/∂v, x̂'s
    definition unread, is not 0)."""
    found = take_derivative_definitions(found, front)  # s'(x) = \frac{d}{dx}(…), s defined nowhere else: s(x) = …
    before = len(found.unchecked)
    front, found, page = take_page_definitions(front, found, macros, refused)
    for unchecked in found.unchecked[before:]:  # an array's definition unread: what is made of it is not 0 by it
        head = _ARRAY_UNREAD.match(unchecked.reason)
        if head is not None:
            refused.setdefault((unchecked.line, head.group(1)), unchecked.reason)
    front, arrays = take_entry_definitions(front)
    if not arrays:
        return front, found, page, entries
    kept: list[Display] = []
    alone_at: list[Unchecked] = []
    for display in found.displays:
        used = Usage()
        try:
            scan(tokenize(display.text, display.line), used)
        except InputError:
            kept.append(display)
            continue
        alone = [array for array in arrays if array.name in used.alone]
        if not alone:
            kept.append(display)
            continue
        array = alone[0]
        alone_at.append(
            Unchecked(
                display.line,
                f"unreadable: {array.name} is defined by its entries ({array.head.strip()}, line {array.line}); "
                f"{array.name} alone here is the whole matrix, which derive does not read: write its entries",
            )
        )
    found = dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *alone_at))
    return front, found, page, (*entries, *arrays)


__all__ = ["PageDefinition", "take_definitions"]
