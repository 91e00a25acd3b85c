"""A connective typed as a row's left side, ``\\text{hence} &= a^2 + 2a + 1``: words, not a name.

The row goes on from the one above (its left side is the chain's), as ``&= …`` does; read as written, the row was
a definition of an upright name "hence", and the step it shows was never checked. Only a connective in words
(``\\text``, ``\\mbox``; not ``\\mathrm``, not in capitals, which name) standing alone before the row's '=' is taken
so; ``\\text{hence } x = 3`` keeps its left side x.
"""

from __future__ import annotations

import re

#: The words a derivation's rows open with, lower case, without their spaces and punctuation.
CONNECTIVES = frozenset(
    {"hence", "thus", "so", "therefore", "then", "giving", "whichgives", "wegetthat", "weget", "ie", "thatis",
     "andso", "andhence", "andthus", "sothat", "finally", "simplifying", "expanding"}
)  # fmt: skip

_ROW_WORD = re.compile(
    r"(?P<lead>(?:^|\\\\)\s*)(?P<word>\\(?:text|textrm|textit|textbf|mbox)\s*\{(?P<inner>[^{}$\\]*)\})"
    r"(?=\s*(?:\\[,;:!]\s*|\\q?quad\s*)*&?\s*=)"
)


#: A row that opens with "Let" before a name as its left side, ``\\text{Let } f(x_i) &= …``: the row defines, in words
#: ("Let $x + y = 3$" states a condition, and stays as written).
_LET = re.compile(
    r"(?P<lead>(?:^|\\\\|\\begin\{[A-Za-z*]+\})\s*)(?P<word>\\(?:text|textrm|mbox)\s*\{\s*(?:[Ll]et|[Dd]efine)\s*\})"
    r"(?=\s*\\?[A-Za-z]+\s*(?:_\s*(?:\{[^{}=]*\}|\w))?\s*(?:\([^()=]*\))?\s*&?\s*=)"  # a name, f(x): no x + y
)


def blank_connectives(text: str) -> str:
    """``text`` with each row-opening connective before the row's '=' blanked, and each "Let" before a row's left
    side (offsets kept)."""
    text = _LET.sub(lambda m: m.group("lead") + " " * len(m.group("word")), text)

    def blank(match: re.Match[str]) -> str:
        inner = match.group("inner")
        word = re.sub(r"[^a-z]", "", inner.lower())
        capitals = sum(letter.isupper() for letter in inner)
        if word not in CONNECTIVES or capitals > 1:  # \text{SO}: a name in capitals, not the word "so"
            return match.group(0)
        return match.group("lead") + " " * len(match.group("word"))

    return _ROW_WORD.sub(blank, text)


#: A row that opens with ∵, ``\\because \\ln 1 &= 0 \\\\``, up to its end: a reason given between two rows of a
#: chain, which goes on across it (read as a row, it had started a chain of its own that the next ``&= …`` continued).
_REASON = re.compile(r"(?:(?<=\\\\)|^)(?P<row>[ \t\n]*\\because(?![A-Za-z]).*?)(?:\\\\|(?=\\end\{)|\Z)", re.S)


#: A reason after a row's math, set apart by a wide space, up to the row's end: ``&= … \\quad \\because
#: \\frac{d}{du} f = \\frac{df}{dg} \\frac{dg}{du} \\tag{1} \\\\`` (a blog's chain rule beside its step).
_TRAILING = re.compile(
    r"\\q?quad\s*(?:(?:\\left\s*)?\(\s*)?"  # also in parentheses, \quad(\because …)
    r"(?P<row>\\because(?![A-Za-z])(?:(?!\\\\|\\end\{|&).)*)(?=\\\\|\\end\{|\Z)",
    re.S,
)


def _a_reason(row: str) -> bool:
    """Whether a row that opens with \\because states a reason of its own: something before its first '&', and no
    line inside it that opens with '&' (``\\because`` alone, then ``&= x(x + 3)``, is a step the row may hold)."""
    return re.match(r"\s*\\because\s*[^&\s]", row) is not None and re.search(r"\n\s*&", row) is None


def reason_rows(text: str) -> list[tuple[int, str]]:
    """Each row of ``text`` that opens with \\because, and each reason after a row's math: the line it starts on
    (0-based, in ``text``) and the reason."""
    rows = [(text.count("\n", 0, m.start("row") + len(m["row"]) - len(m["row"].lstrip())), m["row"].strip())
            for m in _REASON.finditer(text) if _a_reason(m["row"])]  # fmt: skip
    trailing = [(text.count("\n", 0, m.start("row")), m["row"].strip()) for m in _TRAILING.finditer(text)]
    return sorted([*rows, *trailing])


def reason_conditions(rows: list[tuple[int, str]]) -> str:
    """The reasons among ``rows`` that state a condition (``\\because x > 0``, ``\\because x = 1``,
    ``\\because \\sum_i y_i = 1``), joined: what a link below may hold under; an identity given as a reason
    (``\\because \\ln(1) = 0``) conditions nothing."""
    from derive.read.displayed_conditions import CONDITION_SHAPE
    from derive.read.lead_sums import SUM_TO_ONE

    found = []
    for _, row in rows:
        body = re.sub(r"\\because|&|\\[,;:!]|\\q?quad", " ", row).strip().rstrip(".,")
        if CONDITION_SHAPE.fullmatch(body) or SUM_TO_ONE.match(re.sub(r"\s+|\\left|\\right", "", body)):
            found.append(row)
    return "; ".join(found)


def blank_reasons(text: str) -> str:
    """``text`` with each row that opens with \\because blanked, its ``\\\\`` too (lines and offsets kept)."""
    text = _REASON.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)) if _a_reason(m["row"]) else m.group(0), text)
    return _TRAILING.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


__all__ = ["CONNECTIVES", "blank_connectives", "blank_reasons", "reason_conditions", "reason_rows"]
