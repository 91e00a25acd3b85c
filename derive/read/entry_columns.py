"""A column of numbered entries set equal to a column of formulas, as Parr & Howard write a vector of functions of
one number: ``\\begin{bmatrix} g_1(x) \\\\ g_2(x) \\end{bmatrix} = \\begin{bmatrix} x^2 \\\\ 3x \\end{bmatrix}``.

Each row is an equation of its own, ``g_1 = x^2`` and ``g_2 = 3x``: the entry g_k, a number that depends on the
page's x, defined as its formula (added to the front matter's define, as ``define: {g_1: x^2}`` would be). The
"(x)" only says what the entry depends on, as ``J(\\theta)`` does, and is dropped; the entry written later applied
to anything (``g_1(2)``, even ``g_1(x)``) reads two ways and is refused where it stands.

``\\mathbf{g}``, where the page's math writes it, is that column (``\\begin{bmatrix} g_1 \\\\ g_2 \\end{bmatrix}``):
the vector whose entries the rows define.

Only where every side is a column of the same rows, the first side's rows are one letter numbered 1, 2, … in
order, each applied to the same one letter or to nothing, and the page's math (its displays and inline equalities)
never writes that letter with a letter index (``g_i``: an entry of a vector of any length, which these would not
be; prose's "one for each $f_i$" speaks of these). Anything else is left as it is.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.chain_cases import stated_constraint, states_case
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter

#: One column: ``\\begin{bmatrix} … \\end{bmatrix}`` (or pmatrix, vmatrix, matrix) with no environment inside.
_COLUMN = re.compile(r"\s*\\begin\{(?P<env>[bpBv]?matrix)\}(?P<rows>(?:(?!\\begin|\\end).)*)\\end\{(?P=env)\}\s*", re.S)
#: A numbered entry, applied or not: ``g_1(x)``, ``y_{2}``, ``\\mathbf{f}_1(x)`` is not one (a bold letter).
_ENTRY = re.compile(
    r"\s*(?P<base>[A-Za-df-z])\s*_\s*(?:(?P<d>\d)|\{\s*(?P<n>\d+)\s*\})\s*(?:\(\s*(?P<arg>[^()]*?)\s*\))?\s*"
)
#: A single letter as the argument: ``x``.
_LETTER = re.compile(r"[A-Za-df-z]")


def take_entry_columns(front: FrontMatter, found: Found) -> tuple[FrontMatter, Found]:
    """``front`` with the entries each display of columns of numbered entries defines (see the module) added to its
    define, and ``found`` without those displays, each said."""
    every = "\n".join(d.text for d in (*found.displays, *found.inline))  # its math: "one for each $f_i$" says f_1, f_2
    _refuse_beside_vectors(front, every)
    taken = {re.sub(r"\s", "", key.text) for key, _ in front.define}
    kept: list[Display] = []
    define: list[tuple[Entry, Entry]] = []
    notes: list[Unchecked] = []
    readings: list[str] = []
    bodies: dict[str, tuple[str, int]] = {}  # what a column defined each entry as, and where
    for display in found.displays:
        conditioned = states_case(display.lead) or stated_constraint(display.lead)  # "If x > 0:": there only
        rows = None if conditioned else _rows(display.text, every)
        names = [] if rows is None else [re.sub(r"\s", "", head) for row in rows for head in row[:-1]]
        formulas = [] if rows is None else [row[-1] for row in rows for _ in row[:-1]]
        again = [(n, bodies[n]) for n, f in zip(names, formulas, strict=True) if n in bodies and bodies[n][0] != f]
        if again:  # g_1 = x^3 below g_1 = x^2: a claim that they agree (false), or g defined anew?
            name, (_, first) = again[0]
            notes.append(Unchecked(display.line, f"unreadable: {name} is defined by a column at line {first} too, "
                                   "otherwise: a claim that the two agree, or the entries defined anew (give them "
                                   "a letter of their own)"))  # fmt: skip
            continue
        if rows is None or taken & set(names) or not names:
            kept.append(display)
            continue
        taken |= set(names)
        bodies.update({n: (f, display.line) for n, f in zip(names, formulas, strict=True)})
        define += _whole_columns(rows, every, taken, display.line)
        define += [(Entry(head, display.line), Entry(row[-1], display.line)) for row in rows for head in row[:-1]]
        shown = ", ".join(names)
        notes += [Unchecked(display.line, f"a definition of {shown}, each its row, read as the front matter's define: "
                            "nothing to check", False)]  # fmt: skip
        readings.append(
            f"line {display.line}: {shown} read as defined by the rows of a column, each a number of its own"
        )
    if not define and not notes:
        return front, found
    return dataclasses.replace(front, define=(*front.define, *define)), dataclasses.replace(
        found,
        displays=tuple(kept),
        unchecked=(*found.unchecked, *notes),
        readings=(*found.readings, *readings),
    )


def _whole_columns(rows: list[list[str]], every: str, taken: set[str], line: int) -> list[tuple[Entry, Entry]]:
    """``\\mathbf{g}``, where the page's math writes it, as the column of the entries g_1, g_2 just defined: the
    vector those rows are (∂\\mathbf{g}/∂x, the column of ∂g_k/∂x)."""
    found: list[tuple[Entry, Entry]] = []
    for at in range(len(rows[0]) - 1):
        letter = rows[0][at].split("_")[0].strip()
        bold = f"\\mathbf{{{letter}}}"
        if re.search(r"\\mathbf\s*\{\s*" + letter + r"\s*\}", every) is None or bold in taken:
            continue
        column = " \\\\ ".join(row[at].split("(")[0].strip() for row in rows)
        found.append((Entry(bold, line), Entry(f"\\begin{{bmatrix}} {column} \\end{{bmatrix}}", line)))
        taken.add(bold)
    return found


def _refuse_beside_vectors(front: FrontMatter, every: str) -> None:
    """A numbered entry the front matter defines (``g_1: x^2``) where the page writes its letter with a letter index
    (``g_i``) or declares it a vector: the entry 1 of that vector, or a number of its own? Refused, naming both."""
    vectors = {re.sub(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(\w+)\s*\}|\s", r"\1", e.text) for e in front.vectors}
    for key, _ in front.define:
        entry = _ENTRY.fullmatch(key.text)
        if entry is None or entry.group("arg") is not None:
            continue
        letter = entry.group("base")
        if letter in vectors or re.search(r"(?<![A-Za-z\\])" + letter + r"\s*_\s*\{?\s*[A-Za-z]", every):
            shown = key.text.strip()
            raise InputError(
                f"line {key.line}: {shown} is defined, and the page writes {letter} as a vector ({letter}_i): {shown} "
                "can be read two ways: the entry of that vector, or a number of its own (give it a letter of its own)"
            )


def _rows(text: str, every: str) -> list[list[str]] | None:
    """Each row of a display of columns of numbered entries, its defined entries and then its formula
    (``[["g_1", "x^2"], ["g_2", "3x"]]``); else None."""
    sides = _columns(text.strip().rstrip(".,").strip())
    if sides is None or len(sides) < 2 or len({len(side) for side in sides}) != 1 or len(sides[0]) < 2:
        return None
    heads = [[_ENTRY.fullmatch(row) for row in side] for side in sides[:-1]]
    if any(entry is None for side in heads for entry in side) or any(_ENTRY.fullmatch(r) for r in sides[-1]):
        return None  # a formula between, or entries on the last side: no definition
    letters: set[str] = set()
    for side in heads:
        entries = [entry for entry in side if entry is not None]
        base, arg = entries[0].group("base"), entries[0].group("arg")
        if arg is not None and _LETTER.fullmatch(arg) is None:
            return None  # f_1(\mathbf{g}): a function of a whole vector, not read so
        for k, entry in enumerate(entries, start=1):
            if (entry.group("base"), entry.group("arg"), int(entry.group("d") or entry.group("n"))) != (base, arg, k):
                return None
        letters.add(base)
    if any(re.search(r"(?<![A-Za-z\\])" + letter + r"\s*_\s*\{?\s*[A-Za-z]", every) for letter in letters):
        return None  # g_i too: the entries of a vector of any length, not these numbered numbers
    return [[*(_unapplied(side[k]) for side in sides[:-1]), sides[-1][k].strip()] for k in range(len(sides[0]))]


def _unapplied(row: str) -> str:
    """A numbered entry without the argument it is written with: ``g_1(x)`` as ``g_1``."""
    return row.split("(")[0].strip()


def _columns(text: str) -> list[list[str]] | None:
    """The sides of ``A = B = …``, each a column's rows, when every side is one column; else None."""
    sides: list[list[str]] = []
    at = 0
    while True:
        column = _COLUMN.match(text, at)
        if column is None:
            return None
        rows = [row.strip() for row in re.split(r"\\\\", column.group("rows"))]
        rows = rows[:-1] if rows and not rows[-1] else rows
        if not rows or any(not row or "&" in row for row in rows):
            return None
        sides.append(rows)
        at = column.end()
        if at == len(text):
            return sides
        if text[at] != "=":
            return None
        at += 1
