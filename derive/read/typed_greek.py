"""A capital Greek letter's name typed without its backslash, ``Delta = Out - Y`` (a Q&A's error term): TeX sets
the letters D·e·l·t·a side by side; the writer means Δ, as the front matter's ``Delta`` does. Where no letter of
the name but e is a name of the page (written alone), the name is read as the letter, ``\\Delta``, so that every
rule about Δ holds for it (``Delta x`` reads two ways, Δ times x or the increment of x, as ``\\Delta x`` does), and
the report says so. Where some letter is a name of the page, it reads two ways and is refused, naming both
(``derive.read.capital_runs``); never the product of its letters with e Euler's number."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import tokenize

#: The capital Greek letters whose names a page may type as a word.
NAMES = ("Delta", "Gamma", "Theta", "Lambda", "Sigma", "Omega", "Upsilon", "Phi", "Psi", "Pi", "Xi")
_TYPED = re.compile(rf"(?<![A-Za-z\\])(?P<name>{'|'.join(NAMES)})(?![a-z])")


def alone(texts: list[tuple[str, int]]) -> set[str]:
    """The letters the formulas write alone, no letter beside them: the page's one-letter names."""
    found: set[str] = set()
    for text, line in texts:
        try:
            tokens = tokenize(text, line)
        except InputError:
            continue
        for at, token in enumerate(tokens):
            before = tokens[at - 1] if at else None
            after = tokens[at + 1] if at + 1 < len(tokens) else None
            joined = (before is not None and before.kind == "letter" and token.gap == "") or (
                after is not None and after.kind == "letter" and after.gap == ""
            )
            if token.kind == "letter" and not joined:
                found.add(token.value)
    return found


def with_typed_greek(found: Found) -> Found:
    """``found`` with each typed Greek name whose letters are no names of the page written as the letter, and the
    formulas that write one whose letters are (each then listed, naming both readings: a definition read there had
    been the name in its head and the letters in the formulas that use it)."""
    names = alone([(d.text, d.line) for d in (*found.displays, *found.inline)]) - {"e"}
    twofold = {m.group("name") for d in (*found.displays, *found.inline) for m in _TYPED.finditer(d.text)}
    twofold = {name for name in twofold if set(name) & names}
    if twofold:
        found = _without(found, twofold)
    said: list[str] = []

    def greek(display: Display) -> Display:
        def letter(match: re.Match[str]) -> str:
            name = match.group("name")
            if set(name) & names:
                return name
            said.append(f"line {display.line}: {name}, typed, read as the letter \\{name}")
            return f"\\{name} "

        text = _TYPED.sub(letter, display.text)
        return display if text == display.text else dataclasses.replace(display, text=text)

    displays, inline = tuple(map(greek, found.displays)), tuple(map(greek, found.inline))
    if not said:
        return found
    return dataclasses.replace(found, displays=displays, inline=inline, readings=(*found.readings, said[0]))


def as_letters(text: str) -> str:
    """``text`` (an assumption of the front matter, ``Delta \\geq 0``) with each typed Greek name as its letter: the
    front matter is written for derive, and the product of the name's letters has no domain there."""

    def letter(match: re.Match[str]) -> str:
        glued = match.end() < len(text) and text[match.end()].isalnum()  # Delta X: \Delta X, not \DeltaX
        return f"\\{match.group('name')}{' ' if glued else ''}"

    return _TYPED.sub(letter, text)


def two_readings(name: str) -> str:
    """Why a typed Greek name whose letters are names of the page is refused: both its readings."""
    return (
        f"{name} can be read two ways: the letter \\{name}, or the product {' '.join(name)} (letters the page uses "
        f"on their own): write \\{name}, or the product with \\cdot"
    )


def _without(found: Found, twofold: set[str]) -> Found:
    """``found`` less the displays and inline formulas that write a name of ``twofold``, each listed."""
    kept: dict[str, list[Display]] = {"displays": [], "inline": []}
    notes: list[Unchecked] = []
    for kind, formulas in (("displays", found.displays), ("inline", found.inline)):
        for formula in formulas:
            name = next((m.group("name") for m in _TYPED.finditer(formula.text) if m.group("name") in twofold), None)
            if name is None:
                kept[kind].append(formula)
            else:
                notes.append(Unchecked(formula.line, f"unreadable: {two_readings(name)}", kind == "displays"))
    return dataclasses.replace(found, displays=tuple(kept["displays"]), inline=tuple(kept["inline"]),
                               unchecked=(*found.unchecked, *notes))  # fmt: skip


__all__ = ["NAMES", "as_letters", "two_readings", "with_typed_greek"]
