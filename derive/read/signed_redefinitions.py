"""A name the page defined, defined again with a sign that only defines: ``y := x^3``, ``y \\coloneqq x^3``,
``y \\stackrel{\\text{def}}{=} x^3``, ``y \\overset{\\text{def}}{=} x^3``, ``y \\triangleq x^3``, ``x^3 =: y``,
``y \\eqqcolon …``, and ``y \\equiv x^3`` (an identity, or a definition?), in a display of its own, in a row of an
align, or beside a claim in one display. derive reads one definition of a name, so every display from that one on
that uses the name is refused, naming both lines (probe s54: ``dy/dx = 2x`` below ``y \\stackrel{\\text{def}}{=}
x^3`` had been proven with the first y = x^2, and the new definition refuted as a claim)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.read.find import Display, Found
from derive.read.redefinitions import Defining, letter_of, refuse_using, same_definition

_ACCENTED = r"\\(?:hat|bar|tilde|mathbf|boldsymbol)\s*\{\s*\\?[A-Za-z]+\s*\}"
_NAME = rf"(?P<head>(?:{_ACCENTED}|\\?[A-Za-z]+)(?:_\{{?\w+\}}?)?)"
_SIGN = (
    r"(?::\s*=|\\(?:coloneqq|coloneq|defeq|triangleq|equiv|doteq)(?![A-Za-z])|\\colon\s*=|\\mathrel\s*\{\s*:\s*=\s*\}"
    r"|\\(?:stackrel|overset)\s*\{(?=[^=]*?(?:def|\\Delta|\\triangle))(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*=\s*\})"
)
#: ``NAME := body`` at a row's start (after a display's environment, an align's ``&``), or ``body =: NAME``.
_FORWARD = re.compile(
    rf"(?:^|\\\\|\\begin\s*\{{\w+\*?\}})\s*{_NAME}\s*&?\s*{_SIGN}\s*&?(?P<body>[^\\&]*(?:\\(?!\\)[^\\&]*)*)"
)
_BACKWARD = re.compile(rf"(?P<body>[^=]+?)\s*(?:=\s*:|\\eqqcolon)\s*{_NAME}\s*[.,]?\s*$")


def _given(display: Display) -> list[tuple[str, str]]:
    """The names a display defines with such a sign, with their bodies."""
    found = [(m["head"], m["body"].strip(" ,.")) for m in _FORWARD.finditer(display.text.strip())]
    back = _BACKWARD.search(display.text.strip())
    return found + ([(back["head"], back["body"].strip())] if back is not None else [])


def refuse_signed_again(found: Found, page: Sequence[Defining]) -> Found:
    """``found`` without the displays, from one that defines a page's name again with a defining sign on, that use
    the name; each listed with both lines."""
    again: list[tuple[str, int, int]] = []  # letter, first line, line defined again
    for display in sorted((*found.displays, *found.inline), key=lambda d: d.line):  # "Now take $x^3 =: y$"
        for head, body in _given(display):
            letter = letter_of(head)
            first = next((d for d in page if letter_of(d.head) == letter and d.line < display.line), None)
            if letter is None or first is None or same_definition(first.head, first.body, head, body):
                continue
            again.append((letter, first.line, display.line))
    if not again:
        return found

    def why(display: Display, used: set[str]) -> str | None:
        hit = next(((n, a, b) for n, a, b in again if display.line >= b and n in used), None)
        if hit is None:
            return None
        letter, first, line = hit
        return (
            f"unreadable: {letter} is defined at line {first} and defined again at line {line}, and this display may "
            "mean either: derive reads one definition throughout; give the second a name of its own"
        )

    return refuse_using(found, why)


__all__ = ["refuse_signed_again"]
