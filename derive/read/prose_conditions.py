"""Conditions the prose states on a scalar, whether or not derive reads them: "Let $x$ be a scalar with $x > 0$.",
"For $x \\in (0, \\infty)$,", "Let $x$ be a positive number". A counterexample that breaks one refutes nothing
(``derive.report.unrefuted``): the page may have meant it, and a counterexample must satisfy what the page states.

This is a backstop under the rules that read such sentences as assumptions or cases, which go by wording and miss
some: it never proves anything, it only turns a refutation whose counterexample breaks a stated condition into
"not refuted". A condition under "if", "when", "for" (a case) holds for the displays below it up to the next
heading or the next condition on the same letter; a statement ("Let …", "… with $x > 0$") to the next condition on
the same letter. A condition taken back or put off ("… or zero", "… is false", "not") states nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sympy import Basic, Symbol

from derive.errors import InputError
from derive.read.find import Display
from derive.read.frontmatter import Entry
from derive.read.names import Names
from derive.read.prose_domains import as_domain, prose_formulas
from derive.read.retractions import hedged
from derive.read.stated_domains import stated_domain


@dataclass(frozen=True)
class ProseCondition:
    """A condition the prose states on a scalar at ``line`` (as written, and read), and the last line it holds to."""

    line: int
    text: str
    relation: Basic
    until: int


#: Words that make a condition a case: it holds for the displays below it, up to the next heading.
_CASE_WORDS = re.compile(r"\b(?:if|when|whenever|for|case|while|suppose|assuming|given|where)\b", re.I)
#: Words before a condition, in its sentence, that deny it ("if" is a case, and kept).
_DENIED = re.compile(
    r"\b(?:not|without|unless|no\s+longer|never|nor|whether|unlike|instead|rather|except)\b|n't\b", re.I
)
#: Words after a condition, in its sentence, that take it back or put it off.
_TAKEN_BACK = re.compile(
    r"\bor\b|\bbut\b|\bnot\b|n't\b|\bfalse\b|\bwrong\b|\blater\b|\bonly\b|\bnext\b|\binstead\b|kidding", re.I
)
#: "Let $x$ be a positive number", "$T$ is a positive constant": a sign in words.
_SIGN_WORDS = re.compile(
    r"\b(?:be|is)\s+(?:an?\s+)?(?:strictly\s+)?(?P<sign>positive|negative|non-?negative)\s+"
    r"(?:real\s+)?(?:number|scalar|constant|real|value|parameter)\b",
    re.I,
)
_SIGNS = {"positive": "> 0", "negative": "< 0", "nonnegative": "\\geq 0", "non-negative": "\\geq 0"}
#: The letter alone between dollars, or a Greek letter's command.
_LETTER = re.compile(r"^\s*(?:[A-Za-z]|\\[a-zA-Z]+)\s*$")


def prose_conditions(text: str, names: Names) -> tuple[ProseCondition, ...]:
    """Every condition the prose states on a scalar of the page (see the module), with the lines it holds for."""
    lines = text.split("\n")
    headings = [number for number, line in enumerate(lines, start=1) if line.lstrip().startswith("#")]
    stated: list[tuple[int, str, Basic, bool]] = []
    for line, math, before, after in prose_formulas(text):
        shown = _condition(math, after)
        if shown is None or hedged(f"{before} {after}") or _DENIED.search(before) or _TAKEN_BACK.search(after):
            continue
        try:
            domain = stated_domain(Entry(shown, line), names)
        except InputError:
            continue
        relation = domain.relation if domain is not None else None
        scalar = relation is not None and isinstance(relation.args[0], Symbol)
        if relation is None or not scalar or relation.args[0] not in names.scalars.values():
            continue
        case = _CASE_WORDS.search(before) is not None
        if case and _after_display(lines, line):  # "$$|x| = x$$ for $x > 0$.": that display's own case
            continue
        stated.append((line, shown, relation, case))
    found = []
    for at, (line, shown, relation, case) in enumerate(stated):
        letter = relation.args[0]
        after_it = [other for other, _, again, _ in stated[at + 1 :] if again.args[0] == letter]
        ends = after_it[:1] + ([h for h in headings if h > line][:1] if case else [])
        found.append(ProseCondition(line, shown, relation, min(ends, default=len(lines) + 1) - 1))
    return tuple(found)


def _after_display(lines: list[str], line: int) -> bool:
    """Whether a display stands in the paragraph of ``line``, above it: the condition closes that display's sentence."""
    for above in reversed(lines[: line - 1]):
        if not above.strip():
            return False
        if above.strip().startswith(("$$", "\\[")) or above.strip().endswith(("$$", "\\]")):
            return True
    return False


def _condition(math: str, after: str) -> str | None:
    """The condition ``math`` states as a domain (``x > 0``, ``0 < p < 1``, ``x \\in (0, \\infty)``), or, for a letter
    alone, the sign the words after it give it ("$x$ be a positive number"); else None."""
    domain = as_domain(math)
    if domain is not None:
        return domain
    sign = _SIGN_WORDS.search(after) if _LETTER.match(math) else None
    if sign is None:
        return None
    return f"{math.strip()} {_SIGNS[sign.group('sign').lower()]}"


def conditions_over(conditions: tuple[ProseCondition, ...], display: Display) -> tuple[ProseCondition, ...]:
    """The conditions the prose states above ``display`` that hold where it stands."""
    return tuple(c for c in conditions if c.line < display.line <= c.until)


__all__ = ["ProseCondition", "conditions_over", "prose_conditions"]
