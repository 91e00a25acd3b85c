"""The signs a page equates or defines with: ``=``, and the commands that define (``\\coloneqq``, ``\\triangleq``,
``\\equiv``, h ≡ tanh). An inline formula with one of them may define a name again ("From now on we take $y
\\coloneqq a^3$"), so it is read as one with ``=`` is; it had been passed over, and the old y read below it."""

from __future__ import annotations

import re

#: What a definition may be written with besides "=": ``:=``, ``\\coloneqq``, ``\\triangleq``, ``\\equiv``.
DEFINING = frozenset({"coloneqq", "coloneq", "defeq", "triangleq", "eqqcolon", "equiv"})
_SIGN = re.compile(r"=|\\(?:" + "|".join(sorted(DEFINING)) + r")(?![A-Za-z])")


def equates(formula: str) -> bool:
    """Whether ``formula`` writes ``=`` or a command that defines."""
    return _SIGN.search(formula) is not None


__all__ = ["DEFINING", "equates"]
