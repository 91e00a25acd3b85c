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


def blank_connectives(text: str) -> str:
    """``text`` with each row-opening connective before the row's '=' blanked (offsets kept)."""

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


def reason_rows(text: str) -> list[tuple[int, str]]:
    """Each row of ``text`` that opens with \\because: the line it starts on (0-based, in ``text``) and the row."""
    return [(text.count("\n", 0, m.start("row") + len(m["row"]) - len(m["row"].lstrip())), m["row"].strip())
            for m in _REASON.finditer(text)]  # fmt: skip


def blank_reasons(text: str) -> str:
    """``text`` with each row that opens with \\because blanked, its ``\\\\`` too (lines and offsets kept)."""
    return _REASON.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


__all__ = ["CONNECTIVES", "blank_connectives", "blank_reasons", "reason_rows"]
