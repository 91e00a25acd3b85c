"""A change of variables stated inline: "By making the change of variables $x = y\\ln(2)$, this is equivalent to
$$…$$" (Wikipedia's softplus). It is no definition of x for the page: x stays the free variable it was above and
below (read as a definition, it turned the page's later f(x) into f(y ln 2) and refuted a correct line). The display
it leads into is where it holds; that display, if it uses x, is refused, naming the substitution."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import tokenize

#: Words that make the formula right after them a substitution, not a definition ("the change of variables $…$",
#: "substituting $…$", "with the substitution $…$"; not "substituting in … and splitting out the $i = o$ case").
SUBSTITUTION = re.compile(r"\b(?:change\s+of\s+variables?|substitut\w*|plugging\s+in)\s*$", re.I)


def _sentence_before(text: str, formula: Display) -> str:
    """The prose of the sentence right before an inline formula (on its line or the lines of its paragraph)."""
    lines = text.split("\n")
    start = formula.line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    paragraph = "\n".join(lines[start : formula.line])
    at = paragraph.rfind(formula.text)
    before = re.sub(r"(?:\$+|\\\()\s*$", "", paragraph[: max(at, 0)])  # the formula's opening $ or \(
    return re.split(r"(?<=[.!?:;])\s+", before)[-1]


def _substituted(formula: Display) -> str | None:
    """The one name an inline ``NAME = …`` substitutes (a letter or a Greek command), else None."""
    try:
        tokens = tokenize(formula.text, formula.line)
    except InputError:
        return None
    if len(tokens) < 4 or tokens[1].kind != "=" or tokens[0].kind not in ("letter", "command"):
        return None  # i = o, one name set to another: a case, not a substitution
    return tokens[0].value


def take_substitutions(found: Found, text: str) -> Found:
    """``found`` without the inline formulas that a change of variables states, and without the display each leads
    into where that display uses the substituted name, each listed with why."""
    kept: list[Display] = []
    notes: list[Unchecked] = []
    refused: dict[int, str] = {}  # a display's position in found.displays: why
    for formula in found.inline:
        name = _substituted(formula)
        if name is None or not SUBSTITUTION.search(_sentence_before(text, formula)):
            kept.append(formula)
            continue
        shown = name if len(name) == 1 else "\\" + name
        said = f"a change of variables ({shown} = …), not a definition of {shown}"
        notes.append(Unchecked(formula.line, said, equality=False))  # counted with the inline equalities
        after = next((k for k, d in enumerate(found.displays) if d.line > formula.line), None)
        if after is not None and _uses(found.displays[after], name):
            refused.setdefault(
                after,
                f"unreadable: it holds under the change of variables at line {formula.line} ({shown} = …), which "
                "derive does not put in: write it in one variable",
            )
    displays = tuple(d for k, d in enumerate(found.displays) if k not in refused)
    notes.extend(Unchecked(found.displays[k].line, why) for k, why in sorted(refused.items()))
    return dataclasses.replace(found, displays=displays, inline=tuple(kept), unchecked=(*found.unchecked, *notes))


def _uses(display: Display, name: str) -> bool:
    """Whether a display writes the name."""
    try:
        return any(t.value == name and t.kind in ("letter", "command") for t in tokenize(display.text, display.line))
    except InputError:
        return True


__all__ = ["take_substitutions"]
