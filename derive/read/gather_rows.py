"""The rows of a ``gather``: each an equation of its own, as amsmath sets them (centred, no alignment point), so
each is read as a display of its own at its own line. A row then defines a name as a display does
(``y = f(x) = \\log(1 + e^{x}) \\\\ f'(x) = …``: y and f defined by the first row, the second a claim), and a
row that starts with '=' goes on from the row before, as a display that starts with '=' does.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.carried_rows import carries_on
from derive.read.find import Display, Found
from derive.read.latex_lexer import tokenize

#: A display that is one gather, written as the whole display or inside $$ … $$.
_GATHER = re.compile(r"^\s*\\begin\{(gather\*?|gathered)\}(.*)\\end\{\1\}\s*[.,]?\s*$", re.S)


def _rows(display: Display) -> list[Display] | None:
    """The gather's rows as displays (empty rows left out), or None when the display is no gather of rows."""
    match = _GATHER.match(display.text)
    if match is None:
        return None
    inner, offset = match.group(2), match.start(2)
    try:
        tokens = tokenize(inner, display.line)
    except InputError:
        return None
    depth, cuts = 0, [0]
    for token in tokens:
        if token.kind == "{":
            depth += 1
        elif token.kind == "}":
            depth -= 1
        elif token.kind == "command" and token.value in {"begin", "end"}:
            return None  # an environment inside (cases, a matrix): its rows are not the gather's
        elif token.kind == "newline" and depth == 0 and not carries_on(tokens, tokens.index(token) + 1):
            cuts += [token.start, token.end]
    cuts.append(len(inner))
    if len(cuts) < 4:
        return None
    rows: list[Display] = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        text = inner[start:end]
        if not text.strip() or re.fullmatch(r"\s*\[[^\]]*\]\s*", text):  # an empty row, or only its spacing
            continue
        line = display.line + display.text.count("\n", 0, offset + start)
        rows.append(dataclasses.replace(display, text=text, line=line, environment=""))  # the lead's case: each row's
    return rows


def split_gathered(found: Found) -> Found:
    """``found`` with each gather display made one display a row."""
    displays: list[Display] = []
    changed = False
    for display in found.displays:
        rows = _rows(display)
        changed = changed or rows is not None
        displays.extend(rows if rows is not None else [display])
    return dataclasses.replace(found, displays=tuple(displays)) if changed else found


__all__ = ["split_gathered"]
