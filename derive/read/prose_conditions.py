"""Conditions the prose states on a scalar, whether or not derive reads them: "Let $x$ be a scalar with $x > 0$.",
"For $x \\in (0, \\infty)$,", "Let $x$ be a positive number". A counterexample that breaks one refutes nothing
(``derive.report.unrefuted``): the page may have meant it, and a counterexample must satisfy what the page states.

This is a backstop under the rules that read such sentences as assumptions or cases, which go by wording and miss
some: it never proves anything, it only turns a refutation whose counterexample breaks a stated condition into
"not refuted". A condition under "if", "when", "for" (a case) holds for the displays below it up to the next
heading, the next condition on the same letter or words that widen it ("For every real $x$", "In general",
"negative"); a sentence that opens "Suppose" so too, or past the next heading when no display stands between;
a statement ("Let …", "… with $x > 0$") to the next condition on the letter or such words; one that closes a
display's sentence ("$$…$$ for $x > 0$.") for that display alone. A condition asked, denied, supposed against the
facts, set aside as an example, put off or taken back ("… or zero", "… is false", "Is $x > 0$?") holds for nothing,
and ends the one before on its letter.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sympy import Basic, Indexed, Integer, Not, S

from derive.errors import InputError
from derive.model.notation import expand_definitions
from derive.read.condition_forms import plain_condition
from derive.read.entry_conditions import with_entry_index
from derive.read.find import Display
from derive.read.frontmatter import Entry
from derive.read.impossible_conditions import refuse_impossible
from derive.read.lead_sums import LEAD_DENIES
from derive.read.names import Names, display_name
from derive.read.prose_domains import (
    PUT_OFF,
    REGION,
    as_domain,
    formula_at,
    prose_formulas,
    rest_of_paragraph,
)
from derive.read.retractions import hedged
from derive.read.stated_domains import stated_domain
from derive.read.stated_sets import stated_sets


@dataclass(frozen=True)
class ProseCondition:
    """A condition the prose states on a scalar at ``line`` (as written, and read), and the lines of the displays it
    holds for (``first`` to ``last``)."""

    line: int
    text: str
    relation: Basic
    first: int
    last: int


#: Words with which a condition on a letter takes the place of the one before ("Now let $x < 0$.").
_INSTEAD = re.compile(
    r"\b(?:now|instead|next|suppose|consider|otherwise|alternatively|conversely|other|turn|switch\w*|change\w*)\b",
    re.I,
)


def _beside(first: Basic, later: Basic, line: str) -> bool:
    """Whether a later condition on the same letter contradicts ``first`` with no words that it takes its place:
    "Assume $x > 1$." then "Assume $x < 0$." (a probe's counterexample at x = −3/50 broke the first, dropped)."""
    try:
        apart = first.as_set().intersect(later.as_set()) is S.EmptySet
    except (NotImplementedError, TypeError, ValueError):
        return False
    return apart and _INSTEAD.search(line) is None


#: Words that make a condition a case: it holds for the displays below it, up to the next heading.
_CASE_WORDS = re.compile(r"\b(?:if|when|whenever|for|case|while|suppose|assuming|given|where)\b", re.I)
#: Words right after a display's reason that state its opposite: "$$|x| = -x$$ since $x > 0$ fails." (x ≤ 0).
_FAILS = re.compile(r"\s*(?:fails|does\s+not\s+hold|doesn't\s+hold|is\s+false)\s*[.,;]?\s*$", re.I)
#: Words after a condition that lead on to the display below: "as $x > 0$, we get", "where $x > 0$, so".
_LEADS_ON = re.compile(r"\s*,?\s*(?:we\s+(?:get|have|obtain|find|see)|this\s+gives|so|then|hence|thus|:)", re.I)
#: Words after a condition that say the display above holds under it: "If $x < 0$, then this holds."
_REFERS_BACK = re.compile(r"\s*,?\s*(?:then\s+)?(?:this|that|it|the\s+above)\s+(?:holds|is\s+true|applies)\b", re.I)
#: Words after a condition that end its sentence and lead on to the display below, nothing more: ", then", ":".
_OPENS_NEXT = re.compile(r"\s*,?\s*(?:then|we\s+(?:get|have|obtain|find))?\s*[,:]?\s*$", re.I)
#: "holds only when $x > 0$": the condition a claim holds under, no hedge.
_ONLY_WHEN = re.compile(r"\bonly\s+(?=(?:when|if|for|where)\b)", re.I)
#: Words that give a display's reason after it: "$$|x| = x$$ since $x > 0$." holds for that display.
_REASON_WORDS = re.compile(r"\b(?:since|because|as|provided)\b", re.I)
#: A sentence that opens by supposing its condition, "Suppose $x > 0$.", "Assume that $T > 0$": said of the page.
_SUPPOSED = re.compile(r"\s*(?:(?:let\s+us|we)\s+)?(?:suppose|assume|assuming|given)\b(?:\s+that)?\s*$", re.I)
#: Words before a condition, in its sentence, that deny it, ask it, suppose it against the facts or set it aside as
#: an example ("if" is a case, and kept): "Is $x > 0$?", "A common mistake is to assume", "For instance, with".
_DENIED = re.compile(
    r"(?:instead\s+of|rather\s+than)\s*$|\b(?:not|cannot|without|unless|no\s+longer|never|nor|whether|unlike|except"
    r"|were|would|could"
    r"|mistakes?|example|instance|e\.g|exercise|footnote|some\s+authors|contradiction)\b|n't\b",
    re.I,
)
#: Words after a condition, in its sentence, that take it back or put it off ("… or zero", "… only later").
_TAKEN_BACK = re.compile(
    r"\bor\b|\bbut\b|\bnot\b|n't\b|\bfalse\b|\bwrong\b|\blater\b|\bonly\b|\bnext\b|kidding|contradiction", re.I
)
#: Words in the rest of its paragraph that ask it or take it back ("Is $x > 0$?", "(This is wrong; drop it.)").
_UNSAID = re.compile(
    r"\?|\b(?:were|would|wrong|false|drop|fails?|kidding|either\s+sign|in\s+general|happens?\s+to)\b", re.I
)
#: Words that widen the letters again: "In general,", "For every real $x$", "drop this restriction", "otherwise".
_WIDENS = re.compile(
    r"\b(?:in\s+general|for\s+(?:any|all|every|each)|any\s+real|every\s+real|arbitrary|forget|drop|otherwise|negative"
    r"|by\s+contrast|other\s+(?:case|side|half)|sign|below\s+zero|any\s+value)\b",
    re.I,
)
#: Those of ``_WIDENS`` that widen every letter on a line that writes none ("In general, …"): "negative" or "for
#: each" there says nothing of a letter ("The loss below is never negative.").
_WIDENS_ALL = re.compile(r"\b(?:in\s+general|any\s+real|every\s+real|arbitrary|forget|drop)\b", re.I)
#: Words earlier on the line that set it aside: "Example: let $y$ …", "Footnote: …".
_SET_ASIDE = re.compile(
    r"\b(?:example|instance|e\.g|exercise|footnote|illustration|some\s+authors|contradiction)\b", re.I
)
#: A letter at a number or off it: "Since $x = 2$ we have", "Let $x \\neq 0$."
_AT_VALUE = re.compile(
    r"\s*(?:[A-Za-z]|\\[a-zA-Z]+)(?:_\{?(?:\d+|[a-z])\}?)?\s*(?:=|\\neq?|≠)\s*-?\d+(?:\.\d+)?\s*[.,]?\s*"
)  # x = 2, x_1 = 1, x_i = 1
#: One bound on several letters: "$a, b > 0$".
_SEVERAL = re.compile(
    r"\s*(?P<letters>(?:[A-Za-z]|\\[a-zA-Z]+)(?:\s*,\s*(?:[A-Za-z]|\\[a-zA-Z]+))+)\s*"
    r"(?P<relation><|>|\\geq?|\\leq?)\s*(?P<bound>-?\d+(?:\.\d+)?)\s*[.,]?\s*"
)
#: "Let $x$ be a positive number", "$T$ is a positive constant", "$x$ is strictly positive": a sign in words.
_SIGN_WORDS = re.compile(
    r"^\s*(?:(?:be|is|are|denotes|remains?|stays?)\s+)?(?:always\s+|assumed\s+|taken\s+)?(?:an?\s+)?"
    r"(?:strictly\s+)?(?:(?P<sign>positive|negative|non-?negative|non-?positive|not\s+positive|not\s+negative)\b"
    r"|(?P<than>greater|bigger|larger|less|smaller)\s+than\s+(?:zero\b|0\b|$)|(?P<side>above|below)\s+(?:zero|0)\b"
    r"|(?P<most>at\s+most|at\s+least)\s+(?:zero\b|0\b|$)|(?P<exceeds>exceeds?)\s+(?:zero|0)\b)",
    re.I,
)
_SIGNS = {"positive": "> 0", "negative": "< 0", "nonnegative": "\\geq 0", "non-negative": "\\geq 0",
          "nonpositive": "\\leq 0", "non-positive": "\\leq 0", "not positive": "\\leq 0", "not negative": "\\geq 0",
          "greater": "> 0", "bigger": "> 0", "larger": "> 0", "less": "< 0", "smaller": "< 0", "above": "> 0",
          "below": "< 0", "at most": "\\leq 0", "at least": "\\geq 0", "exceeds": "> 0", "exceed": "> 0"}  # fmt: skip
#: A sign in words before letters: "For positive $x$,", "For positive $x$ and $y$,".
_SIGN_BEFORE = re.compile(r"\b(?P<sign>positive|negative|non-?negative)\s*(?:\$[^$]+\$\s*(?:,\s*and|,|and)\s*)*$", re.I)
#: Letters alone between dollars, "x" or "x, y"; words that join them, "and", ",".
_LETTERS = re.compile(r"\s*(?:[A-Za-z]|\\[a-zA-Z]+)(?:\s*,\s*(?:[A-Za-z]|\\[a-zA-Z]+))*\s*")
_JOINED = re.compile(r"\s*(?:,\s*and|,|and)\s*")


def prose_conditions(
    text: str, names: Names, displays: Sequence[int] = (), definitions: Sequence[tuple[int, str, str]] = ()
) -> tuple[ProseCondition, ...]:
    """Every condition the prose states on a scalar of the page (see the module), with the lines it holds for;
    ``displays``: the lines the page's displays start at (a condition that closes one's sentence holds for it);
    ``definitions``: the page's own (line, name, body), named where a condition they rule out is refused."""
    lines = text.split("\n")
    headings = [number for number, line in enumerate(lines, start=1) if line.lstrip().startswith("#")]
    stated: list[tuple[int, str, Basic, str]] = []  # each with how it holds: "case", "fact", "closes", "void"
    formulas = prose_formulas(text)
    for at, (line, math, before, after) in enumerate(formulas):
        beside = formulas[at + 1][1] if at + 1 < len(formulas) and formulas[at + 1][0] == line else None
        math, before, after = plain_condition(math, before, after, beside)  # "never negative", ℝ⁺, \not<
        words_after = after  # "Both $x$ and $y$ are positive": x takes the words after y
        for later, other, _, more in formulas[at + 1 :]:
            if later != line or not _JOINED.fullmatch(words_after) or not _LETTERS.fullmatch(other):
                break
            words_after = more
        relations = [(shown, _relation(shown, line, names)) for shown in _conditions(math, before, words_after)]
        relations = [(shown, relation) for shown, relation in relations if relation is not None]
        if not relations:
            continue
        preposition = REGION.search(before)  # a region, "the slope is 1 on $x > 0$", states nothing of x
        region = preposition is not None and re.search(r"\w", before[: preposition.start()]) is not None  # "For …,"
        region = region or re.search(r"\w\s+where\s*$", before) is not None  # "The slope is one where $x > 0$."
        rest = rest_of_paragraph(text, line, math)  # "Let $x$ be a positive number. (This is wrong; drop it.)"
        quoted = lines[line - 1].lstrip().startswith(">")  # a quote, an example set apart
        own = lines[line - 1][: max(formula_at(lines[line - 1], math), 0)]  # "Example: let $y$ …": the whole line
        taken = _TAKEN_BACK.search(re.sub(r"\bnot\s*$", "", after))  # "… is false"; not "$T > 0$, not $T < 0$."
        clause = re.split(r"\bbut\b", before)[-1]  # "We could take $x > 0$ instead, but we take $x < 0$."
        words = [_DENIED.search(clause), _SET_ASIDE.search(own), taken, PUT_OFF.search(after)]
        words.append(_UNSAID.search(rest))  # "… is what we hope for", "(This is wrong; drop it.)"
        denials = [w for w in LEAD_DENIES.findall(f"{before} {rest}") if w.lower() not in ("if", "whether")]
        undone = len(denials) > 1  # "…, which never fails": two denials may undo each other
        hedge = hedged(_ONLY_WHEN.sub("", f"{before} {after}"))  # "holds only when $x > 0$": a case, no hedge
        taken_back = (hedge or any(found is not None for found in words)) and not undone
        void = taken_back or quoted or region
        example = void and not quoted and not region and _example_only(before, own, after, rest)  # "For example, …"
        supposed = _SUPPOSED.match(before) is not None  # "Suppose $x > 0$." alone: past a heading with no display
        case = _CASE_WORDS.search(before) is not None
        reason = _REASON_WORDS.search(before) is not None  # "$$|x| = x$$ since $x > 0$.": what it holds by
        after_display = _after_display(lines, line, math) if case or reason else 0
        own_sentence = re.split(r"\$\$|\\\]|[.!?]\s", before)[-1].strip()  # "$$|x| = x.$$ If ": "If"
        opens_next = own_sentence[:1].isupper() and _OPENS_NEXT.match(after) is not None  # "If $x < 0$, then"
        back = _REFERS_BACK.match(after) is not None and case and any(d < line for d in displays)  # "this holds."
        closes = (after_display > 0 and not opens_next) or back  # "$$|x| = x$$ for $x > 0$.": its own case
        kind = "example" if example else "void" if void else "closes" if closes else "case" if case else "fact"
        kind = "supposed" if supposed and kind == "case" else kind
        if kind == "closes" and (reason or after_display > 1 or _LEADS_ON.match(after)):  # A's, and B's below it
            stated += [(line, shown, relation, kind) for shown, relation in relations if relation is not None]
            kind = "case" if case else "fact"
        if kind == "void" and closes and _FAILS.match(after) and not _DENIED.search(before):  # "since $x > 0$ fails"
            kind, relations = "closes", [(f"\\neg({shown})", Not(relation)) for shown, relation in relations]
        impossible = next((shown for shown, relation in relations if relation is S.false), None)
        if impossible is not None:  # "Suppose $a < 0$." with a = x², "Assume $a > 5$." with a = 1: refused
            refuse_impossible(line, impossible, kind, after, definitions)
        stated += [(line, shown, r, kind) for shown, r in relations if r is not None and r is not S.false]
    found = []

    def between(first: int, last: int) -> bool:  # a display between two statements: each its chain's
        return any(first < d < last for d in displays)

    for at, (line, shown, relation, kind) in enumerate(stated):
        letter = relation.args[0]
        if kind == "void":
            continue  # it ends the one before on its letter, below, and holds for nothing
        if kind == "example":  # "For example, with $y = 1$:": the display right below it, worked at those values
            below = [d for d in displays if d > line]
            found += [ProseCondition(line, shown, relation, below[0], below[0])] if below else []
            continue
        if kind == "closes":
            above = [d for d in displays if d <= line]  # "We have $$…$$ since $x > 0$.": on its line
            found += [ProseCondition(line, shown, relation, above[-1], above[-1])] if above else []
            continue
        after_it = [  # a denial beside it on its line ("Here $T > 0$, not $T < 0$.") ends nothing: it says the same
            other
            for other, _, again, how in stated[at + 1 :]
            if again.args[0] == letter
            and (how != "void" or other > line)
            and not (kind == how == "fact" and _beside(relation, again, lines[other - 1]) and not between(line, other))
            # "Assume $x > 1$." then "Assume $x < 0$.": both stand; not a case ("For $x > 0$"), nor after a display
        ]
        widened = [w for w in _widenings(lines, _named(letter)) if w > line]  # "For every real $x$:", "In general,"
        shown_between = [h for h in headings if h > line and between(line, h)]  # a heading after a display of its own
        ends = after_it[:1] + widened[:1] + ([h for h in headings if h > line][:1] if kind == "case" else [])
        ends += shown_between[:1] if kind == "supposed" else []
        found.append(ProseCondition(line, shown, relation, line + 1, min(ends, default=len(lines) + 1) - 1))
    for n, t, r in stated_sets(text, names):  # wherever said, up to words that widen it ("any value, negative")
        widened = [w for w in _widenings(lines, _named(r.args[0])) if w > n]
        found.append(ProseCondition(n, t, r, 1, widened[0] - 1 if widened else len(lines)))
    return tuple(found)


#: Words that set a condition aside as an example's, and no more.
_EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.g|example|instance)\b", re.I)


