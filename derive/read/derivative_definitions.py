"""A name a page defines only by its derivative: ``s'(x) = \\frac{d}{dx} \\left( \\frac{1}{e^{-x}+1} \\right)`` (a
blog's sigmoid, never written ``s(x) = …``), ``\\frac{\\partial a_i}{\\partial z_i} = \\frac{\\partial}{\\partial z_i}
\\frac{e^{z_i}}{\\sum_k e^{z_k}}`` (a homework's softmax output). Every reader takes s(x) to be what is
differentiated; read free, s was any function, and the page's true s' = s(1 − s) refuted with s = sin.

Such a display defines the name as what the operator is applied to (an inline definition at its line, read as
any other), and its chain goes on from the operator's side; the report says so. Only where nothing else on the page
defines the name, and what is differentiated does not use it."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, group_end, tokenize
from derive.read.names import GREEK
from derive.read.rows import at_top


def _name(token: Token) -> bool:
    return token.kind == "letter" or (token.kind == "command" and token.value in GREEK)


def _operator(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """``\\frac{\\partial X}{\\partial V}`` or ``\\frac{dX}{dV}`` at ``at``: (where X's tokens start, X may be empty;
    where the fraction ends); X and V are read by the caller from the two groups."""
    if (
        at + 1 >= len(tokens)
        or (tokens[at].kind, tokens[at].value) != ("command", "frac")
        or tokens[at + 1].kind != "{"
    ):
        return None
    top = tokens[at + 2] if at + 2 < len(tokens) else None
    if top is None or not ((top.kind, top.value) == ("command", "partial") or (top.kind, top.value) == ("letter", "d")):
        return None
    below = group_end(tokens, at + 1) + 1
    if below >= len(tokens) or tokens[below].kind != "{":
        return None
    return at + 3, group_end(tokens, below) + 1


def _variable(tokens: list[Token], end: int) -> str:
    """The variable of the fraction ending at ``end`` (past its closing brace), as written, spaces dropped."""
    closing = end - 1
    opening = next(k for k in range(closing, -1, -1) if tokens[k].kind == "{" and group_end(tokens, k) == closing)
    return "".join(str(t.value) for t in tokens[opening + 2 : closing] if t.kind not in ("{", "}"))  # z_{i} is z_i


def _head(tokens: list[Token], text: str) -> tuple[str, str, str] | None:
    """A first side that is a name's derivative: (the name's head as a definition writes it, its letter, the
    variable), for ``s'(x)`` and for ``\\frac{\\partial a_i}{\\partial z_i}``, ``\\frac{dy}{dx}``."""
    kinds = [t.kind for t in tokens]
    if len(tokens) == 5 and _name(tokens[0]) and kinds[1:] == ["'", "(", "letter", ")"]:
        name = text[tokens[0].start : tokens[0].end]
        return f"{name}({tokens[3].value})", str(tokens[0].value), str(tokens[3].value)
    operator = _operator(tokens, 0)
    if operator is None or operator[1] != len(tokens):
        return None
    numerator = tokens[operator[0] : group_end(tokens, 1)]
    if not numerator or not _name(numerator[0]):
        return None
    if len(numerator) > 1 and (numerator[1].kind != "_" or len(numerator) not in (3, 5)):
        return None  # a_i, a_{i}: one name and its index
    return text[numerator[0].start : numerator[-1].end], str(numerator[0].value), _variable(tokens, operator[1])


def _body(tokens: list[Token], variable: str, text: str) -> str | None:
    """What a second side ``\\frac{\\partial}{\\partial v} (…)`` differentiates by ``variable``, as written (outer
    parentheses dropped), else None: only where the operator takes all of the side, one parenthesized group or one
    fraction (``\\frac{d}{dx}(x^2) + 1`` is 2x + 1, not the derivative of x^2 + 1)."""
    operator = _operator(tokens, 0)
    if operator is None or operator[0] != group_end(tokens, 1) or _variable(tokens, operator[1]) != variable:
        return None
    body = tokens[operator[1] :]
    inner = _unwrapped(body) if body else []
    fraction = _operator_free_fraction(body)
    if not inner or (inner is body and not fraction):
        return None
    return text[inner[0].start : inner[-1].end]


