"""Conditions a display states alone, right above another ("$$x > 0$$", "$$i = k$$"), as people set a case apart:
derive does not read one as the case of the display below, so a definition there is under a condition (unread),
and a counterexample to a claim there refutes nothing (``derive.read.stated_leads``)."""

from __future__ import annotations

import re

#: A formula shaped as a condition: a relation other than '=', or a letter equal to a letter or a number.
CONDITION_SHAPE = re.compile(
    r"[^$]*(?:<|>|\\neq?(?![A-Za-z])|\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|\\[lg]t\b|\\not\s*=|\\(?:succ|prec|[lg]eqslant)\b|\\in\b|≠|≤|≥)[^$]*"
    r"|\\?[A-Za-z]+(?:_\{?\w\}?)?\s*=\s*(?:[A-Za-z]|-?\d+(?:\.\d+)?)"
)
#: A name at a letter or a number, "i = k", "x = 2": a condition shaped as an equation.
VALUE_SHAPE = re.compile(r"\\?[A-Za-z]+(?:_\{?\w\}?)?\s*=\s*(?:[A-Za-z]|-?\d+(?:\.\d+)?)")


def display_condition(lead: str) -> str:
    """The condition a display right above states alone ("$$x > 0$$", "$$i = k$$"), or "": not read as the case, so a
    definition below is under a condition (unread), and a counterexample to a claim below refutes nothing."""
    shown = re.fullmatch(r"\s*(?:\$\$([^$]+)\$\$|\\\[(.+?)\\\])\s*", lead, re.S)
    formula = (shown.group(1) or shown.group(2) or "").strip().rstrip(".,") if shown else ""
    if "=" in re.sub(r"\\not\s*=|[<>]=?|\\[lg]eq?\b", "", formula) and not VALUE_SHAPE.fullmatch(formula):
        return ""  # an equation, "d/dx ReLU(x) = 𝟙(x > 0)": a claim, whatever relation it holds inside
    return formula if formula and CONDITION_SHAPE.fullmatch(formula) else ""


def joins(lead: str) -> bool:
    """Whether the words between two displays only join them ("we take", "then"): no formula, no sentence's end."""
    return "$" not in lead and not re.search(r"[.!?:;]", lead) and len(lead.split()) <= 4


def relation(condition: str) -> bool:
    """Whether a displayed condition is a relation other than a value ("x > 0", "i = k"; not "f = x", "s_i = 2")."""
    return bool(condition) and (
        not VALUE_SHAPE.fullmatch(condition) or bool(re.fullmatch(r"[ijklmn]\s*=\s*[ijklmn]", condition))
    )


#: A condition-shaped formula after a word that states a condition: "while if $i = k$,", "When $y = 1$, the …".
CONDITION_WORDS = re.compile(
    r"\b(?:if|when|whenever|while|whereas|for|assume|assuming|suppose|given|provided|unless|except|exclud\w*|apart"
    r"|outside|besides|beyond|without|not)\b[^.$]{0,30}"  # "Apart from the case $i = j$:" (probe s52-2's c_*0)
    rf"(?:\$|\\\()\s*(?:{CONDITION_SHAPE.pattern})\s*(?:\$|\\\))",
    re.I,
)


__all__ = ["CONDITION_SHAPE", "CONDITION_WORDS", "VALUE_SHAPE", "display_condition", "joins", "relation"]
