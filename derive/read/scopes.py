"""Names a page defines anew in a setting of its own: Goodfellow's y = g(x) in 6.5.2, then a vector y = g(x) for
the general case ("Suppose that x ∈ R^m, …"), then x = f(w), y = f(x), z = f(y) in section 6.5.3; Sadowski's y_i,
a sigmoid in section 1 and a softmax in section 2. A setting starts at a heading, or at a paragraph that opens one
("Suppose …", "Let …", "Consider …", "For example, suppose …"): a name defined again there means the new thing from
that setting on, and what stands before it the old. Each setting is read with the page's notation as it stands
there (the earlier definitions of the names it defines anew blanked out), its links checked with its own
definitions and assumptions. A second definition within one setting is read as before (``redefinitions``): it may
be a claim, and is checked or refused, never taken for a definition."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.find import Redefinition, Unchecked
from derive.read.latex_lexer import tokenize
from derive.read.page_headings import page_headings
from derive.read.redefinitions import RESTATES, letter_of
from derive.read.setting_ends import refused_past_sections
from derive.read.setting_merge import merged_views, view_or_whole
from derive.read.setting_views import (
    KEPT,
    blank,
    formulas_at,
    math_of,
    restatements,
    states,
    without_old_claims,
    writes_euler,
)
from derive.read.setting_words import SETTING
from derive.read.view_lengths import one_length

if TYPE_CHECKING:
    from derive.read.document import Document
    from derive.read.page_definitions import PageDefinition


#: A sentence that goes on from the one before it: "Suppose that x ∈ R^m, …. If $y = g(x)$ …" (Goodfellow's 6.5.2).
_GOES_ON = re.compile(r"\W*(?:if|then|and|so|here|where|with)\b", re.I)


#: A line that opens a display set apart from the prose ($$, \\[, an environment, a fence of math).
_SET_APART = re.compile(r"\s*(?:\$\$|\\\[|\\begin\{|```\s*math)")


def _paragraph_start(lines: Sequence[str], line: int) -> int:
    """The 1-based first line of the paragraph (lines apart from others by a blank one) that holds ``line``."""
    start = line
    while start > 1 and lines[start - 2].strip():
        start -= 1
    return start


def setting_start(lines: Sequence[str], first: int, again: int, headings: Sequence[int], head: str) -> int | None:
    """The 1-based line a setting of its own starts on between a name's first definition (line ``first``) and its
    definition anew (line ``again``): the last heading between them, else the paragraph of ``again`` when the
    sentence that leads to the definition opens a setting ("Suppose instead that"), nothing in the paragraph says it
    restates ("as before", "above"), and the first definition stands above that paragraph. None: one setting."""
    between = [line for line in headings if first < line <= again]  # the page's (``page_headings``)
    own = lines[again - 1] if again <= len(lines) else ""
    lead = re.split(r"(?<=[.!?:;])\s+", own[: own.find("$")].strip())[-1] if "$" in own else ""
    if between:  # "Simplifying, we get $\ell_i = …$" below a heading: a result, no definition anew
        return None if RESTATES.search(lead) else between[-1]
    start = _paragraph_start(lines, again)
    if _SET_APART.match(lines[start - 1]) and start > 2 and not lines[start - 2].strip():
        start = _paragraph_start(lines, start - 2)  # a display set apart: its lead, "Consider the composite function"
    if start <= first:
        return None
    opens = re.compile(r"\$\s*" + re.escape(head.strip()) + r"\s*=")
    at = next((m.start() for m in opens.finditer(own)), own.find("$"))  # where the definition's formula opens
    before = " ".join([*lines[start - 1 : again - 1], own[:at] if at >= 0 else ""])  # up to the formula
    sentences = re.split(r"(?<=[.!?:;])\s+", before.strip().rstrip("$").rstrip())  # "$$L = …$$": not its "$"
    restated = RESTATES.search(" ".join(lines[start - 1 : again])) is not None  # "as before", "From … above,"
    leading = sentences[-2:] if len(sentences) > 1 and _GOES_ON.match(sentences[-1]) else sentences[-1:]
    return start if any(SETTING.match(s) for s in leading) and not restated else None  # the sentence that leads to it


class _Ambiguous(Exception):
    """A definition above a setting made with a letter the setting defines anew: z below may be of either y."""

    def __init__(self, definition: PageDefinition, start: int) -> None:
        self.definition = definition
        self.start = start


def _refused_below(whole: Document, ambiguous: _Ambiguous) -> Document:
    """``whole`` without the chains below the setting that use the ambiguous name (or one made with it), listed."""
    first = ambiguous.definition
    names = {letter_of(first.head) or first.name}
    for definition in sorted(whole.page, key=lambda d: d.line):
        if definition.line >= ambiguous.start and _uses(definition.body, names):
            names.add(letter_of(definition.head) or definition.name)
    dropped = {
        link.chain
        for link in whole.links
        if link.line >= ambiguous.start and _uses(f"{link.lhs_latex} {link.rhs_latex}", names)
    }
    why = (
        f"unreadable: {first.head} is defined at line {first.line} with a letter the page defines anew from line "
        f"{ambiguous.start}, and this display may mean either: define {first.head} again there, or give it a name "
        "of its own"
    )
    notes = [Unchecked(line, why) for line in sorted({k.line for k in whole.links if k.chain in dropped})]
    return dataclasses.replace(
        whole,
        links=tuple(link for link in whole.links if link.chain not in dropped),
        unchecked=tuple(sorted((*whole.unchecked, *notes), key=lambda u: u.line)),
    )


@dataclasses.dataclass(frozen=True)
class _Anew:
    """A name defined anew in a setting of its own: the redefinition, and the line its setting starts on."""

    again: Redefinition
    start: int


def _view(body: str, whole: Document, anew: Sequence[_Anew], bounds: tuple[int, int], expands: bool) -> str | None:
    """The body as setting [start, end) reads it: the lines from ``end`` on left out, and every definition of a
    name defined anew in a setting that has begun by ``start`` blanked where it stands before that setting.
    ``expands``: the front matter defines names or macros, which the setting may write a kept definition through."""
    lines, (start, end) = body.split("\n"), bounds
    text = "\n".join(line if k + 1 < end else "" for k, line in enumerate(lines))
    spots: dict[tuple[int, str], str | None] = {}  # each definition to blank: its line and head, and its body
    optional: dict[tuple[int, str], str | None] = {}  # each restatement above the setting: blanked where found
    for new in anew:
        if new.start > start:
            continue
        alike = [d for d in whole.page if d.line == new.again.first and letter_of(d.head) == new.again.letter]
        same = [d for d in alike if d.head.replace(" ", "") == new.again.head.replace(" ", "")]  # y, not ŷ, beside it
        first = (same or alike)[0] if same or len(alike) == 1 else None
        if first is None:  # a definition that could not be read (Sadowski's E over nout): its whole formula
            spots.setdefault((new.again.first, new.again.head), None)
        elif new.start > first.line:
            spots[first.line, first.head] = first.body
        again = any(o.again.letter == new.again.letter and new.start < o.start <= start for o in anew)
        if new.again.again < start and again:  # defined anew in a setting before this one, and again since
            spots[new.again.again, new.again.head] = None
        if new.start == start:  # "Loss = …" restated above the setting: said of the old meaning, defines nothing
            for spot, body_of in restatements(whole, new.again.head, start, lines).items():
                optional.setdefault(spot, body_of)
    emptied: set[int] = set()  # the lines whose formula is blanked to its end: z = …, \qquad x = … goes with z
    for (line, head), body_of in spots.items():
        blanked = blank(text, line, head, body_of)
        if blanked is None and body_of is None and line in emptied:
            continue
        if blanked is None:
            return None
        emptied |= {line} if body_of is None else set()
        text = blanked
    for (line, head), body_of in optional.items():  # one not blanked stays a second definition there: refused
        if (line, head) not in spots:
            text = blank(text, line, head, body_of) or text
    letters = {new.again.letter for new in anew if new.start <= start}
    if start > 1:  # the old meaning's claims above the setting: none of the setting's
        defining = _defining(whole, letters)
        text = without_old_claims(text, start, defining, lambda formula: _uses(formula, letters))
    kept = [d for d in whole.page if d.line < start and (d.line, d.head) not in spots and start > 1]
    made = _made_of(kept, letters)  # z = f(y) kept, y defined anew: which y it means is not for derive to say,
    stretch = "\n".join(lines[start - 1 : end - 1])
    math, prose = math_of(stretch), re.sub(r"\$[^$]*\$", " ", stretch)  # "the quantity z of Part 1": z too
    used = next((d for d in made if expands or any(_writes(m, d) for m in math) or _named_in(prose, d)), None)
    if used is not None:  # where the setting writes z (or what is made of z); else z stands above, unused there
        raise _Ambiguous(used, start)
    return _without_stated(_without_described(text, start, end), start, letters) if start > 1 else text


def _made_of(kept: Sequence[PageDefinition], letters: set[str]) -> list[PageDefinition]:
    """The definitions of ``kept`` made with ``letters``, or with one made so."""
    made: list[PageDefinition] = []
    grown = True
    while grown:
        grown = False
        for definition in kept:
            if definition not in made and (
                _uses(definition.body, letters) or any(_writes(definition.body, m) for m in made)
            ):
                made.append(definition)
                grown = True
    return made


def _named_in(prose: str, definition: PageDefinition) -> bool:
    """Whether the prose names ``definition``'s letter alone, as a word ("the quantity z of Part 1")."""
    letter = letter_of(definition.head) or ""
    alone = len(letter) == 1 and not _LABEL.search(definition.head)  # L_{\text{NLL}}: never its letter alone
    return alone and re.search(rf"(?<![\w\\]){letter}(?!\w)", prose) is not None


