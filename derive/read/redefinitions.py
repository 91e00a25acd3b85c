"""A name a page defines twice, as a page of two sections does (Sadowski's y_i, a sigmoid in section 1 and a
softmax in section 2): derive reads one definition throughout, so a display after the second that uses the name
may mean the other one. Such a display is refused, naming both lines, rather than checked with the first (which
refuted the page's true softmax steps)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol

from sympy import Expr, Indexed, Sum, Symbol, count_ops, simplify

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Display, Found, Redefinition, Unchecked
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK, Names
from derive.read.probability_entries import PRIME
from derive.read.rows import at_top
from derive.read.setting_words import opens_setting
from derive.read.used_names import body_names, written_names


class Defining(Protocol):
    """A page definition as this module reads it: its line, head and body."""

    @property
    def line(self) -> int: ...
    @property
    def head(self) -> str: ...
    @property
    def body(self) -> str: ...


#: Words in a definition's paragraph that say it restates what stands above ("From the definition above, $L = …$").
RESTATES = re.compile(
    r"\b(?:same|again|as\s+before|recall\w*|above|previous\w*|earlier|restat\w*|once\s+more"
    r"|(?:start|begin)\w*\s+(?:with|from)\s+the\s+definition|we\s+(?:get|obtain|find)|note\s+that"
    r"|one\s+(?:checks|sees|finds|gets)|simplif\w*|it\s+follows|therefore|hence|thus|which\s+gives|giving|yields?)\b",
    re.I,
)


def letter_of(head: str) -> str | None:
    """The letter a defined head is written with: y of y_i, y of \\hat{y}_i, σ of \\sigma(x)."""
    try:
        tokens = tokenize(head)
    except InputError:
        return None
    letters = GREEK | {"delta"}  # δ = a − y: a page's error signal, a letter it may define again
    found = next((t for t in tokens if t.kind == "letter" or (t.kind == "command" and t.value in letters)), None)
    return found.value if found is not None else None


def below_redefinitions(found: Found, page: Sequence[Defining] = ()) -> Found:
    """The displays without those refused below a second definition of a name they use, each with a note: only
    where a heading stands between the two definitions (a section of its own, which may mean another thing by the
    name), or where the second lists other arguments (MIT 6.036's J(θ, θ_0), then J(θ) once θ_0 is absorbed into θ:
    another function), or in an inline formula ("From now on we take $y = a^3$"); within one section a second
    display restates the first (Roelants' y_c = e^{z_c} / Σ_C beside y_c = ς(z)_c), read throughout. A display
    that uses a name the page defines with the letter (G = −Σ_k q_k log C, q defined again) is refused too: which q
    its G is made of is not for derive to say."""
    inline = {d.line for d in found.inline}  # "From now on we take $y = a^3$": which y below is not for derive to say
    headed = [r for r in found.redefined if any(r.first < line < r.again for line in found.headings)]
    sections = [r for r in found.redefined if r.other or r.fresh or r.opened or r.again in inline or r in headed]
    through = {r.letter: _made_with(r.letter, page) for r in sections}

    def why(display: Display, used: set[str]) -> str | None:
        hit = next(
            (r for r in sections if display.line > r.again - (r.fresh or r.opened) and through[r.letter] & used), None
        )
        if hit is None or "=" not in display.text:  # $$a \odot b$$: no link, whichever a; listed as it holds
            return None
        if hit.fresh:  # f'(x) = … beside f(x) = ln(1 + e^{kx})/k: the derivative of which f?
            return (
                f"unreadable: {hit.head} may be defined anew at line {hit.again}, so {hit.letter} here can be read two "
                f"ways: the {hit.letter} of line {hit.first}, or the {hit.letter} defined anew at line {hit.again} "
                "(give the second a name of its own)"
            )
        return (
            f"unreadable: {hit.head} is defined twice on the page (lines {hit.first} and {hit.again}), and this "
            "display, below both, may mean either: derive reads one definition throughout; give the second a name "
            "of its own"
        )

    fresh = [r for r in found.redefined if r.fresh]
    found = refuse_using(_rests_read(found, fresh), why) if sections else found
    from derive.read.quantified_leads import refuse_quantified_defined  # they read this module's helpers
    from derive.read.signed_redefinitions import refuse_signed_again

    found = refuse_signed_again(found, page)  # y \\stackrel{\\text{def}}{=} x^3 below y = x^2
    return refuse_quantified_defined(found, page)  # "For all real $a$": a the page defines below


def _made_with(letter: str, page: Sequence[Defining]) -> set[str]:
    """``letter`` and the letters of the page's definitions made with it, through one another."""
    letters, grown = {letter}, True
    while grown:
        grown = False
        for definition in page:
            made, body = letter_of(definition.head), body_names(definition.head, definition.body)
            if made is not None and made not in letters and body and body & letters:
                letters.add(made)
                grown = True
    return letters


def _rests_read(found: Found, fresh: Sequence[Redefinition]) -> Found:
    """``found`` with a display that starts ``f'(x) = A = B`` beside or below f defined anew (``fresh``) read from
    A on, when f is not in A = B (which holds whichever f is meant), its first side said unread."""
    displays: list[Display] = []
    notes: list[Unchecked] = []
    for display in found.displays:
        hit = next((r for r in fresh if display.line >= r.again), None)
        rest = None if hit is None else _rest(display, hit.letter)
        if hit is None or rest is None:
            displays.append(display)
            continue
        displays.append(rest)
        notes.append(Unchecked(display.line, f"unreadable: {hit.head} may be defined anew at line {hit.again}, so "
                               f"{hit.letter} here can be read two ways: the {hit.letter} of line {hit.first}, or the "
                               f"{hit.letter} defined anew (its first side not checked)", part=True))  # fmt: skip
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes))


