"""The signs a page equates or defines with: ``=``, and the commands that define (``\\coloneqq``, ``\\triangleq``,
``\\equiv``, h ≡ tanh). An inline formula with one of them may define a name again ("From now on we take $y
\\coloneqq a^3$"), so it is read as one with ``=`` is; it had been passed over, and the old y read below it."""

from __future__ import annotations

import re

#: What a definition may be written with besides "=": ``:=``, ``\\coloneqq``, ``\\triangleq``, ``\\equiv``.
DEFINING = frozenset({"coloneqq", "coloneq", "defeq", "triangleq", "eqqcolon", "equiv"})
_SIGN = re.compile(r"=|\\(?:" + "|".join(sorted(DEFINING)) + r")(?![A-Za-z])")


#: A display that opens with ``NAME :=`` (or ``\\coloneqq``, ``\\triangleq``): it says it defines, not that it claims.
_DEFINES = re.compile(r"[^=]*?(?::\s*=|\\(?:coloneqq|coloneq|defeq|triangleq)(?![A-Za-z]))")


def says_it_defines(text: str) -> bool:
    """Whether a display's first relation is a sign that only defines (``y := x^3``; not ``=``, nor ``\\equiv``,
    which also states an identity)."""
    return _DEFINES.match(text) is not None


def equates(formula: str) -> bool:
    """Whether ``formula`` writes ``=`` or a command that defines."""
    return _SIGN.search(formula) is not None


__all__ = ["DEFINING", "equates", "says_it_defines"]
