"""A display derive does not check as an equation, said so: one that holds another relation (≤, ≠, ∈), and one
whose '=' TeX shows but the source sets as text (``x + 0 \\text{=} x + 1``, which had been "no '='", and the file
passed). ``3 != 3`` is ≠ as code types it, or 3! = 3 as TeX sets it: an equality left unchecked either way."""

from __future__ import annotations

import re

from derive.read.find import Display, Unchecked
from derive.read.latex_lexer import Token
from derive.read.rows import has_equality, other_relation

#: An equals sign set as text, ``\\text{=}``, ``\\mbox{ = }``: TeX shows it as any other.
_TEXT_EQUALS = re.compile(r"\\(?:text|mbox|textrm|textnormal|textup|hbox)\s*\{\s*=\s*\}")


def relation_note(display: Display, tokens: list[Token]) -> Unchecked | None:
    """Why ``display`` (read as ``tokens``) holds nothing derive checks, or None for an equation it reads."""
    relation = other_relation(tokens)
    if relation is not None:
        typed = relation == "≠" and "!=" in re.sub(r"\s", "", display.text)
        why = ", or an '=' after '!' (3! = 3, as TeX sets it)" if typed else ""
        return Unchecked(
            display.line, f"holds '{relation}'{why}: derive checks equalities (=) only", has_equality(tokens) or typed
        )
    if _TEXT_EQUALS.search(display.text):
        why = "an '=' set as text (\\text{=}): write = itself, and the equation is checked"
        return Unchecked(display.line, f"unreadable: {why}")
    return None


__all__ = ["relation_note"]