def _example_only(before: str, own: str, after: str, rest: str) -> bool:
    """Whether a condition is set aside only as an example's ("For example, with $y = 1$:"): those words removed,
    nothing else denies, hedges or takes it back."""
    plain = [_EXAMPLE.sub(" ", part) for part in (before, own)]
    if not (_EXAMPLE.search(before) or _EXAMPLE.search(own)) or _DENIED.search(plain[0]) or _SET_ASIDE.search(plain[1]):
        return False
    return not (
        _TAKEN_BACK.search(after) or PUT_OFF.search(after) or _UNSAID.search(rest) or hedged(f"{before} {after}")
    )


def _conditions(math: str, before: str, after: str) -> list[str]:
    """The conditions ``math`` states, each as a domain of one letter: ``x > 0``, ``x \\in (0, 1)``, ``x = 2`` or
    ``x \\neq 0``; for each letter of ``a, b > 0``; for letters alone (``x``, ``x, y``), the sign the words give them
    ("For positive $x$ and $y$,", "$x$ is strictly positive", "Let $x, y$ be positive numbers")."""
    several = _SEVERAL.fullmatch(math)
    if several is not None:  # "$a, b > 0$"
        letters = [letter.strip() for letter in several.group("letters").split(",")]
        return [f"{letter} {several.group('relation')} {several.group('bound')}" for letter in letters]
    if _LETTERS.fullmatch(math):
        before_it, after_it = _SIGN_BEFORE.search(before), _SIGN_WORDS.search(after)
        relation = _sign(before_it) if before_it else _sign(after_it) if after_it else None
        return [f"{letter.strip()} {relation}" for letter in math.split(",")] if relation else []
    shown = as_domain(math) or (math.strip().rstrip(".,") if _AT_VALUE.fullmatch(math) else None)  # x = 2, x ≠ 0
    return [shown] if shown is not None else []


