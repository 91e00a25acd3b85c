"""A name a page defines twice, as a page of two sections does (Sadowski's y_i, a sigmoid in section 1 and a
softmax in section 2): derive reads one definition throughout, so a display after the second that uses the name
may mean the other one. Such a display is refused, naming both lines, rather than checked with the first (which
refuted the page's true softmax steps)."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK


def letter_of(head: str) -> str | None:
    """The letter a defined head is written with: y of y_i, y of \\hat{y}_i, σ of \\sigma(x)."""
    try:
        tokens = tokenize(head)
    except InputError:
        return None
    found = next((t for t in tokens if t.kind == "letter" or (t.kind == "command" and t.value in GREEK)), None)
    return found.value if found is not None else None


def below_redefinitions(found: Found, text: str) -> Found:
    """The displays without those refused below a second definition of a name they use (``after_redefinition``),
    each with a note: only where a heading stands between the two definitions (a section of its own, which may
    mean another thing by the name); within one section a second definition restates the first (Roelants'
    y_c = e^{z_c} / Σ_C beside y_c = ς(z)_c), and the first is read throughout."""
    headings = [k + 1 for k, line in enumerate(text.split("\n")) if HEADING.match(line)]
    sections = [r for r in found.redefined if any(r[2] < line < r[3] for line in headings)]
    if not sections:
        return found
    kept: list[Display] = []
    notes: list[Unchecked] = []
    for display in found.displays:
        note = after_redefinition(display, sections)
        if note is None:
            kept.append(display)
        else:
            notes.append(note)
    return dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *notes))


#: A heading: Markdown's ``#`` or TeX's ``\\section{…}`` (and its kin).
HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\\(?:sub)*section\*?\{|^\s*\\paragraph\{")


def after_redefinition(display: Display, redefined: list[tuple[str, str, int, int]]) -> Unchecked | None:
    """Why a display below a name's second definition that uses the name is not checked, else None."""
    later = [r for r in redefined if display.line > r[3]]
    if not later:
        return None
    try:
        used = {t.value for t in tokenize(display.text, display.line) if t.kind in ("letter", "command")}
    except InputError:
        return None
    hit = next((r for r in later if r[0] in used), None)
    if hit is None:
        return None
    return Unchecked(
        display.line,
        f"unreadable: {hit[1]} is defined twice on the page (lines {hit[2]} and {hit[3]}), and this display, "
        "below both, may mean either: derive reads one definition throughout; give the second a name of its own",
    )
