"""A name a page defines twice, as a page of two sections does (Sadowski's y_i, a sigmoid in section 1 and a
softmax in section 2): derive reads one definition throughout, so a display after the second that uses the name
may mean the other one. Such a display is refused, naming both lines, rather than checked with the first (which
refuted the page's true softmax steps)."""

from __future__ import annotations

from dataclasses import dataclass

from derive.errors import InputError
from derive.read.find import Display, Unchecked
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK


@dataclass(frozen=True)
class Redefined:
    """A name defined again: the letter it is written with, its head as written, and the two lines."""

    letter: str
    head: str
    first: int
    again: int


def letter_of(head: str) -> str | None:
    """The letter a defined head is written with: y of y_i, y of \\hat{y}_i, σ of \\sigma(x)."""
    try:
        tokens = tokenize(head)
    except InputError:
        return None
    found = next((t for t in tokens if t.kind == "letter" or (t.kind == "command" and t.value in GREEK)), None)
    return found.value if found is not None else None


def below_redefinitions(displays: list[Display], redefined: list[Redefined]) -> tuple[list[Display], list[Unchecked]]:
    """The displays to read, and a note for each one refused (``after_redefinition``)."""
    kept: list[Display] = []
    notes: list[Unchecked] = []
    for display in displays:
        note = after_redefinition(display, redefined)
        if note is None:
            kept.append(display)
        else:
            notes.append(note)
    return kept, notes


def after_redefinition(display: Display, redefined: list[Redefined]) -> Unchecked | None:
    """Why a display below a name's second definition that uses the name is not checked, else None."""
    later = [r for r in redefined if display.line > r.again]
    if not later:
        return None
    try:
        used = {t.value for t in tokenize(display.text, display.line) if t.kind in ("letter", "command")}
    except InputError:
        return None
    hit = next((r for r in later if r.letter in used), None)
    if hit is None:
        return None
    return Unchecked(
        display.line,
        f"unreadable: {hit.head} is defined twice on the page (lines {hit.first} and {hit.again}), and this display, "
        "below both, may mean either: derive reads one definition throughout; give the second a name of its own",
    )
