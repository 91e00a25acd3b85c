"""Words and upright letters inside math: ``\\mathrm{e}`` is e, ``\\mathrm{d}`` is d, and ``\\text{ where …}`` is prose.

A ``\\text{…}`` (or ``\\textrm``, ``\\mbox``) holding a word, at the top level of a row, ends that row's math: the
rest of the row is a remark (``= \\delta_{ik} \\text{ where } …``, ``\\quad (\\text{since it is one-hot})``) and is
not read. A remark that holds an '=' of its own would be an equation skipped silently, so it is refused.
"""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token

WORDS = frozenset({"text", "textrm", "textit", "textbf", "mbox", "mathrm", "operatorname", "mathit", "mathbf"})
#: Fonts: typography only (\\mathbb{\\theta}_i is θ_i, \\mathbf{x} is x); \\mathbb{1} is the indicator, not a font.
FONTS = frozenset({"mathbb", "mathbf", "boldsymbol", "bm", "mathit", "mathsf", "pmb"})
PROSE = frozenset({"text", "textrm", "textit", "textbf", "mbox"})
SPACES = frozenset({"quad", "qquad", ",", ";", ":", "!", " "})


def _group(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    """The tokens of the braced group that starts at ``at`` and the index after it ([], at when none)."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return [], at
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return tokens[at + 1 : end], end + 1
    return [], at


def _is_word(inner: list[Token]) -> bool:
    letters = [t for t in inner if t.kind == "letter"]
    return len(letters) >= 2 or any(t.kind not in ("letter",) for t in inner)


def _top_level_equals(tokens: list[Token]) -> bool:
    level = 0
    for token in tokens:
        level += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        if token.kind == "=" and level <= 0:
            return True
    return False


def _row_end(tokens: list[Token], at: int) -> int:
    for end in range(at, len(tokens)):
        if tokens[end].kind == "newline":
            return end
    return len(tokens)


def read_prose(tokens: list[Token]) -> list[Token]:
    """The tokens with upright single letters unwrapped and each row's trailing remark taken off."""
    kept: list[Token] = []
    level = 0
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in FONTS:
            inner, after = _group(tokens, at + 1)
            if inner and not (token.value == "mathbb" and [t.value for t in inner] == ["1"]):
                if len(inner) == 1:
                    only = inner[0]
                    kept.append(Token(only.kind, only.value, only.line, token.start, tokens[after - 1].end, token.gap))
                else:
                    kept.extend(inner)
                at = after
                continue
        if token.kind == "command" and token.value in WORDS:
            inner, after = _group(tokens, at + 1)
            if len(inner) == 1 and inner[0].kind == "letter" and token.value not in PROSE | {"operatorname"}:
                letter = inner[0]  # \mathrm{e}, \mathrm{d}: the letter, upright, shown as written
                kept.append(
                    Token(letter.kind, letter.value, letter.line, token.start, tokens[after - 1].end, token.gap)
                )
                at = after
                continue
            if token.value in PROSE and inner and _is_word(inner) and level <= 1:
                opened = level == 1 and kept and kept[-1].kind == "("
                if level == 0 or opened:
                    end = _row_end(tokens, after)
                    remark = tokens[after:end]
                    if _top_level_equals(remark):
                        raise InputError(
                            f"line {token.line}: an equation after the words \\{token.value}{{…}} in one row: "
                            "put each equation on a row of its own"
                        )
                    if opened:
                        kept.pop()
                        level -= 1
                    while kept and kept[-1].kind == "command" and kept[-1].value in SPACES:
                        kept.pop()
                    at = end
                    continue
        if token.kind == "command" and token.value == "forall" and level == 0:
            while kept and kept[-1].kind == ",":  # ", \\forall i = 1, 2, 3": the range the row holds for
                kept.pop()
            at = _row_end(tokens, at)
            continue
        if token.kind in ("{", "(", "["):
            level += 1
        elif token.kind in ("}", ")", "]"):
            level -= 1
        elif token.kind == "newline":
            level = 0
        kept.append(token)
        at += 1
    while kept and kept[-1].kind == "command" and kept[-1].value in SPACES:
        kept.pop()
    return kept