def condition_relations(math: str, line: int, names: Names) -> list[tuple[str, Basic]]:
    """The conditions a formula states on scalars of the page (``x > 1``, ``0 < p < 1``), as written and read."""
    read = [(shown, _relation(shown, line, names)) for shown in _conditions(math, "", "")]
    return [(shown, relation) for shown, relation in read if relation is not None]


def _sign(words: re.Match[str]) -> str:
    """The relation a sign in words gives: "positive" "> 0", "less than zero" "< 0"."""
    said = next(value for key, value in words.groupdict().items() if value and key != "letters")
    return _SIGNS[re.sub(r"\s+", " ", said.lower())]


def _relation(shown: str, line: int, names: Names) -> Basic | None:
    """The condition ``shown`` read as a relation on a scalar of the page, or None."""
    names = with_entry_index(shown, names)  # "Since $x_i > 0$," on a page that writes x_1 alone: every entry
    try:
        domain = stated_domain(Entry(shown, line), names)
    except InputError:
        return None
    relation = domain.relation if domain is not None else None
    subject = relation.args[0] if relation is not None else None
    every_entry = (  # "Labels $y_i \\in \\{0, 1\\}$": every entry of a vector of the page; "Let $x_1 = 1$.": one
        isinstance(subject, Indexed)
        and subject.base in names.vectors.values()
        and all(i in names.indices.values() or i.is_Integer for i in subject.indices)
    )
    defined = subject in names.defined_scalars.values() or (  # "Suppose $a > 0$." with a = wx + b; z_i := …
        isinstance(subject, Indexed) and subject.base in names.defined_vectors.values()
    )
    if defined and names.defined is not None and relation is not None:
        written = expand_definitions(relation, names.defined.definitions)
        return written if written is not S.true else None  # "since $s_i > 0$": the definitions give it already
    return relation if subject in names.scalars.values() or every_entry else None


