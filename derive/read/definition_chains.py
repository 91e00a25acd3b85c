"""An inline definition written as a chain, ``$y = g(x)$ and $z = f(g(x)) = f(y)$`` (Goodfellow 6.44): z is
defined by its last side, f(y), where its first side is that last side with a name the page has just defined
written out (y's g(x) in place of y). The two sides are then one expression, the equation between them true by
y's definition and nothing to check; and the page's ∂z/∂y means z as written in y, f'(y). Anything else (sides
that differ otherwise, a name written out in a place where parentheses would matter) keeps the first side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from derive.errors import InputError
from derive.read.latex_lexer import Token, tokenize
from derive.read.rows import split_top


def _same(left: list[Token], right: list[Token]) -> bool:
    return [(t.kind, t.value) for t in left] == [(t.kind, t.value) for t in right]


def _written_out(last: list[Token], bodies: dict[str, list[Token]]) -> list[list[Token]]:
    """``last`` with one defined name written out, for each place: where it stands alone between parentheses (an
    argument, f(y)), or where its body is one token; so the result means what ``last`` means (2y with y = a + b
    is not 2a + b)."""
    forms = []
    for at, token in enumerate(last):
        body = bodies.get(token.value) if token.kind == "letter" else None
        if body is None or (at + 1 < len(last) and last[at + 1].kind in ("_", "^")):
            continue
        alone = 0 < at < len(last) - 1 and last[at - 1].kind == "(" and last[at + 1].kind == ")"
        if alone or len(body) == 1:
            forms.append([*last[:at], *body, *last[at + 1 :]])
    return forms


class Defined(Protocol):
    """A definition the page made before: its name, its head as written, and its body."""

    @property
    def name(self) -> str: ...
    @property
    def head(self) -> str: ...
    @property
    def body(self) -> str: ...


def last_side_body(text: str, rest_from: int, defined: Iterable[Defined]) -> str | None:
    """The last side of the inline chain ``text`` (its rest from ``rest_from``: ``A = B``) when A is B with one
    name the page defined before (``defined``; a plain letter's only) written
    out; else None."""
    bodies: dict[str, list[Token]] = {}
    try:
        for definition in defined:
            if definition.head.strip() == definition.name and len(definition.name) == 1:
                bodies[definition.name] = tokenize(definition.body)
        sides = split_top(tokenize(text[rest_from:]), "=")
    except InputError:
        return None
    while sides and sides[-1] and sides[-1][-1].kind in (".", ","):
        sides[-1] = sides[-1][:-1]
    if len(sides) != 2 or not sides[0] or not sides[1]:
        return None
    first, last = sides
    if not any(_same(first, form) for form in _written_out(last, bodies)):
        return None
    return text[rest_from + last[0].start : rest_from + last[-1].end].strip()