def _rest(display: Display, letter: str) -> Display | None:
    """The display with its first side and '=' blanked, when ``letter`` is only there and a chain goes on."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    equals = [t for t, top in at_top(tokens) if top and t.kind == "="]
    if len(equals) < 2 or display.environment not in ("", "equation", "equation*"):
        return None
    head = [t for t in tokens if t.end <= equals[0].start]
    rest = [t for t in tokens if t.start >= equals[0].end]
    if not any(t.value == letter for t in head) or any(t.value == letter for t in rest):
        return None
    cut = equals[0].end
    return dataclasses.replace(
        display, text="".join(c if c == "\n" else " " for c in display.text[:cut]) + display.text[cut:]
    )


#: Words with which a line before a display brings a new parameter into a name it redefines: "A sharpness
#: parameter $k$ may be included:", "the generalized form with $\\beta$", "softmax with temperature".
NEW_PARAMETER = re.compile(
    r"\b(?:parameter|includ\w*|introduc\w*|generali[sz]\w*|more\s+general|temperature|temper\w*|soften\w*|hott?er"
    r"|scaled?\s+by|divid\w*|distill\w*)\b"  # "The tempered softmax:", "Now divide the logits by $T$:"
    r"|\bfor\s+(?:\$+[^$]+\$+|\\\(.+?\\\))\s*(?:classes|categories|labels|outputs|samples|examples|inputs|features)\b",
    re.I,
)


def new_names(again: Redefinition, body: str, definitions: Sequence[Defining], lead: str) -> str | None:
    """Why a display that writes a defined head again, ``f(x) = \\frac{\\ln(1 + e^{kx})}{k}`` below
    ``f(x) = \\ln(1 + e^x)``, reads two ways, when its right side holds a name the first definition's does not
    (k), which the line before brings in ("A sharpness parameter $k$ may be included:"): a claim that the two agree
    (false for most k), or the page defining f anew with k. None otherwise: the same names, or a new one the page
    does not bring in so ("multiply by an arbitrary constant $C$"), make a claim, checked."""
    if NEW_PARAMETER.search(lead) is None:
        return None
    first = next((d for d in definitions if d.line == again.first and letter_of(d.head) == again.letter), None)
    if first is None:
        return None
    try:
        before = {t.value for t in tokenize(f"{first.head} {first.body}") if t.kind in ("letter", "command")}
        now = {t.value for t in tokenize(body) if t.kind == "letter" or (t.kind == "command" and t.value in GREEK)}
    except InputError:
        return None
    fresh = sorted(now - before - {"e"})
    if not fresh:
        return None
    shown = ", ".join(v if len(v) == 1 else "\\" + v for v in fresh)
    return (
        f"unreadable: {again.head} = … with {shown}, which its definition at line {again.first} does not hold, can be "
        f"read two ways: a claim that the two agree, or {again.head} defined anew (give it a name of its own)"
    )


#: What may close a body: dropped before two bodies are compared.
_PUNCTUATION = frozenset({".", ","})


def same_math(one: str, two: str) -> bool:
    """Whether two bodies write the same tokens, spacing and a closing period aside (``L+s`` and ``L + s.``)."""
    try:
        first, second = tokenize(one), tokenize(two)
    except InputError:
        return " ".join(one.split()) == " ".join(two.split())
    while first and first[-1].kind in _PUNCTUATION:
        first = first[:-1]
    while second and second[-1].kind in _PUNCTUATION:
        second = second[:-1]
    if [(t.kind, t.value) for t in first] == [(t.kind, t.value) for t in second]:
        return True
    return [(t.kind, t.value) for t in _bare_sums(first)] == [(t.kind, t.value) for t in _bare_sums(second)]


def _bare_sums(tokens: list[Token]) -> list[Token]:
    """``\\sum_{k=1}^{K}`` and ``\\sum_{k}`` written as ``\\sum_k``: a sum over the whole range of its index, as a
    section may write again a definition it first wrote with a bare sum (p_j = e^{z_j} / \\sum_k e^{z_k})."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        out.append(tokens[at])
        past = _bounds_end(tokens, at + 1) if tokens[at].kind == "command" and tokens[at].value == "sum" else None
        if past is not None:
            out += [tokens[at + 1], tokens[at + 3]]  # _ k
            at = past
            continue
        at += 1
    return out