def breaks(relation: Basic, values: dict[Basic, Basic]) -> bool:
    """Whether a counterexample's ``values`` break a stated condition: on a scalar, at its value; on every entry of
    a vector (y_i ∈ {0, 1}; w_i x_i + b > 0 of a defined z_i), at any entry the values give."""
    free = sorted(
        {i for a in relation.atoms(Indexed) for i in a.indices if i.is_Symbol} & relation.free_symbols, key=str
    )  # i of 0 ≤ y_i ≤ 1, not of a mean's Σ_i x_i (bound there), whose length the values do not give
    if not free:
        return _at(relation, values) is S.false
    numbers = sorted({int(i) for k in values if isinstance(k, Indexed) for i in k.indices if i.is_Integer})
    if len(free) > 2 or not numbers:
        return False
    return any(
        _at(relation.xreplace(dict(zip(free, map(Integer, at), strict=True))), values) is S.false
        for at in itertools.product(numbers, repeat=len(free))
    )


def _at(relation: Basic, values: dict[Basic, Basic]) -> Basic:
    """``relation`` at ``values``; false where a side is not real there (√y > 0 at y < 0: no comparison)."""
    try:
        return relation.xreplace(values)
    except TypeError:
        return S.false


def _named(letter: Basic) -> str:
    """The name a condition is on: y of y_i ∈ {0, 1}, x of x > 0."""
    return str(letter.base.label) if isinstance(letter, Indexed) else str(letter)


