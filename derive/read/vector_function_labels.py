"""A function of a whole vector, its value indexed, named in a chain only to label the formula after it:
Roelants' ``y_c = \\varsigma(\\mathbf{z})_c = \\frac{e^{z_c}}{\\sum_d e^{z_d}}``.

Where the name (ς) stands nowhere else on the page or in the front matter, ``ς(z)_c = …`` is how the page
defines it, as ``ŷ = σ(z) = …`` defines σ: the side is a name for the formula that follows it. It is taken out of
the chain, which keeps what it says of the sides around it (``y_c = …``, checked, or a definition of y_c), and
listed as a definition with nothing to check. Used elsewhere, the name is left in place (and refused there).
"""

from __future__ import annotations

import dataclasses

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK
from derive.read.rows import at_top

#: Fonts a whole vector is written in: ``\\mathbf{z}``, ``\\boldsymbol{z}``, ``\\vec{z}``.
FONTS = frozenset({"mathbf", "boldsymbol", "bm", "vec", "mathbb"})


def _label_side(side: list[Token]) -> Token | None:
    """The name of ``NAME(z)_c`` (also ``\\left(``, ``\\mathbf{z}``, ``_{c}``), else None."""
    kinds = [t.kind for t in side]
    if not side or side[0].kind not in ("letter", "command") or ")" not in kinds:
        return None
    name = side[0]
    if name.kind == "command" and name.value not in GREEK:
        return None
    close = kinds.index(")")
    inner = [t for t in side[1:close] if not (t.kind == "command" and t.value in ("left", "right"))]
    if not inner or inner[0].kind != "(":
        return None
    inner = inner[1:]
    if inner and inner[0].kind == "command" and inner[0].value in FONTS:
        inner = [t for t in inner[1:] if t.kind not in ("{", "}")]
    if [t.kind for t in inner] != ["letter"]:
        return None
    script = [t.kind for t in side[close + 1 :]]
    return name if script in (["_", "letter"], ["_", "{", "letter", "}"]) else None


def _sides(tokens: list[Token]) -> list[tuple[list[Token], Token | None]]:
    """The chain's top-level sides, each with the '=' after it (None for the last)."""
    sides: list[tuple[list[Token], Token | None]] = []
    current: list[Token] = []
    for token, top in at_top(tokens):
        if top and token.kind == "=":
            sides.append((current, token))
            current = []
        else:
            current.append(token)
    sides.append((current, None))
    return sides


def take_vector_function_labels(front: FrontMatter, found: Found) -> Found:
    """The displays with each side ``ς(z)_c`` that only names the formula after it taken out, and a note for it."""
    counts: dict[tuple[str, str], int] = {}
    texts = [value.text for _, value in front.define] + [key.text for key, _ in front.define]
    for text in texts + [d.text for d in (*found.displays, *found.inline)]:
        try:
            for token in tokenize(text):
                counts[(token.kind, token.value)] = counts.get((token.kind, token.value), 0) + 1
        except InputError:
            continue
    displays: list[Display] = []
    notes: list[Unchecked] = []
    for display in found.displays:
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            displays.append(display)
            continue
        if any(t.kind in ("&", "newline") for t in tokens):
            displays.append(display)
            continue
        sides = _sides(tokens)
        text, kept = display.text, True
        for position, (side, equals) in enumerate(sides):
            name = _label_side(side)
            if name is None or equals is None or counts.get((name.kind, name.value)) != 1:
                continue
            if position == 0 and len(sides) != 2:
                continue  # ς(z)_c = A = B: which side it names is not for this reader to guess
            before = sides[position - 1][1]
            if before is not None and position > 0:
                text = text[: before.start] + " " * (side[-1].end - before.start) + text[side[-1].end :]
            kept = position > 0  # ς(z)_c = A alone: the display is the definition
            shown = display.text[side[0].start : side[-1].end]
            notes.append(
                Unchecked(
                    display.line,
                    f"a definition of {shown}, a name for the formula after it (used nowhere else): nothing to check",
                    False,
                )
            )
        if kept:
            displays.append(dataclasses.replace(display, text=text))
    if not notes:
        return found
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes))
