"""A display under a lead that states it for every value of letters ("For all real $a$ and $b$,", "for every $x$")
where the page defines one of those letters: derive reads one definition of a name throughout the page, so the
display would be checked with the letter given its definition, not for every value the lead speaks of ("(a − b)^2
= 1" under "For all real $a$ and $b$" was proven with a later "let a = b + 1": probe s54-2's h9, h6). Such a display
is refused, naming both readings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.read.find import Display, Found
from derive.read.redefinitions import Defining, letter_of, refuse_using

#: "For all real $a$ and $b$", "for every $x$", "for any $x \in \mathbb{R}$": the letters the lead quantifies.
_EVERY = re.compile(
    r"\bfor\s+(?:all|every|each|any|arbitrary)\s+(?:real\s+|positive\s+|(?:values?|choices?)\s+(?:of\s+)?)?"
    r"(?:numbers?\s+)?(?P<letters>\$[^$]+\$(?:\s*(?:,|and|,\s*and)\s*\$[^$]+\$)*)",
    re.I,
)


def _quantified(lead: str) -> set[str]:
    """The letters a lead states its display for every value of."""
    found: set[str] = set()
    for match in _EVERY.finditer(lead):
        for math in re.findall(r"\$([^$]+)\$", match["letters"]):
            first = re.split(r"\\in\b|∈|[<>=]", math)[0]
            found |= {letter for part in first.split(",") if (letter := letter_of(part.strip())) is not None}
    return found


def refuse_quantified_defined(found: Found, page: Sequence[Defining]) -> Found:
    """``found`` without the displays whose lead quantifies a letter the page defines (see the module)."""
    defined = {letter_of(d.head): d.line for d in page}
    leads = {d.line: _quantified(d.lead) & set(defined) for d in found.displays if d.lead}
    if not any(leads.values()):
        return found

    def why(display: Display, used: set[str]) -> str | None:
        hit = sorted(leads.get(display.line, set()) & used)
        if not hit:
            return None
        letter = hit[0]
        return (
            f"unreadable: the lead states this display for every {letter}, and the page defines {letter} at line "
            f"{defined[letter]}: for every {letter}, or for the {letter} the page defines? derive reads one "
            f"definition of a name throughout; give the defined one a name of its own"
        )

    return refuse_using(found, why)


__all__ = ["refuse_quantified_defined"]
