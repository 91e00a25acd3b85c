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
from derive.read.lead_clauses import turns_case
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


def _tied(formula: str) -> list[str]:
    """Entries of one vector a formula ties, one side an entry alone and the other made of another entry of its
    vector (w_2 = 2 w_1, 2 w_1 = w_2, w_2 := w_1, θ_2 \\equiv θ_1): their names (w_2, w_1), which derive cannot hold
    apart. A sum set to a number (t_1 + t_2 = 1) is a constraint derive reads, no tie."""
    sides = [side for side in _TIES.split(formula) if side.strip()]
    plain = [re.sub(r"\\(?:display|text)style\b|[.,]\s*$", "", side).strip() for side in sides]
    alone = [m for side in plain if (m := _ENTRY.fullmatch(side)) is not None]
    if len(sides) != 2 or not alone:
        return []
    base = alone[0][1].lstrip("\\")
    entries = {(m[1].lstrip("\\"), m[2] or m[3]) for m in _ENTRY.finditer(formula)}
    mine = sorted(f"{b}_{number}" for b, number in entries if b == base)
    return mine if len(mine) > 1 else []


#: What TeX sets around a tie but does not tie: a font (\\mathbf{w}_2, \\mathbf{w_2}), words, spacing, an end mark.
_DECOR = re.compile(r"\\(?:text|mbox|mathrm)\s*\{[^{}]*\}|\\q?quad\b|\\[,;:! ]|\\(?:display|text)style\b|[.,;]\s*$")
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec|mathit)\s*\{\s*(\\?[A-Za-z]+\s*(?:_\s*(?:\{\s*\d+\s*\}|\d))?)\s*\}")
#: A relation set over '=' (\\stackrel{\\text{def}}{=}, \\overset{!}{=}): '=', for the tie it writes.
_OVER = re.compile(r"\\(?:stackrel|overset)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*=\s*\}")


def _plain(formula: str) -> str:
    return _DECOR.sub(" ", _OVER.sub("=", _FONT.sub(r"\1", formula))).strip()


def _stated_ties(formula: str) -> list[str]:
    """Entries of one vector a display relates and nothing else writes (w_2 = 2 w_1, \\mathbf{w_2} = w_1 \\text{ so},
    w_2 \\stackrel{\\text{def}}{=} 2 w_1, w_1 + w_2 = 3 w_1, s_1 + s_2 = 1): a tie or constraint the page states, or a
    claim true of no w; a layer's h_2 = σ(W h_1) writes more, a definition derive reads."""
    plain = _plain(formula)
    sides = [side for side in _TIES.split(plain) if side.strip()]
    names = sorted({f"{m[1].lstrip(chr(92))}_{m[2] or m[3]}" for m in _ENTRY.finditer(plain)})  # w_1 + w_2 = 3w_1
    rest = re.sub(r"[-+*/()=\s\d.{}]|\\(?:cdot|times|frac)\b", "", _ENTRY.sub("", plain))
    one = len({m[1] for m in _ENTRY.finditer(plain)}) == 1
    return names if len(sides) == 2 and len(names) > 1 and not rest and one and _TIES.search(plain) else []


#: A lead that states what follows as a constraint: "the probabilities satisfy", "subject to", "where", a colon.
_IMPOSES = re.compile(
    r"\b(?:satisf\w*|constrain\w*|tie[ds]?|such\s+that|subject\s+to|where|with|assum\w*|given|suppose|impose\w*"
    r"|requir\w*|must|hold\w*)\b|:\s*$",
    re.I,
)


def _relating(formula: str) -> list[str]:
    """``_stated_ties`` of an inline formula that sets no number (y_1 + y_2 + y_3 = 1 is a constraint derive reads)."""
    return [] if _constrained(formula) else _stated_ties(formula)


def _stated_tie(display: Display) -> Display:
    """``display`` not refuted where it writes a tie (``_stated_ties``): it reads two ways, and neither is refuted."""
    names = _stated_ties(display.text)
    if not names or display.unheld or turns_case(display.lead):  # "In general, $$x_1 - x_2 = 0$$": a claim
        return display
    if _constrained(display.text) and not _IMPOSES.search(display.lead):  # $$y_1 + y_2 + y_3 = 1$$ alone: a claim
        return display
    shown = ", ".join(names)
    said = f"the display may state a tie of {shown}, no claim for every value"
    return dataclasses.replace(display, unheld=said)


