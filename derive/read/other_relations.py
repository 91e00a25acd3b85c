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


#: A brace with a note: ``\\underbrace{…}_``, ``\\overbrace{…}^``.
_BRACE = re.compile(r"\\(?:underbrace|overbrace)\s*\{")


def _group_end(text: str, at: int) -> int | None:
    """The index past the brace group that opens at ``text[at]``, or None."""
    depth = 0
    for end in range(at, len(text)):
        depth += {"{": 1, "}": -1}.get(text[end], 0) if text[end - 1 : end] != "\\" else 0
        if depth == 0:
            return end + 1
    return None


def brace_notes(display: Display) -> list[Unchecked]:
    """The equalities a brace's note states (``\\underbrace{x + x}_{= 3x}``), each listed as a part not checked:
    the page shows it, and derive reads the brace's content alone (a probe's x + x = 3x had passed unseen)."""
    notes = []
    for brace in _BRACE.finditer(display.text):
        end = _group_end(display.text, brace.end() - 1)
        script = re.match(r"\s*[_^]\s*\{", display.text[end:]) if end is not None else None
        close = _group_end(display.text, end + script.end() - 1) if end is not None and script else None
        if end is None or script is None or close is None:
            continue
        note = display.text[end + script.end() : close - 1]
        if "=" in re.sub(r"\\(?:text|mathrm|mbox)\s*\{[^{}]*\}", "", note):
            line = display.line + display.text.count("\n", 0, brace.start())
            why = f"an equality in a brace's note ({note.strip()}) is not checked: write it as a display of its own"
            notes.append(Unchecked(line, why, part=True))
    return notes


#: A remark in the display that limits its claim in words derive does not read as a case: "\\text{(off-diagonal)}",
#: "\\text{otherwise}", "\\text{else}", "\\text{elsewhere}", "\\text{unless …}", "\\text{except …}", or a
#: condition in words, "\\text{for positive } x", "\\text{on } (0, \\infty)" (not "\\text{for all } x").
_LIMITING = re.compile(
    r"\\(?:text|textrm|mbox|textit)\s*\{[^{}]*?(?<![\w-])(?P<words>(?:off-?)?diagonal|otherwise|else(?:where)?|unless|except"
    r"|(?:the\s+)?(?:other|remaining)\s+(?:entries|cases?)|in\s+that\s+case"
    r"|(?:for|if|when|whenever|on|where|provided|given|assuming)\b"
    r"(?!\s+(?:all|every|any|each)\b(?!\s+(?:positive|negative|non-?negative|non-?zero|nonzero)\b)))\b[^{}]*\}"
    r"(?!\s*(?:\\[;,:!]\s*|\\quad\s*)*(?:[a-z]\s*(?:=|\\neq?\b|\\not\s*=)\s*(?:[a-z]\b|\d)"  # not "\text{if} \; i = j"
    r"|\\?[A-Za-z]+\s*\\in\s*\\mathbb\s*(?:\{\s*R\s*\}|R)(?!\s*[_^]\s*\{?\s*[+\-<>\\0])))",  # nor "x \in \mathbb{R}^n"
    re.I,
)


def limiting_remark(display: Display) -> str:
    """The words of a remark in ``display`` that limit its claim to a case derive does not read, or "": its links are
    not refuted where such a case may not hold (a probe's −s_i s_k ``\\text{(off-diagonal)}`` was refuted at i = k)."""
    if re.search(r"\\begin\s*\{d?cases\*?\}", display.text):  # a cases environment reads its own "otherwise"
        return ""
    found = _LIMITING.search(display.text)
    if found is None:
        return ""
    inside = found.group(0)[found.group(0).index("{") + 1 : -1].strip()  # "for positive", not "for" alone
    return f"'{inside}', in the display"


__all__ = ["brace_notes", "limiting_remark", "relation_note"]
