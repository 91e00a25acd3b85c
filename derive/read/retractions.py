"""What the prose says against an assumption it states: a hedge in the sentence that states it or the next ("$y$ is
one-hot only for classification; here it holds counts", "Here we used $\\sum_i y_i = 1$ by mistake"), which makes it
no fact of the page, and a later sentence that widens it ("Now let $y$ be any non-negative weights", "Now drop this
assumption"), below which the page's claims are not under it.

Either way an assumption read as the page's proved what the page itself calls false. A hedged statement is not
taken; a widened one holds above the widening, and every display below it is refused, naming the two lines: derive
holds an assumption for a whole page, and neither reading may be dropped.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found, Unchecked
from derive.read.frontmatter import Entry

#: Words that qualify a statement so that it is no fact of the page: "only for classification", "even though",
#: "by mistake", "wrong here", "usually", "but here".
HEDGES = re.compile(
    r"\bonly\s+(?:for|when|in|if|on|under)\b|\b(?:even\s+though|although|though|usually|typically|often|in\s+most)\b"
    r"|\bby\s+mistake\b|\b(?:mistaken|wrong|incorrect|erroneous)(?:ly)?\b|\ba\s+bug\b|\bbut\s+here\b"
    r"|\b(?:holds?|are|is)\s+(?:\w+\s+)?counts\b",
    re.I,
)
#: Words that widen what a letter was assumed to be, right before it ("for any real $x$", "for all $x \\in …$",
#: "In general, for $x$") or said of it ("let $y$ be any …", "$x$ can be negative", "$y$ need not sum to one",
#: "$y$ sums to three").
_QUANTIFIED = (
    r"(?:for\s+(?:all|any|every|each)|arbitrary|any|in\s+general,?\s+for)\s+(?:\w+\s+){{0,2}}"
    r"\$\s*{bold}{letter}(?![A-Za-z])"
)
_SAID = (
    r"\$\s*{bold}{letter}(?![A-Za-z])[^$]*\$\s*,?\s+(?:(?:now\s+)?(?:be|being|is|are|can\s+be|may\s+be|holds?|takes?"
    r"|ranges?\s+over)"
    r"\s+(?:\w+\s+){{0,2}}?(?:any|arbitrary|general|negative|counts|weights|non-?negative|all)\b"
    r"|(?:need\s+not|needn't|no\s+longer|(?:does|do)\s+not\s+(?:have|need)\s+to|(?:is|are)\s+allowed\s+to\s+be)"
    r"|(?:sums?|adds?\s+up)\s+to\s+(?!(?:1|one|unity)\b)[\w$\\]"  # "the targets $y$ sum to three instead"
    r"|(?:is|are)\s+(?:not|no\s+longer)\s+(?:a\s+)?one[- ]hot"  # "Now suppose $y$ is not one-hot but …"
    r"|(?:is|are)\s+(?:now\s+)?(?:a\s+)?(?:multi[- ]hot|soft|smoothed|multi-label)"  # "$y$ is a multi-hot vector"
    r"|(?:is|are)\s+(?:now\s+)?(?:a\s+)?(?:(?:vector|tensor)\s+of\s+)?(?:real|continuous)\b)"  # "… are real numbers"
)
#: "Now take $x$ negative", "let $x$ be arbitrary".
_TAKEN = (
    r"\b(?:take|let|allow|make)\s+\$\s*{bold}{letter}(?![A-Za-z])[^$]*\$\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:negative|arbitrary|any|general|real)\b"
)
#: The letter in a relation again, in a formula of the prose ("Now take $x = -3$.", "At $x = -2$ we get", "Now $x
#: \in \mathbb{R}$"), its sign in words ("$x$ is below zero", "$x$ can be anything", "replace $x$ by its opposite"),
#: or the letter negated alone ("$-x$"): a domain of the whole page is widened, or at least restated, and derive
#: holds none past it.
_RESTATED = (
    r"\$[^$]*(?<![A-Za-z\\]){letter}(?![A-Za-z_^])\s*(?:[=<>≤≥≠]|\\(?:leq?|geq?|neq?|ne|in)(?![A-Za-z]))[^$]*\$"
    r"|\${bold}{letter}\}}?\$[^.$]*\b(?:below\s+zero|smaller\s+than\s+zero|less\s+than\s+zero|non-?positive|anything"
    r"|unrestricted|any\s+(?:value|number|sign)|(?:by|with)\s+(?:its|the)\s+opposite|negated|flipped)\b"
    r"|\$\s*-\s*{bold}{letter}\}}?\s*\$"  # "replace $x$ by $-x$"
)
#: A sentence that drops the assumptions before it, whatever their letters: "Now drop this assumption", "Without
#: the one-hot assumption:", "For general targets:".
_DROPS = re.compile(
    r"\b(?:drop|remove|relax|lift|forget|discard|abandon|without)\w*\s+(?:this|that|the|these|those|our)\s+"
    r"(?:[\w-]+\s+){0,2}(?:assumptions?|conditions?|constraints?|restrictions?)\b|\bscratch\s+that\b"
    r"|\bno\s+longer\s+(?:require|assume|need|impose)|\b(?:is|are)\s+not\s+(?:imposed|assumed|required)\b"
    r"|\bcannot\s+assume\b|\b(?:general|arbitrary|unconstrained)\s+(?:targets?|labels?)\b"
    # "the targets sum to three", "multi-hot labels": whatever the letter, no one-hot and no sum to one
    r"|\b(?:targets?|labels?)\s+(?:now\s+)?(?:sums?|adds?\s+up)\s+to\s+(?!(?:1|one|unity)\b)\w"
    r"|\b(?:multi[- ]hot|multi-label)\s+(?:targets?|labels?)\b",
    re.I,
)
_SOFT = re.compile(r"\bsoft\s+(?:targets?|labels?)\b", re.I)
#: A sentence that opens "In general" and writes no formula ("In general:", "In general, the gradient is"): what
#: follows holds beyond the assumptions before it, whatever their letters ("In general, for $x$" is ``_QUANTIFIED``).
_IN_GENERAL = re.compile(r"^\W*in\s+general\b(?![^$]*\$)", re.I)
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n")
#: A glossary's entries for hard and for soft targets ("* soft targets: the teacher's probabilities"): terms the
#: page sets side by side, and no word that its targets become soft (Hinton's distillation notes keep y one-hot,
#: name the soft targets p, and speak of them throughout).
_GLOSSARY = re.compile(r"^[\s*+-]*(?P<kind>hard|soft)\s+(?:targets?|labels?)\s*:", re.I | re.M)


def hedged(text: str) -> bool:
    """Whether ``text`` (a statement's sentence and the one after it) qualifies the statement."""
    return HEDGES.search(text) is not None


def _letter(assumption: str) -> str:
    """The letter an assumption is about: y in "y one-hot", "\\sum_i y_i = 1", "x > 0", "y \\in \\{0, 1\\}"."""
    plain = re.sub(r"\\(?:mathbf|boldsymbol|bm)\{([^{}]*)\}", r"\1", assumption).strip()
    plain = re.sub(r"^\\sum(?:_\{[^{}]*\}|_\S)?(?:\^\{[^{}]*\}|\^\S)?", "", plain).strip()
    found = re.match(r"\\[A-Za-z]+|[A-Za-z]", plain)
    return found.group(0) if found is not None else ""


def widened_at(text: str, assumption: Entry) -> int | None:
    """The first line below the assumption's whose prose widens it or drops the assumptions above, or None."""
    letter = _letter(assumption.text)
    shapes = {"bold": r"(?:\\(?:mathbf|boldsymbol|bm)\{)?", "letter": re.escape(letter)}
    ordered = re.search(r"[<>]|\\[lg]eq?\b|\\in\s*[(\[]", assumption.text)  # x > 0, p \in (0, 1): not y \in \{0, 1\}
    patterns = (_QUANTIFIED, _SAID, _TAKEN, *((_RESTATED,) if ordered else ()))  # "When $y = 1$" is a case of {0, 1}
    said = (pattern.format(**shapes) for pattern in patterns)
    mention = re.compile("|".join(said), re.I) if letter else None
    lines = text.split("\n")
    glossary = {match.group("kind").lower() for match in _GLOSSARY.finditer(text)} == {"hard", "soft"}
    fenced = False
    for at in range(assumption.line + 1, len(lines) + 1):
        line = lines[at - 1]
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or line.lstrip().startswith(("$$", "\\[", "\\begin")):
            continue
        for sentence in _SENTENCE.split(line):
            if _DROPS.search(sentence) or _IN_GENERAL.match(sentence) or (not glossary and _SOFT.search(sentence)):
                return at
            if mention is not None and mention.search(sentence):
                return at
    return None


def refuse_below_widenings(found: Found, text: str, assumptions: tuple[Entry, ...]) -> Found:
    """``found`` with every display below a line that widens one of the page's assumptions refused."""
    refused: dict[int, str] = {}
    for assumption in assumptions:
        widened = widened_at(text, assumption) if assumption.text else None
        for display in found.displays:
            if widened is not None and display.line > widened and display.line not in refused:
                shown = assumption.text if assumption.text.endswith("one-hot") else f"${assumption.text}$"
                refused[display.line] = (
                    f"unreadable: the page assumes {shown} (line {assumption.line}) and widens or drops "
                    f"it at line {widened}: derive holds an assumption for a whole page (check the wider claims on a "
                    "page of their own, or give them a letter of their own)"
                )
    if not refused:
        return found
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d.line not in refused),
        unchecked=(*found.unchecked, *(Unchecked(line, why) for line, why in sorted(refused.items()))),
    )


__all__ = ["HEDGES", "hedged", "refuse_below_widenings", "widened_at"]
