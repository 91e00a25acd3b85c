"""A function named inside a chain, ``y = \\operatorname{softplus}(x) = f(x) = \\log(1 + e^{x})``: the page
introduces f there, f(x) being the side after it. Read as any function, ``f(x) = \\log(1 + e^x)`` would be a claim
false of nearly every f, which no page means; so where f is a letter the page applies to plain arguments, defines
nowhere else and introduces in one chain only, the pair is read as f's definition (a display of its own at that
line, which ``page_definitions`` takes), and the chain is still checked link by link with it. The report lists the
definition as every page definition is listed.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.latex_lexer import Token, tokenize
from derive.read.rows import at_top


def _sides(tokens: list[Token]) -> list[list[Token]] | None:
    """The top-level sides of a one-row chain, or None (rows, relations other than '=')."""
    sides: list[list[Token]] = [[]]
    for token, top in at_top(tokens):
        if token.kind == "newline" or (top and token.kind in ("<", ">", "&")):
            return None
        if top and token.kind == "=":
            sides.append([])
        else:
            sides[-1].append(token)
    return sides if len(sides) >= 3 else None


def _applied(side: list[Token]) -> str | None:
    """The letter of ``f(x)``, ``f(x, y)``, ``\\phi(z)``: a letter applied to plain letters, else None."""
    if len(side) < 4 or side[0].kind not in ("letter", "command") or side[1].kind != "(" or side[-1].kind != ")":
        return None
    if side[0].kind == "command" and not re.fullmatch(r"[a-z]*(?:phi|psi|sigma|eta|rho|xi)", side[0].value):
        return None
    inner = side[2:-1]
    if not all(t.kind in ("letter", ",") for t in inner) or inner[0].kind != "letter":
        return None
    return side[0].value


def _introduced(display: Display) -> tuple[str, str, int] | None:
    """The function a display's chain introduces past its first side, its definition's text and line, else None."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    sides = _sides(tokens)
    if sides is None or len(sides) == 3:  # ŷ = σ(z) = …: page_definitions reads both (σ defined nowhere else)
        return None
    for k in range(1, len(sides) - 1):
        name = _applied(sides[k])
        after = sides[k + 1]
        if name is None or not after or any(t.value == name for t in after):
            continue
        head = display.text[sides[k][0].start : sides[k][-1].end]
        body = display.text[after[0].start : after[-1].end].rstrip(" .,")
        return name, f"{head} = {body}", display.line + display.text.count("\n", 0, sides[k][0].start)
    return None


def _heads(found: Found) -> list[str]:
    """The letters the page's formulas apply and set equal to something as their first side (f(x) = …)."""
    heads = []
    for display in (*found.displays, *found.inline):
        match = re.match(r"\s*\\?([A-Za-z]+)\s*\(", display.text)
        if match is not None and "=" in display.text[match.end() :]:
            heads.append(match.group(1))
    return heads


def _used_elsewhere(name: str, display: Display, found: Found) -> bool:
    """Whether another display applies the function (f'(x), f(z)): only then does its definition matter; a letter
    written in its one chain is checked across (``unread_sides``), as before."""
    written = rf"\\{name}" if len(name) > 1 else rf"(?<![A-Za-z\\]){name}"
    return any(re.search(written + r"\s*['(^]", d.text) for d in found.displays if d is not display)


def with_chain_functions(found: Found, declared: frozenset[str] = frozenset()) -> Found:
    """``found`` with a display ``f(x) = …`` for each function introduced once inside a chain (and defined by no
    formula of the page's own that starts with it); never one ``declared`` (the front matter's functions, a letter
    the prose names a function: "let $f$ be any function")."""
    introduced = [(display, _introduced(display)) for display in found.displays]
    introduced = [(d, f) for d, f in introduced if f is None or _used_elsewhere(f[0], d, found)]
    named = [name for _, found_name in introduced if found_name for name in [found_name[0]]]
    heads = _heads(found)
    added = [
        dataclasses.replace(display, text=text, line=line, lead="")
        for display, found_name in introduced
        if found_name is not None
        for name, text, line in [found_name]
        if named.count(name) == 1 and name not in heads and name not in declared
    ]
    if not added:
        return found
    displays = sorted((*found.displays, *added), key=lambda d: d.line)
    return dataclasses.replace(found, displays=tuple(displays))


__all__ = ["with_chain_functions"]