def _bounds_end(tokens: list[Token], at: int) -> int | None:
    """The index past ``_{k=1}^{K}``, ``_{k=1}^K`` or ``_{k}`` at ``at`` (its index k at ``at + 2``), else None; the
    bound a length's letter (a capital, or n), as the whole range is written, not an index's (``^{j}``)."""
    kinds = [t.kind for t in tokens[at : at + 10]]
    if kinds[:4] == ["_", "{", "letter", "}"]:
        return at + 4
    if kinds[:7] != ["_", "{", "letter", "=", "number", "}", "^"] or tokens[at + 4].value != "1":
        return None
    top = (
        tokens[at + 7] if kinds[7:8] == ["letter"] else tokens[at + 8] if kinds[7:10] == ["{", "letter", "}"] else None
    )
    if top is None or not (top.value.isupper() or top.value == "n"):  # ^{j}, ^{m}: a part of the range, maybe
        return None
    return at + 8 if kinds[7:8] == ["letter"] else at + 10


def same_value(head: str, one: str, two: str) -> bool:
    """Whether two bodies of a function of numbers, ``head`` (σ(x)), written with its parameters alone, are equal by
    SymPy's simplification, neither with a denominator that may be 0: σ(x) = (1 + e^{-x})^{-1} and, a section
    below, σ(x) = \\frac{1}{1 + e^{-x}} define one function. A body that applies a name (f(x + y) is no product),
    writes another letter (A B, B A of matrices), may divide by 0 ((x² − 1)/(x − 1) at 1), or is large is not."""
    from derive.read.latex_parser import read_expression  # the parser imports the names this module is beside

    try:
        given = tokenize(head)
        tokens = [tokenize(one), tokenize(two)]
    except InputError:
        return False
    opening = next((at for at, t in enumerate(given) if t.kind == "("), len(given))
    parameters = {t.value for t in given[opening:] if t.kind == "letter"}
    written = [t for part in tokens for t in part]
    letters = {t.value for t in written if t.kind == "letter" and t.value != "e"}
    known = {"exp", "log", "ln", "tanh", "sqrt"}
    applied = any(
        a.kind in ("letter", "command") and a.value not in known and b.kind == "(" for a, b in pairwise(written)
    )
    if not parameters or not letters <= parameters or applied or any(t.value in GREEK for t in written):
        return False
    names = Names("n", Symbol("n", integer=True, positive=True), scalars={a: Symbol(a, real=True) for a in letters})
    try:
        (first, below), (second, above) = (read_expression(part, names, 0) for part in tokens)
    except (InputError, TypeError, ValueError):
        return False
    small = all(isinstance(e, Expr) and count_ops(e) <= 40 and not e.atoms(Sum, Indexed) for e in (first, second))
    safe = all(d.is_positive or d.is_negative for d in (*below, *above))  # 1 + e^{-x}, never x − 1
    return small and safe and simplify(first - second) == 0


def same_definition(first_head: str, first_body: str, head: str, body: str) -> bool:
    """Whether ``head = body`` states ``first_head = first_body`` again, perhaps with another letter for its index:
    ``\\hat{x}_j = x_j / r`` below ``\\hat{x}_i = \\frac{x_i}{r}`` is the same definition written of entry j; or with
    another body of the same value (``same_value``)."""
    if same_math(first_body, body) or (
        first_head.replace(" ", "") == head.replace(" ", "") and same_value(head, first_body, body)
    ):
        return True
    try:
        _, was, _ = definition_head(Entry(first_head, 0))
        _, now, _ = definition_head(Entry(head, 0))
        tokens = tokenize(body)
    except InputError:
        return False
    if was is None or now is None or was == now or any(t.kind == "letter" and t.value == was for t in tokens):
        return False
    renamed = "".join(
        f"{' ' if t.gap else ''}{was if t.kind == 'letter' and t.value == now else _written(t)}" for t in tokens
    )
    return same_math(first_body, renamed)


def defines_above(lead: str, definitions: Sequence[Defining]) -> bool:
    """Whether a display's lead, itself a display, holds the last definition taken ("$$u = a$$" above "$$L = a^2$$"):
    then it states no condition for the display below (a display "$$i = k$$" or "$$x > 0$$" above still may)."""
    last = definitions[-1] if definitions else None
    shown = re.match(r"\s*(?:\$\$|\\\[|\\begin)", lead) is not None
    return (
        shown and last is not None and re.search(re.escape(last.head.strip()) + r"\s*&?\s*(?::=|=)", lead) is not None
    )


