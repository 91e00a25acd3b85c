"""The page's length where the front matter names none: the bound of the page's one sum (``\\sum_{j=1}^{K}``), or,
where the page writes n as an index, as Murphy writes an example's quantities (``\\text{NLL}_n``, ``\\mu_{nc}``,
``\\mathbf{a}_n``), a letter of derive's own. derive's default name for the length is n, so such a page had n both
ways and its definitions went unread ("n is not a declared index", then "n is declared twice" once declared).
Where the front matter names no length (other sizes it may name: a batch's N and C), no sum's bound names one,
and the page writes n only as an index (never alone, never a bound, no sum up to it: ``\\sum_n`` before a summand
that writes n in no subscript; no entry written _1 as in z_1, …, z_n), n is that index and the length a letter the
page does not use (the header names it): n, free in a claim, is any index, as any free index of a chain is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from derive.read.find import Found
from derive.read.frontmatter import FrontMatter

if TYPE_CHECKING:
    from derive.read.inference import Inferred, Usage

#: Letters for the page's length where n is an index of the page, the first the page does not use.
_LENGTHS = "CKNDM"
#: An entry written _1 (z_1, …, z_n: n the last entry, the length).
_FIRST = re.compile(r"_\s*(?:1(?![0-9])|\{\s*1\s*\})")
#: A subscript, one letter or a braced group (commands in it, \\nu, \\text, are no letter n).
_SUBSCRIPT = re.compile(r"_\s*(?:([A-Za-z])|\{([^{}]*)\})")
_COMMAND = re.compile(r"\\[A-Za-z]+")
#: A sum over n, or up to n written as its subscript (``\\sum_n e^{z_j}``): n is then no example's index.
_SUMMED = re.compile(r"\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*(?:n|\{\s*n(?![A-Za-z]))")
#: A length name no page writes: the text read with it shows whether n is an index of the page.
_NONE = "n'"


def _subscript_n(text: str) -> bool:
    """Whether the text writes n in a subscript, alone or beside other letters: ``_n``, ``_{nc}``, ``_{n,i}``."""
    return any(m.group(1) == "n" or "n" in _COMMAND.sub("", m.group(2) or "") for m in _SUBSCRIPT.finditer(text))


def _summed_up_to_n(text: str) -> bool:
    """Whether a sum is written up to n (``\\sum_n e^{z_j}``): \\sum_n before a summand that writes n in no subscript
    on the rest of its line (``\\sum_n y_{n,i}`` sums over the example n)."""
    for match in _SUMMED.finditer(text):
        end = text.find("\n", match.end())
        if not _subscript_n(text[match.end() : len(text) if end < 0 else end]):
            return True
    return False


def page_length(front: FrontMatter, usage: Usage) -> str | None:
    """The bound of the page's one sum where the front matter names no length (``\\sum_{j=1}^{K}``), else None."""
    if front.length_given or front.sizes or len(usage.bounds) != 1:
        return None
    (bound,) = usage.bounds
    if bound != front.length and bound not in usage.summed and bound not in usage.vectors:
        return bound  # z_C beside \\sum_{k=1}^{C}: the last entry (z = [z_1, …, z_C]), C the length
    return None


def with_index_n(
    front: FrontMatter, found: Found, text: str, infer: Callable[[FrontMatter], Inferred]
) -> tuple[FrontMatter, Found]:
    """The front matter with the page's length named before anything reads a definition's head, where the page
    writes n only as an index (see the module): ``E_n: …`` is then E's entry n, not E labelled by the length n
    (``derive.read.length_labels``), and the report says so. ``text``: the page; ``infer``: the names it uses,
    read with a front matter."""
    if front.length_given or front.n is not None or front.length != "n":
        return front, found
    text = "\n".join((text, *(f"{key.text}: {value.text}" for key, value in front.define)))  # one line each
    if not _subscript_n(text) or _FIRST.search(text) or _summed_up_to_n(text):  # its prose's math too
        return front, found  # z_1, …, z_n: n the last entry; \sum_n e^{z_j}: up to n; both the length
    inferred = infer(dataclasses.replace(front, length=_NONE))
    declared = any(entry.text.strip() == "n" for entry in front.indices)  # indices: [n], as a message said
    bounds = set(re.findall(r"\\sum_\{?\s*[a-z]\s*=\s*[01]\s*\}?\s*\^\s*\{?\s*([A-Za-z])\b", text))
    if inferred.length not in (None, "n") and "n" in inferred.indices and bounds == {inferred.length}:  # Σ_{n=1}^{N}
        return dataclasses.replace(front, length=inferred.length), found  # N the length, as `length: N` says
    if inferred.length is not None or not (declared or "n" in inferred.indices):
        return front, found  # a sum's bound names the length; or n is no index
    used = {*inferred.indices, *inferred.vectors, *inferred.scalars, *inferred.arrays, *inferred.functions}
    used |= {entry.text.strip().lstrip("\\") for entry in (*front.vectors, *front.arrays, *front.scalars)}
    used |= {key.text.strip().lstrip("\\")[:1] for key, _ in front.define}
    used |= {entry.text.strip() for entry, _ in front.sizes}
    letter = next((letter for letter in _LENGTHS if letter not in used), None)
    if letter is None:
        return front, found
    said = f"n read as an index of the page (written only as one), the length named {letter} (a letter of derive's own)"
    return dataclasses.replace(front, length=letter), dataclasses.replace(found, readings=(*found.readings, said))


__all__ = ["page_length", "with_index_n"]
