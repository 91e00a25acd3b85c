"""A display's side note and a display that opens with a relation, as seed 003 writes its second term:
``\\neq \\frac{\\partial \\log(\\sum e^{x_i})}{\\partial x_k} \\left[\\begin{array}{l}
\\frac{\\partial \\log g(x)}{\\partial x} \\\\ = \\frac{1}{g(x)} \\frac{\\partial g(x)}{\\partial x}
\\end{array}\\right]``.

A one-column ``array`` in brackets after the display's expression is a remark beside it (a rule recalled), not a
factor: it is read as a chain of its own, at its lines. A display that starts with a relation other than ``=`` or
``⇒`` and holds no ``=`` of its own states that relation about something the page does not write on its left: the
relation is not checked, and the expression after it opens a chain that the displays below may go on from.
"""

from __future__ import annotations

from dataclasses import dataclass

from derive.read.find import Display
from derive.read.latex_lexer import Token
from derive.read.relation_names import IMPLIES, RELATIONS
from derive.read.rows import at_top

#: The column types of a one-column array.
ONE_COLUMN = frozenset({"l", "c", "r"})


@dataclass(frozen=True)
class SideNote:
    """The display without its side note, and the note as a display of its own (None when there is none)."""

    main: Display
    note: Display | None


def _word(tokens: list[Token], at: int) -> tuple[str, int]:
    """The letters of the braced group at ``at`` and the index past it (("", at) when there is no such group)."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return "", at
    end = at + 1
    while end < len(tokens) and tokens[end].kind == "letter":
        end += 1
    if end >= len(tokens) or tokens[end].kind != "}":
        return "", at
    return "".join(t.value for t in tokens[at + 1 : end]), end + 1


def _is(token: Token, kind: str, value: str | None = None) -> bool:
    return token.kind == kind and (value is None or token.value == value)


def _blank(text: str) -> str:
    """``text`` with every character but line breaks a space: what is not read, its lines kept."""
    return "".join(c if c == "\n" else " " for c in text)


def _array_end(tokens: list[Token], start: int) -> int | None:
    """Where ``\\end{array}\\right]`` closing the display (a '.' or ',' may follow) stands after ``start``, or None."""
    for end in range(start, len(tokens)):
        if _is(tokens[end], "command", "end") and _word(tokens, end + 1)[0] == "array":
            after = _word(tokens, end + 1)[1]
            rest = tokens[after:]
            closed = len(rest) >= 2 and _is(rest[0], "command", "right") and _is(rest[1], "]")
            closed = closed and all(t.kind in (".", ",") for t in rest[2:])  # a closing '.' or ',' is no math
            return end if closed and end > start else None
    return None


def side_note(display: Display, tokens: list[Token]) -> SideNote:
    """``expr \\left[\\begin{array}{l} … \\end{array}\\right]`` closing a display (its tokens): the display without
    the note, and the note's rows as a display of their own; each text is blanked where the other stands, so that
    the lines and places of its tokens stay those of the page."""
    for at, (token, top) in enumerate(at_top(tokens)):
        if not (top and _is(token, "command", "left") and at > 0 and at + 2 < len(tokens)):
            continue
        if not (_is(tokens[at + 1], "[") and _is(tokens[at + 2], "command", "begin")):
            continue
        name, after_name = _word(tokens, at + 3)
        spec, start = _word(tokens, after_name)
        end = _array_end(tokens, start) if name == "array" and spec in ONE_COLUMN else None
        if end is None:
            continue
        text, first, last = display.text, tokens[start], tokens[end - 1]
        note = _blank(text[: first.start]) + text[first.start : last.end] + _blank(text[last.end :])
        main = text[: token.start] + _blank(text[token.start : tokens[-1].end]) + text[tokens[-1].end :]
        return SideNote(Display(main, display.line, display.environment, display.lead),
                        Display(note, display.line, display.environment, ""))  # fmt: skip
    return SideNote(display, None)


def parts(display: Display, tokens: list[Token]) -> tuple[Display, ...]:
    """The display without its side note, and the note (``side_note``); or the display alone."""
    noted = side_note(display, tokens)
    return (noted.main,) if noted.note is None else (noted.main, noted.note)


def opening_relation(tokens: list[Token]) -> str | None:
    """The relation a display starts with (``\\neq``, ``\\approx``; not ``=`` or ``⇒``) when it holds no ``=`` and
    no other relation at its top level after it: its symbol, else None."""
    if not tokens or tokens[0].kind != "command" or tokens[0].value not in RELATIONS or tokens[0].value in IMPLIES:
        return None
    rest = tokens[1:]
    if not rest or any(t.kind == "=" for t in rest):
        return None
    for token, top in at_top(rest):
        key = token.value if token.kind == "command" else token.kind
        if top and key in RELATIONS and (token.kind == "command" or token.kind in "<>:"):
            return None
    return RELATIONS[tokens[0].value]