def _widenings(lines: list[str], letter: str) -> list[int]:
    """The lines whose words widen ``letter`` again: widening words in a line whose math writes it alone ("$x$ can
    be negative", not "$-x$ is negative" nor "$\\log p_i$ is below zero", said of another number), or one with no
    math that widens every letter ("In general,"; a heading "## Negative inputs")."""
    found, shown = [], display_name(letter)  # \bar{x} as written, p of p_i: what the math writes
    alone = re.compile(rf"\s*{re.escape(shown)}\s*(?:_\s*\{{?\s*\w+\s*\}}?)?\s*")
    for number, line in enumerate(lines, start=1):
        math = re.findall(r"\$([^$]*)\$", line)
        words = re.sub(r"\$[^$]*\$", " ", line)
        heading = line.lstrip().startswith("#")
        widens = heading and (_WIDENS.search(words) or re.search(r"\bgeneral\b", words, re.I))  # ## The general case
        if (not math and (_WIDENS_ALL.search(words) or widens)) or (
            _WIDENS.search(words) and any(alone.fullmatch(span) for span in math)
        ):
            found.append(number)
    return found


def _after_display(lines: list[str], line: int, math: str) -> int:
    """Whether a display stands in the paragraph of ``line``, above it or before ``math`` on its line (1), or right
    above the paragraph that ``line`` opens in lower case (2): the condition closes that display's sentence
    ("$$\\sqrt{x^2} = x$$ for $x > 0$.", "$$…$$⏎⏎where $x > 0$."); else 0."""
    own = lines[line - 1] if 0 < line <= len(lines) else ""
    if re.search(r"\$\$|\\\]", own[: max(formula_at(own, math), 0)]):
        return 1
    opens = not own[: max(formula_at(own, math), 0)].strip()[:1].isupper()  # "where $x > 0$.": the sentence goes on
    across = 0
    for above in reversed(lines[: line - 1]):
        if not above.strip() and opens:  # a blank line after the display, the sentence going on below it
            opens, across = False, 1
            continue
        if not above.strip():
            return 0
        if above.strip().startswith(("$$", "\\[")) or above.strip().endswith(("$$", "\\]")):
            return 1 + across
        opens = False
    return 0


def conditions_over(conditions: tuple[ProseCondition, ...], display: Display) -> tuple[ProseCondition, ...]:
    """The conditions the prose states above ``display`` that hold where it stands."""
    return tuple(c for c in conditions if c.first <= display.line <= c.last)


__all__ = ["ProseCondition", "condition_relations", "conditions_over", "prose_conditions"]