def _writes(formula: str, definition: PageDefinition) -> bool:
    """Whether ``formula`` writes the name ``definition`` defines: its letter, or its upright word
    (``\\text{error}``, whose first letter is no name: e^{-z} writes none of it), with its label where it has one."""
    upright = re.match(r"\s*\\(?:text|mathrm|operatorname)\s*\{\s*([A-Za-z]+)\s*\}", definition.head)
    if upright is not None:
        return re.search(rf"\\(?:text|mathrm|operatorname)\s*\{{\s*{upright.group(1)}\s*\}}", formula) is not None
    label = _LABEL.search(definition.head)  # L_{\text{NLL}}, not 𝓛
    if label is not None and re.search(rf"\\(?:text|mathrm)\s*\{{\s*{label.group(1)}\s*\}}", formula) is None:
        return False
    return _uses(formula, {letter_of(definition.head) or definition.name})


#: How the report names a definition it could not read: "the definition of z could not be read".
_UNREAD = re.compile(r"definition of (.+?) could not be read")
#: A head's upright label, ``L_{\text{NLL}}``: the name is the letter with it, never the letter alone.
_LABEL = re.compile(r"_\s*\{?\s*\\(?:text|mathrm)\s*\{\s*(\w+)\s*\}")


def _defining(whole: Document, letters: set[str]) -> set[int]:
    """The lines of the definitions, read or not, of names other than ``letters`` (those defined anew): a display
    there may define what the setting uses, and stays in its view."""
    heads = [(d.line, d.head) for d in whole.page]
    heads += [(u.line, m.group(1)) for u in whole.unchecked if (m := _UNREAD.search(u.reason))]
    return {line for line, head in heads if letter_of(head) not in letters}


