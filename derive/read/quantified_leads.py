"""A display under a lead that states it for every value of letters ("For all real $a$ and $b$,", "for every $x$")
where the page defines one of those letters: derive reads one definition of a name throughout the page, so the
display would be checked with the letter given its definition, not for every value the lead speaks of ("(a − b)^2
= 1" under "For all real $a$ and $b$" was proven with a later "let a = b + 1": probe s54-2's h9, h6). Such a display
is refused, naming both readings."""

from __future__ import annotations

from collections.abc import Sequence

from derive.read.consequences import quantified_letters
from derive.read.find import Display, Found
from derive.read.redefinitions import Defining, letter_of, refuse_using


def _quantified(lead: str) -> set[str]:
    """The letters a lead states its display for every value of, as names are keyed (σ as "sigma")."""
    return {letter for written in quantified_letters(lead) if (letter := letter_of(written)) is not None}


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
