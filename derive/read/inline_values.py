"""A name the prose's math gives a value that derive did not take as a definition: "Since $p_{11} = \\frac{…}{…}$,"
above a display that writes p_{11}, where p is a vector of the page (survey T-07). Read as a free number there, a
counterexample gave p_11 any value and refuted three true links. The displays below it that write the name keep
the sentence as a condition derive does not hold: their links are never refuted. The name is unread, as one whose
definition in a display derive could not read: a derivative through it is not taken (d/dw_1 (w_1 + w_2) = 1 had
been proven below "Since $w_2 = 2 w_1$", probe s52's r4y)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from derive.errors import InputError
from derive.read.definition_heads import head_name
from derive.read.find import Display, Found
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK
from derive.read.page_definitions import PageDefinition

#: A name as an inline equality's left side writes it: a letter or a Greek one, an accent, one subscript.
_NAME = re.compile(r"^\s*(?:\\(?:hat|bar|tilde)\s*\{?\s*)?\\?[A-Za-z]+\s*\}?\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$")


def _squeezed(latex: str) -> str:
    return re.sub(r"[\s{}]", "", latex)


def _given(inline: Display, read: set[object]) -> tuple[str, str] | None:
    """The name an inline formula gives a value (its left side, squeezed) and the formula, where that value is an
    expression (not a case, i = k, a number, y_k = 1, nor another name) and derive read no definition of it."""
    left, equals, right = inline.text.partition("=")
    if not equals or "=" in right or not _NAME.match(left) or left.strip().startswith(("\\sum", "\\prod")):
        return None
    try:
        tokens = tokenize(right)
    except InputError:
        return None
    named = any(t.kind == "letter" or (t.kind == "command" and t.value in GREEK) for t in tokens)  # not 61/100
    if not named or _NAME.match(right) or _squeezed(left) in read:
        return None  # ŷ_k = s_k: a name for a name, as derive's own pages restate a definition; y_k = 1: a value
    return _squeezed(left), inline.text.strip()


#: A numbered entry as TeX writes it: w_2, w_{12}, \\theta_{2}.
_ENTRY = re.compile(r"(?<![A-Za-z\\])(\\?[A-Za-z]+)\s*_\s*(?:\{\s*(\d+)\s*\}|(\d))")
#: Relations that tie what they join: =, :=, ≡, \\coloneqq, \\triangleq, / (a ratio set to a number).
_TIES = re.compile(r":=|=|\\equiv|\\coloneqq|\\triangleq|\\doteq|≡|≔")


def _unbold(formula: str) -> str:
    """``formula`` with each letter's font dropped: \\mathbf{w}_{2} is w_{2} here."""
    return re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathit|mathrm)\s*\{\s*(\\?[A-Za-z]+)\s*\}", r"\1", formula)


def _sides(formula: str) -> list[str]:
    sides = [side for side in _TIES.split(_unbold(formula)) if side.strip()]
    return [re.sub(r"\\(?:display|text)style\b|[.,]\s*$", "", side).strip() for side in sides]


def _entries(text: str, base: str | None = None) -> list[str]:
    found = {(m[1].lstrip("\\"), m[2] or m[3]) for m in _ENTRY.finditer(text)}
    return sorted(f"{b}_{number}" for b, number in found if base is None or b == base)


def _tied(formula: str) -> list[str]:
    """Entries of one vector a formula ties, one side an entry alone and the other made of another entry of its
    vector (w_2 = 2 w_1, 2 w_1 = w_2, w_2 := w_1, θ_2 \\equiv θ_1, \\mathbf{w}_2 = 2\\mathbf{w}_1): their names (w_2,
    w_1), which derive cannot hold apart. A sum set to a number (t_1 + t_2 = 1) is a constraint (``_constrained``)."""
    sides = _sides(formula)
    alone = [m for side in sides if (m := _ENTRY.fullmatch(side)) is not None]
    if len(sides) != 2 or not alone:
        return []
    mine = _entries(_unbold(formula), alone[0][1].lstrip("\\"))
    return mine if len(mine) > 1 else []


def _constrained(formula: str) -> list[str]:
    """Entries of one vector a formula sets a number of (w_2 − 2 w_1 = 0, w_2 / w_1 = 2, t_1 + t_2 = 1): derive
    reads such a constraint at points, never as one entry made of another, so a derivative through them is unread."""
    sides = _sides(formula)
    if len(sides) != 2 or not any(re.fullmatch(r"[-+]?\s*\d+(?:\.\d+)?", side) for side in sides):
        return []
    other = next(side for side in sides if not re.fullmatch(r"[-+]?\s*\d+(?:\.\d+)?", side))
    mine = _entries(other)
    bases = {name.rsplit("_", 1)[0] for name in mine}
    rest = re.sub(r"[-+*/()\s\d.]|\\(?:cdot|frac)|[{}]", "", _ENTRY.sub("", other))
    return mine if len(mine) > 1 and len(bases) == 1 and not rest else []


def unheld_inline_values(found: Found, page: Iterable[PageDefinition], front: FrontMatter) -> Found:
    """``found`` with each display that writes a name an inline value derive did not read gives (see the module)
    holding that sentence as a condition derive does not hold; a name the front matter defines is read so. Entries
    an inline formula, or a display derive does not check (w_2 \\equiv 2 w_1), ties together are unread."""
    read: set[object] = {_squeezed(d.head) for d in page}  # defined at a line of its own: restated here
    read |= {_squeezed(key.text) for key, _ in front.define}
    given = [(inline.line, *pair) for inline in found.inline if (pair := _given(inline, read)) is not None]
    every = [*found.inline, *found.displays]  # $w_2 = 2w_1$, $$w_2 \\equiv 2w_1$$, $$\\mathbf{w}_2 = 2\\mathbf{w}_1$$
    ties = [(d.line, d.text.strip(), _tied(d.text)) for d in every]
    tied = [(line, name, formula) for line, formula, names in ties for name in names]  # above it too: "where …"
    constrained = {name for d in every for name in _constrained(d.text)}  # w_2 - 2w_1 = 0: unread, nothing held
    if not given and not tied and not constrained:
        return found

    def held(display: Display) -> Display:
        if display.unheld:
            return display
        text = _squeezed(display.text)
        below = [(line, name, formula) for line, name, formula in given if line < display.line]  # "Since $p = …$,"
        for line, name, formula in [*below, *((t, n, f) for t, n, f in tied if t != display.line)]:
            if re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z0-9])", text):
                said = f"line {line} gives {name} a value (${formula}$) that derive did not read as its definition"
                return dataclasses.replace(display, unheld=said)
        return display

    heads = {head_name(formula.partition("=")[0]) for _, _, formula in given} | {name for _, name, _ in tied}
    names = {name for name in heads | constrained if re.fullmatch(r"[A-Za-z]+_\d+", name)}  # w_2: an entry, unread
    return dataclasses.replace(found, displays=tuple(held(d) for d in found.displays), given=(*found.given, *names))


__all__ = ["unheld_inline_values"]