def _uses(formula: str, letters: set[str]) -> bool:
    """Whether a formula uses one of ``letters`` (y, or sigma for \\sigma) as TeX reads it (z in ``dz``); one
    that cannot be read is taken to use them."""
    try:
        tokens = tokenize(formula)
    except InputError:
        return True
    return any(t.kind in ("letter", "command") and t.value in letters for t in tokens)


def _without_stated(text: str | None, start: int, letters: set[str]) -> str | None:
    """``text`` without the inline formulas above line ``start`` that state something of a letter defined anew
    and define nothing ("where $0 < y_i < 1$", "$\\frac{\\partial E}{\\partial y_i}$"): said of the old meaning,
    they are no assumption of the new."""
    if text is None:
        return None
    lines = text.split("\n")

    def unsaid(math: re.Match[str]) -> str:
        formula = math.group(0)
        return " " * len(formula) if "=" not in formula and _uses(formula, letters) else formula

    for number in range(start - 1):
        lines[number] = re.sub(r"(?<![\\$])\$[^$]+\$", unsaid, lines[number])
    return "\n".join(lines)


#: An inline formula that names one letter, as prose describing it does: ``$g$``, ``$f: \mathbb{R} \to …$``,
#: ``$\boldsymbol{x} \in \mathbb{R}^m$``.
_MENTION = re.compile(r"\s*(?:\\(?:boldsymbol|mathbf|bm)\s*\{\s*)?(\\?[A-Za-z]+)\s*\}?\s*(?:$|:|\\colon|\\in\b)")


