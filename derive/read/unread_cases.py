"""A case the prose states in words derive does not read as a case: "Whenever $i=k$:", "Case 1: $i = k$. We use the
quotient rule.", "With $i = k$:", "The effect through $\\mu$ for each $i \\neq j$ is:", "When $i < k$:", or in the
sentence after the display ("This holds if $i = k$.", "valid for $i = k$."). Read as no case, a true step was refuted
at a point that breaks it (a probe's pages). Such a display's links are still checked, but none is refuted: a
counterexample may break what the words state.
"""

from __future__ import annotations

import re

from derive.read.find import Display

#: A relation between letters alone after a word that makes it a case: "if $i = k$", "with $i=j=k$", "case 1: $i < k$".
_LETTERS = r"\s*(?:\\[A-Za-z]+\s*|[A-Za-z](?:_\{?\w+\}?)?)\s*"
_RELATION = r"(?:=|<|>|\\n?eq?|\\l[et]q?|\\g[et]q?|\\equiv|\\ne)"
_MORE = r"(?:[+-]\s*\d+\s*)?(?:\\pmod\s*\{?\d+\}?)?[.,]?\s*"  # k = i + 0, i = k \pmod 2
_WORDS = (
    r"\b(?:if|when|whenever|for(?:\s+(?:each|every|all|any))?|where|with|take|taking|set|setting|assuming|given"
    r"|provided|consider|here|let|suppose|case\s*\d*\s*:)\s*"
)
_CASE = re.compile(rf"{_WORDS}\$\s*(?:{_LETTERS}{_RELATION}\s*)+{_LETTERS}{_MORE}\$", re.I)
#: The first sentence of the prose after a display: up to its first period, colon or semicolon.
_FIRST = re.compile(r"^[^.;:]*[.;:]?")


def unread_case(display: Display) -> str:
    """The sentence of ``display``'s lead, or the first of its trail, that states a relation between letters alone,
    each written in the display ("" where none does): a case in words derive did not read."""
    if "\\begin{cases}" in display.text:  # its own cases, each row checked: the prose's case is none of its own
        return ""
    after = [t for t in _FIRST.findall(display.trail.strip())[:1] if t.rstrip().endswith((".", ")"))]  # closed:
    for said in (display.lead, *after):  # "If $i = k$:", "for $i \\neq j$, we have" introduce what follows
        for case in _CASE.finditer(said):
            letters = set(re.findall(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", case.group(0).split("$", 1)[1]))
            shown = re.sub(r"\\[A-Za-z]+", " ", display.text)  # x_{ik}: i and k written
            written = sum(letter in shown for letter in letters) >= min(2, len(letters))
            if written and not said.lstrip().startswith(("$$", "\\[")):  # "where $u = v$": of no letter shown
                return said.strip()
    return ""


__all__ = ["unread_case"]
