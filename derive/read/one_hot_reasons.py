"""A reason in words that the labels are one-hot, or sum to one ("but since the true labels are one-hot encoded,",
"since $y$ is a one-hot vector, it sums to 1, we get"): a condition on the display below that derive does not read
as an assumption. A counterexample may break it, so it refutes nothing; where the reason names a vector the link
writes, a refutation is tried again with that vector one-hot, and stands with a counterexample that keeps it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sympy import S

from derive.engine.step import Assumption
from derive.read.find import Display
from derive.read.lead_sums import LABEL_WORDS
from derive.read.links import Link
from derive.read.prose_conditions import ProseCondition, conditions_over
from derive.read.unread_cases import unread_case

#: A reason that the labels are one-hot, or sum to one, in words ("but since the true labels are one-hot encoded,"):
#: a condition on the display below that names no vector, so derive reads none (``take_one_hot_prose`` takes a named
#: one that is no reason).
ONE_HOT_REASON = re.compile(
    r"\b(?:since|because|(?<!such\s)as|given\s+that|using\s+that)\b(?![^.]*\b(?:not|never|need\s+not)\s+(?:\w+\s+)?"
    r"(?:one[- ]hot|sum))[^.]*\b(?:one[- ]hot|indicator\s+vector|standard\s+basis|sums?\s+to\s+(?:one|1)\b)",
    re.I,
)

#: The vector a reason in words says is one-hot: "since $y$ is a one-hot vector", "as \mathbf{t} is one-hot".
_ONE_HOT_NAMED = re.compile(
    r"(?:^|(?<=[\s$(]))(?:\\(?:mathbf|boldsymbol|bm)\{)?([A-Za-z])\}?\s*\$?\s+is\s+(?:a\s+|an\s+)?one[- ]hot"
    r"|\$\s*(?:\\(?:mathbf|boldsymbol|bm)\{)?([A-Za-z])\}?\s*\$\s+one[- ]hot"  # "with $y$ one-hot"
    r"|\bone[- ]hot\s+(?:(?:target|label|vector)s?\s+)?\$\s*(?:\\(?:mathbf|boldsymbol|bm)\{)?([A-Za-z])\}?\s*\$",
    re.I,
)


def with_unheld(
    link: Link, display: Display, conditions: tuple[ProseCondition, ...] = (), held: Sequence[Assumption] = ()
) -> Link:
    """``link`` marked with the condition its display's lead states that derive does not read, and with the
    conditions the prose states above it on scalars (``derive.read.prose_conditions``); a reason that the labels are
    one-hot is none where the link writes no vector, or where the page (``held``) or the link's lead as read holds
    one of its vectors one-hot already (summing to one, for a reason that says only that). So is a case in words
    derive did not read (``derive.read.unread_cases``)."""
    stated = tuple((c.line, c.text, c.relation) for c in conditions_over(conditions, display))
    vectors = link.bases
    case = unread_case(display) if link.condition == S.true else ""  # "Whenever $i=k$:": a case derive did not read
    display = dataclasses.replace(display, unheld=display.unheld or case)
    reason = ONE_HOT_REASON.search(display.unheld) or LABEL_WORDS.search(display.unheld)  # "For a one-hot $y$:"
    hot = reason is not None and re.search(r"one[- ]hot|indicator|basis", reason.group(0), re.I) is not None
    kinds = ("one-hot",) if hot else ("one-hot", "sum-to-one", "rows-sum-to-one")
    labels = any(a.kind in kinds and a.vector in vectors for a in (*held, *link.constraints))
    unheld = "" if (labels or not vectors) and reason else display.unheld
    named = _ONE_HOT_NAMED.search(display.unheld) if reason and unheld else None  # "since $y$ is one-hot"
    maths = [re.sub(r"\\(?:mathbf|boldsymbol|bm)|[\s{}]", "", m) for m in re.findall(r"\$([^$]*)\$", display.unheld)]
    letter = next(g for g in named.groups() if g) if named is not None else None
    alone = letter is not None and all(math == letter for math in maths)
    letter = letter if alone else None  # "… and $s$ sums to 1", "(with $y_k = 1$)": what else it states is not held
    base = next((b for b in vectors if letter is not None and str(b.label) == letter), None)
    holds = () if base is None else (Assumption("one-hot", f"{base} is one-hot", None, base),)
    return dataclasses.replace(link, unheld=unheld, stated=stated, unheld_holds=holds) if unheld or stated else link


__all__ = ["ONE_HOT_REASON", "with_unheld"]
