"""Starred names, as optimization pages write them: ``\\mathbf{w}^*``, ``b^*``, ``\\theta^\\star``, ``w_j^*``.

A star after a name marks a name of its own (an optimum, a target), never a power: ``\\mathbf{w}^*`` is the name
w^* (bold is typography), whose entries are ``w^*_j`` and ``w_j^*``. Where an argument list follows (``f^*(y)``,
perhaps a conjugate function) the tokens are left as written. A starred value usually comes with a condition
(``\\mathbf{w}^* = \\arg\\min_{\\mathbf{w}} J(\\mathbf{w})``, ∇J(w^*) = 0 at a minimum): a claim that holds only
there is no identity in w^*, and a counterexample at another w^* would break that condition. So w^* is read as
any point only where the page says nothing of an optimum; on a page that does (an arg min, "minimum", "optimal",
"stationary", "solving", "set to zero"), each formula that writes a starred name is refused, naming why.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import Token, tokenize

_BOLD = frozenset({"mathbf", "boldsymbol", "bm"})
_STARS = frozenset({"star", "ast"})
#: What on a page constrains its starred names: an arg min or max, an optimum in words.
_CONSTRAINS = re.compile(
    r"arg\s*(?:\\[,;!]\s*)?(?:min|max)|\\arg\b|\b(?:minim|maxim|optim|stationar|extrem|solv|vanish)\w*"
    r"|critical points?|\bto zero\b|\bsolution",
    re.IGNORECASE,
)


def _star(tokens: list[Token], at: int) -> int | None:
    """The end of ``^*``, ``^{*}``, ``^\\star``, ``^{\\ast}`` at ``at``, else None."""
    run = tokens[at : at + 4]
    star = lambda t: t.kind == "*" or (t.kind == "command" and t.value in _STARS)  # noqa: E731
    if len(run) >= 2 and run[0].kind == "^" and star(run[1]):
        return at + 2
    if len(run) == 4 and run[0].kind == "^" and run[1].kind == "{" and star(run[2]) and run[3].kind == "}":
        return at + 4
    return None


def _subscript(tokens: list[Token], at: int) -> int | None:
    """The end of the subscript ``_j`` or ``_{…}`` at ``at``, else None."""
    if at + 1 >= len(tokens) or tokens[at].kind != "_":
        return None
    if tokens[at + 1].kind != "{":
        return at + 2 if tokens[at + 1].kind in ("letter", "number", "command") else None
    level = 0
    for end in range(at + 1, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return end + 1
    return None


def starred_name(tokens: list[Token], at: int, base: tuple[str, int] | None) -> tuple[list[Token], int] | None:
    """At a starred name (``base``: the name at ``at`` and where it ends, as ``script_labels`` finds it, or None
    for a bold one): the one letter token "w^*", its subscript after it, and the end; else None."""
    if base is None:
        group = tokens[at : at + 4]
        kinds = [t.kind for t in group]
        if kinds != ["command", "{", "letter", "}"] or group[0].value not in _BOLD or len(group[2].value) != 1:
            return None
        base = (group[2].value, at + 4)
    name, after = base
    below = _subscript(tokens, after)  # w_j^*: the subscript first
    end = _star(tokens, below if below is not None else after)
    if end is None:
        return None
    subscript = tokens[after:below] if below is not None else []
    if not subscript and (below := _subscript(tokens, end)) is not None:  # w^*_j
        subscript, end = tokens[end:below], below
    following = tokens[end] if end < len(tokens) else None
    if following is not None and (following.kind in ("(", "[") or following.value in ("left", "big", "Big")):
        return None  # f^*(y): a conjugate, or a function of its own?
    first, last = tokens[at], tokens[end - 1]
    merged = [Token("letter", f"{name}^*", first.line, first.start, first.end, first.gap)]
    if subscript:
        tail = subscript[-1]
        subscript = [*subscript[:-1], Token(tail.kind, tail.value, tail.line, tail.start, last.end, tail.gap)]
    else:
        merged[0] = Token("letter", f"{name}^*", first.line, first.start, last.end, first.gap)
    return merged + subscript, end


def _starred(display: Display) -> bool:
    try:
        return any(t.kind == "letter" and t.value.endswith("^*") for t in tokenize(display.text, display.line))
    except InputError:
        return False


def refuse_constrained_stars(found: Found, text: str) -> Found:
    """``found`` without the formulas that write a starred name, each display listed with why, where the page
    speaks of an optimum (the starred value may be bound by it); ``found`` itself elsewhere."""
    said = _CONSTRAINS.search(text)
    if said is None:
        return found
    line = text.count("\n", 0, said.start()) + 1
    refused = [d for d in found.displays if _starred(d)]
    if not refused and not any(_starred(d) for d in found.inline):
        return found
    why = (
        f"unreadable: a starred name here may be the optimum the page speaks of ('{said.group(0)}', line {line}): "
        "a claim that holds only there is no identity in it, and derive cannot state that condition (give the "
        "point a name of its own where any point is meant)"
    )
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d not in refused),
        inline=tuple(d for d in found.inline if not _starred(d)),
        unchecked=(*found.unchecked, *(Unchecked(d.line, why) for d in refused)),
    )


__all__ = ["refuse_constrained_stars", "starred_name"]
