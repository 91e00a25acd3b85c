"""A display that starts with '=' below an aside: a lone expression that repeats a part of a chain above it in the
section (NNFS's ``\\frac{\\partial}{\\partial z_{i,k}} e^{z_{i,j}}``, a factor of the quotient rule's numerator, taken
apart in prose). The '=' may go on from the aside or from the chain it was taken from; read as the aside's, the
quotient was claimed equal to the factor's derivative and refuted three times. It is refused, naming both."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found, Unchecked

#: What a display's math opens with: its delimiter or environment, then its first row's alignment mark.
OPENING = re.compile(r"^\s*(?:\$\$|\\\[|\\begin\{[A-Za-z*]+\}(?:\{[^{}]*\})?)?\s*&?\s*")
_RELATIONS = re.compile(r"=|<|>|\\(?:le|ge|leq|geq|neq|approx)(?![A-Za-z])")


def _math(display: Display) -> str:
    """The display's math with its delimiters and every space dropped."""
    text = OPENING.sub("", display.text)
    text = re.sub(r"(?:\$\$|\\\]|\\end\{[A-Za-z*]+\})\s*$", "", text.strip())
    text = re.sub(r"\s+|\\[,;!]|\\left|\\right", "", text).rstrip(".,")
    return re.sub(r"([_^])\{(\w)\}", r"\1\2", text)  # x^{2} is x^2


def refuse_aside_continuations(found: Found) -> Found:
    """``found`` without each display that starts with '=' right below an aside (see the module), listed why."""
    refused: list[Unchecked] = []
    section: list[Display] = []
    previous: Display | None = None
    for display in found.displays:
        if any(previous is not None and previous.line < at <= display.line for at in found.headings):
            section = []
        math = _math(display)
        aside = previous is not None and _RELATIONS.search(_math(previous)) is None and len(_math(previous)) > 3
        taken = aside and previous is not None and any(_math(previous) in _math(d) for d in section[:-1])
        if math.startswith("=") and taken and previous is not None:
            refused.append(
                Unchecked(
                    display.line,
                    f"unreadable: the display starts with '=' below the expression at line {previous.line}, which "
                    "repeats a part of a chain above it: it may go on from that expression, or from the chain it was "
                    "taken from (write the left side again)",
                )
            )
        else:
            section.append(display)
        previous = display
    if not refused:
        return found
    lines = {u.line for u in refused}
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d.line not in lines),
        unchecked=(*found.unchecked, *refused),
    )


__all__ = ["OPENING", "refuse_aside_continuations"]