def _mentioned(text: str) -> set[str]:
    """The letters ``text``'s inline formulas name as ``_MENTION`` reads them, each formula on its own: not the
    words between two ("$…$ for $…$", which had read "for" as a letter the prose describes)."""
    formulas = re.findall(r"(?<!\$)\$([^$]+)\$(?!\$)", text)
    return {m.group(1) for formula in formulas if (m := _MENTION.match(formula)) is not None}


def _without_described(text: str, start: int, end: int) -> str | None:
    r"""``text`` without the sentences above line ``start`` that describe a letter the prose of lines [start, end)
    describes anew ("let $f$ and $g$ both be functions mapping from a real number to a real number", above "$g$
    maps from $\mathbb{R}^m$ to $\mathbb{R}^n$"): the setting says what the letter is there. None where such a
    sentence also holds an equation (what it defines would go with it)."""
    lines = text.split("\n")
    described = {letter for line in lines[start - 1 : end - 1] for letter in _mentioned(line)}
    if not described:
        return text
    for number in range(start - 1):
        kept = []
        for sentence in re.split(r"(?<=[.!?])(\s+)", lines[number]):
            if _mentioned(sentence) & described:
                if any("=" in math for math in re.findall(r"\$[^$]*\$", sentence)):
                    return None
                sentence = " " * len(sentence)
            kept.append(sentence)
        lines[number] = "".join(kept)
    return "\n".join(lines)


def _restated(
    whole: Document, lines: Sequence[str], bounds: Sequence[tuple[int, int]], anew: set[tuple[int, str]]
) -> list[_Anew]:
    """The page's definitions that a later setting states again word for word (z = f(y) above, and again after
    y = f(x) below a heading): in that setting the definition is its own, made with the setting's letters."""
    found = []
    for definition in whole.page:
        letter = letter_of(definition.head)
        if letter is None or (definition.line, letter) in anew:
            continue
        flat = "".join(definition.head.split()) + "=", "".join(definition.body.split())
        for start, end in bounds:
            formulas = formulas_at(lines, max(start, definition.line + 1), end)  # kramdown's $$z = f(y)$$ too
            at = next((k for k, math in formulas if states("".join(math.split()).rstrip(".,"), *flat)), None)
            said = " ".join(lines[max(at - 4, 0) : at]) if at is not None else ""  # and a display's lead above it
            if at is not None and KEPT.search(re.sub(r"\$[^$]*\$", " ", said)) is None:
                found.append(_Anew(Redefinition(letter, definition.head, definition.line, at), start))
                break
    return found


def in_scopes(whole: Document, body: str, read: Callable[[str], Document], expands: bool = False) -> Document:
    """``whole`` (the page read with one notation throughout), or, where the page defines names anew in settings of
    their own, the page read setting by setting, each with its own definitions. ``read`` reads a body."""
    lines = body.split("\n")
    headings = page_headings(body, whole.path.lower().endswith((".tex", ".latex")))  # \section in TeX
    anew = [
        _Anew(r, start)
        for r in whole.redefined
        if r.letter
        and not r.fresh
        and (start := setting_start(lines, r.first, r.again, headings, r.head)) is not None
        and not writes_euler(lines, r)
    ]
    if not anew or expands:  # a name the front matter defines (z: 3y) may be made of either y: one reading, refused
        return whole
    starts = [1, *sorted({a.start for a in anew})]
    bounds = list(zip(starts, [*starts[1:], len(lines) + 1], strict=True))
    anew += _restated(whole, lines, bounds[1:], {(a.again.first, a.again.letter) for a in anew})
    views: list[Document] = []
    for start, end in bounds:
        try:
            text = _view(body, whole, anew, (start, end), expands)
        except _Ambiguous as ambiguous:
            return _refused_below(whole, ambiguous)
        views.append(view_or_whole(text, read, whole))  # none: this setting as the whole page reads it
    merged = merged_views(whole, one_length(views, whole.space.n, body), bounds)  # D, derive's own letter: the page's
    if merged is None:
        return whole
    merged = refused_past_sections(merged, [(a.again, a.start) for a in anew], lines, bounds)  # "## Back to …"
    said = tuple(
        f"line {a.start}: a setting of its own from here: {a.again.head} is line {a.again.again}'s definition "
        f"from line {a.start} on, line {a.again.first}'s above"
        for a in anew
    )
    return dataclasses.replace(merged, readings=(*said, *merged.readings))