def _operator_free_fraction(body: list[Token]) -> bool:
    """Whether ``body`` is one ``\\frac{…}{…}`` and nothing after it."""
    if len(body) < 2 or (body[0].kind, body[0].value) != ("command", "frac") or body[1].kind != "{":
        return False
    below = group_end(body, 1) + 1
    return below < len(body) and body[below].kind == "{" and group_end(body, below) == len(body) - 1


def _unwrapped(body: list[Token]) -> list[Token]:
    """``\\left( X \\right)`` or ``( X )`` around all of ``body``: X."""
    sized = body[0].value == "left" and len(body) >= 4 and body[-2].value == "right"
    inner = body[2:-2] if sized else body[1:-1] if body[0].kind == "(" and body[-1].kind == ")" else None
    if inner is None:
        return body
    level = 0
    for token in inner:  # ( a ) ( b ): the parentheses are not around all of it
        level += {"(": 1, ")": -1}.get(token.kind, 0)
        if level < 0:
            return body
    return inner


def _defined_elsewhere(letter: str, found: Found, front: FrontMatter, line: int) -> bool:
    """Whether another display or inline formula starts with ``letter``'s name before its '=', or the front
    matter names it."""
    written = {re.split(r"[_(^\s]", e.text.strip().lstrip("\\"))[0] for e, _ in front.define}
    written |= {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.scalars, *front.functions)}
    if letter in written:
        return True
    for display in (*found.displays, *found.inline):
        if display.line == line:
            continue
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            continue
        equals = next((k for k, (t, top) in enumerate(at_top(tokens)) if top and t.kind == "="), None)
        left = tokens[:equals] if equals else []
        if left and left[0].value == letter and not any(t.kind in ("command", "'") for t in left[1:]):  # not s'(x)
            return True
    return False


def take_derivative_definitions(found: Found, front: FrontMatter) -> Found:
    """``found`` with each display that defines a name only by its derivative made an inline definition of the name
    and the chain after it (or, with nothing after it, a note)."""
    displays: list[Display] = []
    inline = list(found.inline)
    readings: list[str] = []
    taken: set[str] = set()  # the second ∂a_i/∂z_j = ∂/∂z_j (…) of a page is a claim about the first's a_i
    for display in found.displays:
        read = None
        if display.environment in ("", "equation", "equation*"):
            read = _read(display, found, front)
        if read is None or read[1] in taken:
            displays.append(display)
            continue
        head, letter, body, rest = read
        taken.add(letter)
        inline.append(Display(f"{head} = {body}", display.line, "inline", ""))  # said where it is read, or not
        readings.append(f"line {display.line}: the page defines {head} by its derivative: {head} = {body}")
        displays += [] if rest is None else [rest]
    if not readings:
        return found
    return dataclasses.replace(
        found,
        displays=tuple(displays),
        inline=tuple(inline),
        inline_equalities=found.inline_equalities + len(readings),
        readings=(*found.readings, *readings),
    )


def _read(display: Display, found: Found, front: FrontMatter) -> tuple[str, str, str, Display | None] | None:
    """(the head, its letter, the body, the display from the body's side on, or None where nothing follows)."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    equals = [k for k, (t, top) in enumerate(at_top(tokens)) if top and t.kind == "="]
    if not equals or any(t.kind in ("&", "newline") for t in tokens):
        return None
    head = _head(tokens[: equals[0]], display.text)
    if head is None:
        return None
    side = tokens[equals[0] + 1 : equals[1] if len(equals) > 1 else len(tokens)]
    while side and side[-1].kind in (".", ","):
        side = side[:-1]
    body = _body(side, head[2], display.text)
    if body is None or any(t.value == head[1] for t in side) or _defined_elsewhere(head[1], found, front, display.line):
        return None
    if len(equals) == 1:
        return head[0], head[1], body, None
    cut = tokens[equals[0]].end
    rest = "".join(c if c == "\n" else " " for c in display.text[:cut]) + display.text[cut:]
    return head[0], head[1], body, dataclasses.replace(display, text=rest)
