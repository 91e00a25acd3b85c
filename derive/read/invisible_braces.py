"""Braces TeX does not show between a name and parentheses: ``LSE{(a + b)}``, ``f{}(x)``, ``\\sigma{(z)}``. TeX sets
each as the name applied, LSE(a + b); read as a group of their own, they hid the parentheses from the rules that
ask whether a name is applied, and LSE{(a + b)} = LSE{(a)} + LSE{(b)} was proven as products (probe s52's r2p)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.read.latex_lexer import Token


def _partners(tokens: list[Token]) -> dict[int, int]:
    """Where each brace and parenthesis that opens closes (one pass: a hostile formula costs its length only)."""
    partners: dict[int, int] = {}
    open_at: dict[str, list[int]] = {"{": [], "(": []}
    for at, token in enumerate(tokens):
        if token.kind in open_at:
            open_at[token.kind].append(at)
        elif token.kind in ("}", ")"):
            stack = open_at["{" if token.kind == "}" else "("]
            if stack:
                partners[stack.pop()] = at
    return partners


def _names(token: Token) -> bool:
    """Whether ``token`` writes a name that parentheses after it may apply: a letter, a word, a Greek letter."""
    from derive.read.names import GREEK  # it reads the lexer's tokens

    return token.kind == "letter" or (token.kind == "command" and token.value in GREEK) or token.kind == "'"


def unbraced(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the braces TeX does not show between a name and parentheses (see the module)."""
    kept: list[Token] = []
    partners: dict[int, int] | None = None
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "{" and at and _names(tokens[at - 1]) and at + 1 < len(tokens):
            partners = _partners(tokens) if partners is None else partners
            end = partners.get(at)
            if end == at + 1 and end + 1 < len(tokens) and tokens[end + 1].kind == "(":  # f{}(x)
                at = end + 1
                continue
            first = at + 2 if (tokens[at + 1].kind, tokens[at + 1].value) == ("command", "left") else at + 1
            if end is not None and partners.get(first) == end - 1:  # LSE{(a + b)}: its parentheses, as TeX shows
                kept.extend(tokens[at + 1 : end])
                at = end + 1
                continue
        kept.append(token)
        at += 1
    return kept


__all__ = ["unbraced"]
