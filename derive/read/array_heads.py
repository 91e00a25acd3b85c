"""A display that defines an array by its entries on the page, ``O_{ip} = \\sum_j A_{ij} V_{jp}`` (attention's
forward pass). The page's definitions are read with one index; such a head is no claim either: read as one, with O
free, it was refuted for any O, a step no page means. It is listed as a definition derive could not read, with
how to give it (the front matter's ``define: {O_{ip}: …}`` reads an array by its entries)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from derive.errors import InputError
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK

#: ``O_{ip}``, ``A_{i,j}``, ``\\Sigma_{kl}``: a letter (or a Greek letter's command) with two indices.
_HEAD = re.compile(r"\s*(?P<name>\\?[A-Za-z]+)\s*_\s*\{\s*(?P<first>[A-Za-z])\s*,?\s*(?P<second>[A-Za-z])\s*\}\s*")


def is_array_head(head: str) -> bool:
    """Whether a head names an entry with two indices, ``O_{ip}``: of a letter (not e) or a Greek letter (not δ,
    the Kronecker delta: ``\\delta_{ik} = 0`` is a claim about it)."""
    match = _HEAD.fullmatch(head)
    if match is None or match.group("first") == match.group("second"):
        return False
    name = match.group("name")
    return (len(name) == 1 and name != "e") or (name.startswith("\\") and name[1:] in GREEK and name != "\\delta")


def array_head(head: str, body: str, line: int, taken: set[str]) -> str | None:
    """The array ``head = body`` defines the entries of (``O`` for ``O_{ip}``): a name the page has not taken and
    the body does not use (``O_{ip} = O_{pi}`` is a claim); else None."""
    match = _HEAD.fullmatch(head)
    if match is None or not is_array_head(head) or match.group("name").lstrip("\\") in taken:
        return None
    used = Usage()
    try:
        scan(tokenize(body, line), used)
    except InputError:
        return None
    name = match.group("name").lstrip("\\")
    return None if name in {*used.arrays, *used.vectors, *used.alone, *used.applied} else name


def array_reason(head: str) -> str:
    """Why a definition of an array's entries on the page is not read, and how to give it."""
    shown = head.strip()
    return f"it defines the entries of an array, which derive reads in the front matter only: define: {{{shown}: …}}"


def unread_reason(line: int, head: str, refused: Mapping[tuple[int, str], str]) -> str:
    """Why one of a display's several definitions is not read, or "" (an array's entries among them: this module)."""
    return refused.get((line, head)) or (array_reason(head) if is_array_head(head) else "")


__all__ = ["array_head", "array_reason", "is_array_head", "unread_reason"]