def _constrained(formula: str) -> list[str]:
    """Entries of one vector a formula sets a number of (w_2 − 2 w_1 = 0, w_2 / w_1 = 2): derive reads no entry
    made of another there, so a derivative through them is unread; the formula is checked as written."""
    sides = [side for side in _TIES.split(_plain(formula)) if side.strip()]
    number = r"[-+]?\s*\d+(?:\.\d+)?"
    others = [side for side in sides if not re.fullmatch(number, side.strip())]
    if len(sides) != 2 or len(others) != 1:  # 1 = 1: no entry at all
        return []
    other = others[0]
    entries = sorted({f"{m[1].lstrip(chr(92))}_{m[2] or m[3]}" for m in _ENTRY.finditer(other)})
    rest = re.sub(r"[-+*/()\s\d.{}]|\\(?:cdot|times|frac)\b", "", _ENTRY.sub("", other))
    return entries if len(entries) > 1 and len({e.rsplit("_", 1)[0] for e in entries}) == 1 and not rest else []


#: Two entries of one vector in the prose's math, tied in words between them: "$w_2$ is always twice $w_1$".
_WORDED = re.compile(
    r"\$\s*(?P<base>\\?[A-Za-z]+)\s*_\s*\{?\s*(?P<one>\d+)\s*\}?\s*\$(?=(?P<words>[^$.;:!?]{1,60}?)"
    r"\$\s*(?P=base)\s*_\s*\{?\s*(?P<two>\d+)\s*\}?\s*\$)"
)  # the second formula in a lookahead: it may open the next pair
_TYING = re.compile(
    r"\b(?:twice|thrice|times|half|double|triple|equals?|equal\s+to|same|proportional|multiple|tied|depends?|function"
    r"|determined|fixed|set|plus|minus|more|less|greater|smaller|copy|mirrors?|follows?)\b",
    re.I,
)


def _worded_ties(block: str) -> list[str]:
    """Entries of one vector the prose ties in words ("Since $w_2$ is always twice $w_1$,", probe s52-2's e_words)."""
    found = [m for m in _WORDED.finditer(block) if m["one"] != m["two"] and _TYING.search(m["words"])]
    return [f"{m['base'].lstrip(chr(92))}_{number}" for m in found for number in (m["one"], m["two"])]


def unheld_inline_values(found: Found, page: Iterable[PageDefinition], front: FrontMatter) -> Found:
    """``found`` with each display that writes a name an inline value derive did not read gives (see the module)
    holding that sentence as a condition derive does not hold; a name the front matter defines is read so. Entries
    an inline formula, or a display derive does not check (w_2 \\equiv 2 w_1), ties together are unread."""
    read: set[object] = {_squeezed(d.head) for d in page}  # defined at a line of its own: restated here
    read |= {_squeezed(key.text) for key, _ in front.define}
    given = [(inline.line, *pair) for inline in found.inline if (pair := _given(inline, read)) is not None]
    ties = [(i.line, i.text.strip(), _tied(i.text) or _relating(i.text)) for i in found.inline]  # w_1 + w_2 = 3w_1
    unchecked = [
        d for d in found.displays if re.search(r"\\equiv|:=|\\coloneqq|\\triangleq", d.text)
    ]  # w_2 \\equiv 2w_1
    ties += [(d.line, d.text.strip(), _tied(d.text)) for d in unchecked]
    tied = [(line, name, formula) for line, formula, names in ties for name in names]  # above it too: "where …"
    stated = {name for d in found.displays for name in _stated_ties(d.text)}  # $$w_2 = 2 w_1$$: the display alone
    stated |= {name for d in (*found.inline, *found.displays) for name in _constrained(d.text)}  # w_2 - 2w_1 = 0
    stated |= {name for d in found.displays for name in _worded_ties(d.lead_block)}  # "$w_2$ is twice $w_1$"
    if not given and not tied and not stated:
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
    names = {name for name in heads if re.fullmatch(r"[A-Za-z]+_\d+", name)}  # w_2: an entry, unread
    displays = tuple(_stated_tie(held(d)) for d in found.displays)
    tied_only = sorted(name for name in stated if re.fullmatch(r"[A-Za-z]+_\d+", name))  # never a side refused
    return dataclasses.replace(found, displays=displays, given=(*found.given, *sorted(names)), tied=tuple(tied_only))


__all__ = ["unheld_inline_values"]