def mark_opened(again: tuple[Unchecked, Redefinition] | None, lead: str) -> tuple[Unchecked, Redefinition] | None:
    """``again`` marked ``opened`` where the lead of its display opens a setting of its own ("Suppose instead
    that"), the first definition standing above that lead ("Let $\\delta_j = …$." above "$$\\delta_j =
    …$$" restates it). A sign that only defines (``y := x^3``) is ``signed_redefinitions``'."""
    if again is None or re.search(re.escape(again[1].head.strip()) + r"\s*=", lead) or not opens_setting(lead):
        return again
    return again[0], again[1]._replace(opened=True)


def set_apart(again: tuple[Unchecked, Redefinition] | None, line: int, headings: Sequence[int], lead: str = "") -> bool:
    """Whether a name defined again at ``line`` is defined in a setting of its own: a heading stands between the two
    definitions, or the lead opens one (``mark_opened``); not where the lead says it restates the first ("We start
    with the definition of the loss:", a section's first step: a claim, checked)."""
    if again is None or (RESTATES.search(lead) and not again[1].opened):
        return False
    return again[1].opened or any(again[1].first < at < line for at in headings)


def anew(again: Redefinition, body: str, definitions: Sequence[Defining], lead: str) -> str | None:
    """Why a display that writes a defined name again may define it anew (``new_names``, ``substituted``), or None."""
    return new_names(again, body, definitions, lead) or substituted(again, body, definitions)


def substituted(again: Redefinition, body: str, definitions: Sequence[Defining]) -> str | None:
    """Why a display that writes a defined name again reads two ways when its body is the first definition's with a
    name put in place of one that a definition between the two makes it of (C-07's label smoothing: L = −Σ_k q_k log
    p_k, r_k = (1 − ε) q_k + ε/C, then L = −Σ_k r_k log p_k): the page defining L anew ("we substitute this into the
    loss"), or a claim that the two agree (y = x² + 1, u = x + 1, "Then y = u² + 1": a slip). None otherwise."""
    first = next((d for d in definitions if d.line == again.first and letter_of(d.head) == again.letter), None)
    try:
        old, new = tokenize(first.body) if first is not None else [], tokenize(body)
    except InputError:
        return None
    old, new = _plain(old), _plain(new)  # r_{k} as r_k, \log(p_k) as \log p_k: a looser match, refused the more
    shown = [_written(t) for t in new]
    for other in (d for d in definitions if again.first < d.line < again.again):
        try:
            head, made_of = tokenize(other.head), tokenize(other.body)
        except InputError:
            continue
        end = next((k for k, t in enumerate(head) if t.kind in ("_", "^", "(") or t.value == "left"), len(head))
        name = [_written(t) for t in head[:end]]
        for was in {t.value for t in made_of if t.kind in ("letter", "command")} & {t.value for t in old}:
            put = [
                w for t in old for w in (name if t.kind in ("letter", "command") and t.value == was else [_written(t)])
            ]
            if put == shown and put != [_written(t) for t in old]:
                replaced, put_in = (was if len(was) == 1 else "\\" + was), "".join(name).replace(PRIME, "'")
                return (
                    f"unreadable: {again.head} = … puts {put_in} (defined at line {other.line}) in place of "
                    f"{replaced} in its definition at line {again.first}, and can be read two ways: {again.head} "
                    "defined anew, or a claim that the two agree (give the new one a name of its own)"
                )
    return None


#: Tokens that change no name a body writes: groups, parentheses, sizes and spaces.
_LOOSE = frozenset({"{", "}", "(", ")"})
_LOOSE_COMMANDS = frozenset({"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", ",", ";", "quad", "!"})


def _plain(tokens: list[Token]) -> list[Token]:
    """``tokens`` without what groups or spaces them, for comparing the names two bodies write in their order."""
    return [t for t in tokens if t.kind not in _LOOSE and not (t.kind == "command" and t.value in _LOOSE_COMMANDS)]


def _written(token: Token) -> str:
    """A token as TeX source: a command with its backslash."""
    return f"\\{token.value}" if token.kind == "command" else token.value


def refuse_using(found: Found, why: Callable[[Display, set[str]], str | None]) -> Found:
    """``found`` without the displays ``why`` refuses, given the letters and commands each one uses; each listed
    with its reason."""
    kept: list[Display] = []
    notes: list[Unchecked] = []
    for display in found.displays:
        try:
            used = written_names(tokenize(display.text, display.line))
        except InputError:
            kept.append(display)  # refused where it is read, with why
            continue
        reason = why(display, used)
        if reason is None:
            kept.append(display)
        else:
            notes.append(Unchecked(display.line, reason))
    return dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *notes))
