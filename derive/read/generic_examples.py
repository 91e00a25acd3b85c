"""The generic example's definition, as d2l writes its model: ``\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b`` on a
page that writes ``\\hat{y}^{(i)}`` and ``\\mathbf{x}^{(i)}`` for example i's.

A definition whose head is a bare name the page writes elsewhere with an example's label ``^{(i)}``, and whose body
writes bare at least one other such name, states the model for any example: it is read as the definition of
``\\hat{y}^{(i)}``, each labelled name of the body taking the label (``\\mathbf{x}^{(i)}``) and the others (w, b)
shared by every example. The page must label with one letter only, write that letter nowhere in the definition, and
raise no name of it to a power (``x^2`` would become ``x^{(i)}^2``), and write none bare in a display it does not
define by (Raschka's "dropping the superscript"); otherwise the definition is left as written."""

from __future__ import annotations

import dataclasses

from derive.errors import InputError
from derive.read.example_totals import written_names
from derive.read.examples import label_at, name_at
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import tokenize
from derive.read.names import display_name


def _labelled(texts: list[str]) -> tuple[set[str], set[str]]:
    """The names written with an example's label ``^{(i)}`` in ``texts``, and the letters those labels use."""
    names: set[str] = set()
    letters: set[str] = set()
    for text in texts:
        try:
            tokens = tokenize(text, 1)
        except InputError:
            continue
        for at in range(len(tokens)):
            named = name_at(tokens, at)
            label = label_at(tokens, named[1]) if named is not None else None
            if named is not None and label is not None:
                names.add(named[0])
                letters.add(label[0].value)
    return names, letters


def _rewritten(text: str, labelled: set[str], letter: str) -> str | None:
    """``text`` with ``^{(letter)}`` after each bare name of ``labelled``; None where one is raised or primed, or
    none is written, or the letter is already there."""
    tokens = tokenize(text, 1)
    if any(t.kind == "letter" and t.value == letter for t in tokens):
        return None
    cuts: list[int] = []
    at = 0
    while at < len(tokens):
        named = name_at(tokens, at) if at == 0 or tokens[at - 1].kind not in ("_", "^") else None
        if named is None or named[0] not in labelled:
            at += 1
            continue
        end = named[1]
        if end < len(tokens) and tokens[end].kind in ("^", "'"):
            return None
        cuts.append(tokens[end - 1].end)
        at = end
    if not cuts:
        return None
    out = text
    for cut in reversed(cuts):
        out = out[:cut] + f"^{{({letter})}}" + out[cut:]
    return out


def _bare_in_claims(found: Found, labelled: set[str]) -> bool:
    """Whether a display the page does not define by writes a labelled name bare (Raschka's "dropping the
    superscript"): the page then speaks of one example's names apart, and its definitions are left as written."""
    for display in found.displays:
        try:
            written = written_names(tokenize(display.text, display.line))
        except InputError:
            continue
        if any(name in labelled and not label for name, label in written):
            return True
    return False


def take_generic_definitions(front: FrontMatter, found: Found) -> tuple[FrontMatter, Found]:
    """``front`` with each definition of the generic example read as example i's (see the module), and a reading
    for each saying so."""
    texts = [d.text for d in (*found.displays, *found.inline)] + [e.text for pair in front.define for e in pair]
    labelled, letters = _labelled(texts)
    if len(letters) != 1:
        return front, found
    (letter,) = letters
    if _bare_in_claims(found, labelled):  # ŷ(1 - ŷ) checked too: the page's generic example stays as written
        return front, found
    define: list[tuple[Entry, Entry]] = []
    readings: list[str] = []
    for key, value in front.define:
        head = key.text.strip()
        try:
            tokens = tokenize(head, key.line)
            named = name_at(tokens, 0) if tokens else None
            body = _rewritten(value.text, labelled - {named[0]}, letter) if named and named[1] == len(tokens) else None
        except InputError:
            body = None
        if named is None or body is None or named[0] not in labelled:
            define.append((key, value))
            continue
        new_key = dataclasses.replace(key, text=f"{head}^{{({letter})}}")
        define.append((new_key, dataclasses.replace(value, text=body)))
        shown = display_name(named[0])
        readings.append(
            f"line {key.line}: {shown} = … read for every example {letter} ({shown}^{{({letter})}} = …): the page "
            f"writes {shown}^{{({letter})}} for example {letter}'s, and the names of the body so labelled take it"
        )
    if not readings:
        return front, found
    return dataclasses.replace(front, define=tuple(define)), dataclasses.replace(
        found, readings=(*found.readings, *readings)
    )


__all__ = ["take_generic_definitions"]
