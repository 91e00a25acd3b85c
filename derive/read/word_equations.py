"""An equation in dollars inside a display's words (``\\text{and $y = 2$}``): math, as TeX sets it, read as such.

TeX switches back to math inside ``$…$`` within ``\\text{…}``, ``\\mbox{…}`` and their kin, so ``\\text{$x + x = 3x$}``
shows the equation x + x = 3x. Kept as words, it was shown and never checked nor listed (a probe's silent skip)."""

from __future__ import annotations

import re

#: A command whose braced argument is text, where ``$…$`` is math again.
_WORDS = re.compile(r"\\(?P<command>text|textrm|textit|textbf|textsf|textnormal|mbox)\s*\{")
#: A formula that only names a case between two letters (``split the sum at $i = k$``, derive's own rule names).
_CASE = re.compile(r"\s*[A-Za-z]\s*(?:=|\\neq?(?![A-Za-z]))\s*[A-Za-z]\s*")


def lifted_equations(text: str) -> str:
    """``text`` with each equation in dollars inside a word group written outside it, between the words before and
    after it: ``\\text{and $y = 2$}`` is ``\\text{and }y = 2``, ``\\text{$x = 1$}`` is ``x = 1``. Math with no '='
    and a case named in words (``at $i = k$``) stay words; so does math in a group nested inside the words."""
    if "$" not in text:
        return text
    out, last = [], 0
    for words in _WORDS.finditer(text):
        if words.start() < last:
            continue
        pieces, end = _pieces(text, words.end())
        alone = not any(piece.strip(" \t\n.,;:") for math, piece in pieces if not math)  # \text{$a = b$.}: no words
        if end is None or not any(math and _claims(piece, alone) for math, piece in pieces):
            continue
        out += [text[last : words.start()], _written(words["command"], pieces, alone)]
        last = end + 1
    return "".join(out) + text[last:] if out else text


def _claims(formula: str, alone: bool) -> bool:
    """Whether a formula in words is an equation the page shows: one with an '=', unless words name it as a case."""
    return "=" in formula and (alone or _CASE.fullmatch(formula) is None)


def _pieces(text: str, start: int) -> tuple[list[tuple[bool, str]], int | None]:
    """The words and formulas of the group opened right before ``start`` (each formula a piece of its own, True for
    math), and where the group closes; None where it is left open."""
    pieces: list[tuple[bool, str]] = []
    depth, at, piece = 0, start, start
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
        elif char == "}":
            pieces.append((False, text[piece:at]))
            return pieces, at
        elif char == "$" and depth == 0:
            close = _closing(text, at + 1)
            if close is None:
                return pieces, None
            pieces += [(False, text[piece:at]), (True, text[at + 1 : close])]
            at = piece = close + 1
            continue
        at += 1
    return pieces, None


def _closing(text: str, start: int) -> int | None:
    """The '$' that closes a formula opened before ``start`` (an escaped ``\\$`` is no delimiter)."""
    at = start
    while at < len(text):
        if text[at] == "\\":
            at += 2
        elif text[at] == "$":
            return at
        else:
            at += 1
    return None


def _written(command: str, pieces: list[tuple[bool, str]], alone: bool) -> str:
    """The group written again: each equation outside it, the words around each in a group of their own (none where
    there are no words), line breaks kept."""
    written, words = [], ""
    for math, piece in pieces:
        if math and _claims(piece, alone):
            written += [f"\\{command}{{{words}}}" if words.strip() else words, piece]
            words = ""
        else:
            words += f"${piece}$" if math else piece
    written.append(f"\\{command}{{{words}}}" if words.strip() else words)
    return "".join(written)


__all__ = ["lifted_equations"]
