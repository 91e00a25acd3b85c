"""An upright word that opens a row as its left side: ``\\text{Loss} = …``, ``\\text{sigmoid} (x) = …`` (a space
before the argument list) and ``\\text{relu} \\space x = …`` (applied by a space). Read as words, the row's '=' was
a remark's, and the display was refused as "a remark after the math states a relation" (a survey's S-04, S-09):
such a word is a name, applied where an argument follows, and read (or refused as an unknown name) as one."""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: Spaces typed between a name and its argument.
_SPACES = frozenset({"space", " ", ",", ";", ":", "!", "quad"})


#: Words that open a remark or a case, never a name: ``&& \\text{if } i = k``.
_PROSE = frozenset({"if", "for", "when", "whenever", "where", "and", "or", "so", "hence", "thus", "since", "with",
                    "then", "as", "because", "unless", "otherwise", "else", "is", "at", "on", "in", "by"})  # fmt: skip


def heads_row(tokens: list[Token], at: int, word: str = "") -> bool:
    """Whether the tokens from ``at``, right after a row's opening upright ``word``, make it the row's left side: an
    '=' there, or an argument list ``(x)``, or one letter after a typed space (``\\space x``), and then the '='. A
    word of prose (if, where, …) heads nothing but a plain '='."""
    if at < len(tokens) and tokens[at].kind == "=":
        return True
    if word.strip().lower() in _PROSE:
        return False
    start = at
    while at < len(tokens) and tokens[at].kind == "command" and tokens[at].value in _SPACES:
        at += 1
    if at < len(tokens) and tokens[at].kind == "(":
        level = 0
        for end in range(at, len(tokens)):
            level += (tokens[end].kind == "(") - (tokens[end].kind == ")")
            if level == 0:
                at = end + 1
                break
        else:
            return False
    elif at > start and at + 1 < len(tokens) and tokens[at].kind == "letter" and tokens[at + 1].kind == "=":
        at += 1
    return at < len(tokens) and tokens[at].kind == "="


__all__ = ["heads_row"]
