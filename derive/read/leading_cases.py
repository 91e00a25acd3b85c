"""A case written in words at the start of a one-row display: ``{\\rm if}~i=j,~\\frac{\\partial y_i}{\\partial x_j} =
… = y_i (1 - y_i)``, ``\\text{if } i \\neq j: …``. It says what the whole row holds under, as the same case written
after the row does (``… = -p_i p_j, \\quad i \\neq j``, which derive reads as the chain's case): the display is read
so, the case moved to its end. Only a word "if" or "when" set upright, then two letters related by =, \\neq or
\\not=, then a comma or a colon, in a display of one row that holds an '=' after it; anything else is left as it
was (the upright word refused, as before).
"""

from __future__ import annotations

import dataclasses
import re

from sympy import Basic, latex

from derive.read.find import Display, Found

_SPACE = r"(?:\s|~|\\[,;:! ]|\\q?quad\b)*"
_LEADING = re.compile(
    r"^(?P<begin>\s*(?:\\begin\{[A-Za-z*]+\}\s*)?)"
    r"\{?\\(?:mathrm|text|textrm|textit|mbox)\{\s*(?:if|when)\s*\}\}?"
    rf"{_SPACE}(?P<left>[A-Za-z])\s*(?P<relation>=|\\neq?(?![A-Za-z])|\\not\s*=)\s*(?P<right>[A-Za-z])"
    rf"\s*[,:]{_SPACE}",
    re.IGNORECASE,
)
_END = re.compile(r"(?P<end>\s*(?:\\end\{[A-Za-z*]+\}\s*)?)$")


def _moved(display: Display) -> Display | None:
    """The display with the case it opens with moved to its end, or None."""
    match = _LEADING.match(display.text)
    if match is None:
        return None
    rest = display.text[match.end() :]
    if "\\\\" in rest or "&" in rest or "=" not in rest:
        return None
    end = _END.search(rest)
    body, closing = (rest[: end.start()], end.group("end")) if end is not None else (rest, "")
    body = body.rstrip().rstrip(".,").rstrip()
    relation = "=" if match.group("relation") == "=" else "\\neq"
    case = f"{match.group('left')} {relation} {match.group('right')}"
    blank = "".join(c if c == "\n" else " " for c in display.text[len(match.group("begin")) : match.end()])
    text = f"{match.group('begin')}{blank}{body}, \\quad {case}{closing}"
    return dataclasses.replace(display, text=text)


def with_leading_cases(found: Found) -> Found:
    """``found`` with each one-row display that opens with its case in words (``{\\rm if}~i=j,~…``) given it at its
    end, where derive reads a row's case."""
    displays = [_moved(display) or display for display in found.displays]
    if all(new is old for new, old in zip(displays, found.displays, strict=True)):
        return found
    return dataclasses.replace(found, displays=tuple(displays))


def two_cases(line: int, stated: Basic, written: Basic) -> str:
    """Why a display whose own case differs from the one the line before states is not read: "If $i = k$:" above
    ``δ_{ik} = 0 \\quad (i \\neq k)`` had been proven under i ≠ k alone, the stated case dropped."""
    return (
        f"line {line}: two cases: ${latex(stated)}$ stated before the display, ${latex(written)}$ written on it; "
        "which one holds (or both) is not for derive to guess: state one"
    )


__all__ = ["two_cases", "with_leading_cases"]
