"""What a name depends on, written as an equation with the name on both sides: "the pre-activations of the next layer
can be regarded as functions of those of the current layer, i.e., $z_k^{(\\ell+1)} = z_k^{(\\ell+1)}(\\ldots,
z_i^{(\\ell)}, \\ldots)$", "$\\mathcal{L} = \\mathcal{L}(\\ldots, z_k^{(\\ell+1)}, \\ldots)$".

Such an equation is notation: it defines nothing (its right side is its own name) and claims nothing a reader could
check. Read as a definition it could not be read (the dots), and stood as a second definition beside the page's own
(``z_k^{(\\ell+1)} = \\sum_j w_{k,j} a_j + b_k``, "defined at line 295 too, which could not be read"), which was then
refused, and every derivative of the name with it. An inline one is left out (inline equalities are not checked);
a display is listed, not checked.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import Token, tokenize
from derive.read.rows import at_top

#: What no list of arguments holds: an operator or a number.
_OPERATORS = frozenset({"+", "-", "*", "/", "number", "=", "&"})
#: Sizes a parenthesis may be written with: ``\\big(``, ``\\left(``.
_SIZED = re.compile(r"^\\(?:left|[bB]igg?[lr]?)\s*(?=\()")


def depends_only(text: str) -> str | None:
    """The name, as written, where ``text`` is ``NAME = NAME(a, …)`` (its right side the name applied to a list of
    arguments, two or more set apart by commas, and nothing after the parentheses but a full stop or a comma); else
    None. ``y = y(x)`` may be the product y·x, and is not read so."""
    try:
        tokens = tokenize(text)
    except InputError:
        return None
    equals = [t for t, top in at_top(tokens) if top and t.kind == "="]
    if len(equals) != 1:
        return None
    head = text[: equals[0].start].strip()
    right = re.sub(r"\s+", "", text[equals[0].end :]).rstrip(".,")
    flat = re.sub(r"\s+", "", head)
    if not flat or not right.startswith(flat):
        return None
    applied = _SIZED.sub("", right[len(flat) :])
    try:
        group = tokenize(applied)
    except InputError:
        return None
    if not group or group[0].kind != "(" or group[-1].kind != ")":
        return None
    depth, listed = 0, False
    for at, token in enumerate(group):
        depth += {"(": 1, ")": -1}.get(token.kind, 0)
        listed = listed or (depth == 1 and token.kind == ",")
        if depth == 0:
            return head if at == len(group) - 1 and listed and _arguments(group) else None
    return None


def _arguments(group: list[Token]) -> bool:
    """Whether a parenthesised group is a list of arguments: names, dots and applications set apart by commas, with
    no operator or number (``(1 - y_i)`` is a factor: ``y_i = y_i(1 - y_i)`` is a product, and a claim)."""
    braces = 0
    for at, token in enumerate(group):
        braces += {"{": 1, "}": -1}.get(token.kind, 0)
        scripted = at > 0 and group[at - 1].kind in ("_", "^")  # x_1, z^{(\ell+1)}: a name's scripts
        if not braces and not scripted and token.kind in _OPERATORS:
            return False
    return True


def without_dependences(found: Found) -> Found:
    """``found`` without its equations that say what a name depends on (see the module): an inline one dropped, a
    display listed, not checked."""
    inline = tuple(d for d in found.inline if depends_only(d.text) is None)
    displays: list[Display] = []
    listed: list[Unchecked] = []
    for display in found.displays:
        head = depends_only(display.text)
        if head is None:
            displays.append(display)
            continue
        why = f"{head} = {head}(…) says what {head} depends on: notation, no definition and no claim; not checked"
        listed.append(Unchecked(display.line, why))
    if len(inline) == len(found.inline) and not listed:
        return found
    unchecked = tuple(sorted((*found.unchecked, *listed), key=lambda u: u.line))
    return dataclasses.replace(found, displays=tuple(displays), inline=inline, unchecked=unchecked)


__all__ = ["depends_only", "without_dependences"]
