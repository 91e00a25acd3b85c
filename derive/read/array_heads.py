"""A display that defines an array by its entries on the page, ``O_{ip} = \\sum_j A_{ij} V_{jp}`` (attention's
forward pass, ``D_{ij} = \\sum_k W_{ik} X_{kj}``). Such a head is no claim: read as one, with O free, it was refuted
for any O, a step no page means. Where the page's displays write O with two indices only (or alone, the whole
matrix), it is read as the front matter's ``define: {O_{ip}: …}`` would read it (``derive.read.page_arrays``); where
O also stands with one index, applied, or the definition is inline, it is still listed as a definition derive could
not read, with how to give it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from derive.errors import InputError
from derive.read.definition_heads import example_entry_name, head_name
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK, display_name

#: ``O_{ip}``, ``A_{i,j}``, ``\\Sigma_{kl}``: a letter (or a Greek letter's command) with two indices.
_HEAD = re.compile(r"\s*(?P<name>\\?[A-Za-z]+)\s*_\s*\{\s*(?P<first>[A-Za-z])\s*,?\s*(?P<second>[A-Za-z])\s*\}\s*")
#: ``\\hat{x}_{i,j}`` (batch norm's normalized input): an accented letter with two indices, an array's entry as a
#: plain letter's is (its name x̂, "xhat").
_ACCENTED = re.compile(
    r"\s*\\(?:hat|bar|tilde|widehat|widetilde)\s*\{\s*[A-Za-z]\s*\}\s*_\s*\{\s*(?P<first>[A-Za-z])\s*,?\s*"
    r"(?P<second>[A-Za-z])\s*\}\s*"
)


def accented_array_head(head: str) -> bool:
    """Whether a head is an accented letter's entry with two indices apart, ``\\hat{x}_{i,j}``."""
    match = _ACCENTED.fullmatch(head)
    return match is not None and match.group("first") != match.group("second")


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
    if (entry := example_entry_name(head)) is not None:  # \hat{y}_j^{(i)} = …: unread (``array_refusal``), no claim
        return None if entry in taken else entry
    if accented_array_head(head):  # \hat{x}_{i,j} = …: read as a plain letter's is, never a claim
        name = head_name(head)  # xhat, as \hat{x} is read
        return None if name in taken or head.split("_")[0].strip() in body else name
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


def array_reason(head: str, why: str = "") -> str:
    """Why a definition of an array's entries on the page is not read, and how to give it."""
    shown = head.strip()
    said = why or "derive reads it on the page where the page writes the array with two indices only"
    return f"it defines the entries of an array ({said}): give it in the front matter: define: {{{shown}: …}}"


def array_refusal(head: str, name: str, inline: bool, usage: Usage) -> str:
    """Why a page's definition ``head`` (of ``name``) is an array's entries that cannot be read, or "" (read, as the
    front matter's; or no array's head): O_k or O(x) beside O_{ip} is another reading of O, and $O_{ip} = …$ inline
    is said in passing."""
    if example_entry_name(head) is not None:  # \hat{y}_j^{(i)} = …: read as the entries of the examples' array
        return array_reason(head, "derive reads an inline one in the front matter only") if inline else ""
    if not is_array_head(head) and not accented_array_head(head):
        return ""
    tables = ((usage.vectors, "one index"), (usage.lettered, "one index"), (usage.applied, "parentheses"))
    other = [(table[name], what) for table, what in tables if name in table]
    if other:
        line, what = min(other)
        shown = display_name(name)  # \\hat{x}, not xhat
        return array_reason(head, f"{shown} also stands with {what} at line {line}: another reading of {shown}")
    return array_reason(head, "derive reads an inline one in the front matter only") if inline else ""


def unread_reason(at: tuple[int, str, str, bool], refused: Mapping[tuple[int, str], str], usage: Usage) -> str:
    """Why one of a display's several definitions (its line, head, name, whether inline) is not read, or "" (an
    array's entries among them: ``array_refusal``)."""
    line, head, name, inline = at
    return refused.get((line, head)) or array_refusal(head, name, inline, usage)


__all__ = ["array_head", "array_reason", "array_refusal", "is_array_head", "unread_reason"]
