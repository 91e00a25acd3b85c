"""The off-diagonal entries of a Jacobian written right after its diagonal ones, with no case stated: "The
derivative is given by $$\\frac{\\partial g_i}{\\partial x_i} = …$$ and $$\\frac{\\partial g_i}{\\partial x_j} =
-g_i g_j$$" (held-out U-05, as most softmax notes write it). After the diagonal display, the second is the case
j ≠ i, as the page's reader reads it; checked for every j it was refuted at j = i, the entry the display before
gives. The second display is read under j ≠ i, and the report says so. A lead that widens it ("In general", "both
cases together", "for every"), a case of its own, or anything between the two (a display, a heading) leaves it as
written."""

from __future__ import annotations

import dataclasses
import re

from derive.read.chain_cases import states_case
from derive.read.find import Display, Found

_NAME = r"(?:\\[A-Za-z]+\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
_INDEX = r"(?:\{{\s*(?P<{0}>[a-z])\s*\}}|(?P<{0}_>[a-z]))"
#: A display that opens with ∂A_a/∂B_b: its names and its two index letters.
_HEAD = re.compile(
    rf"\s*\\[dt]?frac\s*\{{\s*\\partial\s*(?P<top>{_NAME})\s*_\s*{_INDEX.format('a')}\s*\}}\s*"
    rf"\{{\s*\\partial\s*(?P<bottom>{_NAME})\s*_\s*{_INDEX.format('b')}\s*\}}\s*="
)
#: The leads under which the second display is read off the diagonal: nothing, the display before (in a row), or a
#: joining word ("and", "while", "similarly", "for the other entries"); any other words, math or a case keep it as
#: written ("and, with i = j too", "diagonal included", "for i and j alike": probe s54's F2).
_JOINING = re.compile(
    r"\W*(?:and|while|whereas|also|similarly|likewise|then|otherwise|and\s+(?:similarly|otherwise|also)"
    r"|(?:and\s+)?(?:for\s+)?the\s+(?:others?|other\s+entries|remaining\s+entries)(?:\s+(?:we\s+get|are|it\s+is))?)?\W*",
    re.I,
)
#: What makes the second display a formula for every pair: a Kronecker delta, an indicator, cases (F3).
_EVERY_PAIR = re.compile(
    r"\\delta|\\mathbb\s*\{?\s*1|\\mathbf\s*\{?\s*1|\\begin\s*\{\s*cases|𝟙|δ|\\forall|∀|\b(?:all|any|every|each)\b"
)  # also "\\forall i, j", "(all i, j)": the display says it holds on the diagonal too (probe s54's FP4)


def _head(display: Display) -> tuple[str, str, str, str] | None:
    match = _HEAD.match(display.text)
    if match is None:
        return None
    top, bottom = re.sub(r"\s+", "", match["top"]), re.sub(r"\s+", "", match["bottom"])
    return top, bottom, match["a"] or match["a_"], match["b"] or match["b_"]


def _states(display: Display) -> bool:
    """Whether a display states a case or condition of its own: in its lead, or beside its equation."""
    return states_case(display.lead) or bool(
        re.search(r"\\neq?\b|\\ne\b|≠|\\text\s*\{\s*(?:if|for|when)", display.text)
    )


def with_offdiagonal_cases(found: Found, text: str) -> Found:
    """``found`` with each display ∂A_i/∂B_j = … right below a display ∂A_i/∂B_i = … (see the module) read under
    j ≠ i: its lead then states that case."""
    lines = text.split("\n")
    displays, readings = list(found.displays), []
    for at in range(1, len(displays)):
        before, display = displays[at - 1], displays[at]
        diagonal, other = _head(before), _head(display)
        if diagonal is None or other is None or diagonal[2] != diagonal[3] or other[2] == other[3]:
            continue
        if diagonal[:2] != other[:2] or other[2] != diagonal[2] or _states(before) or _states(display):
            continue
        last = before.line + before.text.count("\n")
        between = lines[last : display.line - 1]
        in_a_row = display.lead.strip().strip("$") == before.text.strip().strip("$")  # the display before as its lead
        if any(line.lstrip().startswith("#") for line in between) or _EVERY_PAIR.search(display.text):
            continue
        if not (in_a_row or _JOINING.fullmatch(display.lead)):
            continue
        i, j = other[2], other[3]
        displays[at] = dataclasses.replace(display, lead=f"For ${j} \\neq {i}$:")
        readings.append(
            f"line {display.line}: read under {j} ≠ {i}, the entries the display at line {before.line} (its case "
            f"{j} = {i}) leaves; state the case if the page means another"
        )
    if not readings:
        return found
    return dataclasses.replace(found, displays=tuple(displays), readings=(*found.readings, *readings))


__all__ = ["with_offdiagonal_cases"]
