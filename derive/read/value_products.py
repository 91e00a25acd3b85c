"""A name defined as a value, before parentheses: ``\\hat{y}(1 - y)`` is the product derivations write (a value
times the complement of one name), where ``\\hat{y}(z)`` reads two ways (the value applied to z, or times z) and is
refused, naming what the parentheses hold."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.names import ACCENTS


def parenthesized(tokens: list[Token], at: int) -> str:
    """The tokens in the parentheses that open at ``at``, as the page writes them (spaced)."""
    level, inside = 0, []
    for item in tokens[at:]:
        level += {"(": 1, ")": -1}.get(item.kind, 0)
        if level == 0:
            break
        inside.append(item.describe())
    return " ".join(inside[1:])


def complement_factor(tokens: list[Token], at: int) -> bool:
    """Whether the parentheses that open at ``at`` hold 1 − a or 1 + a of one name a (``(1 - y)``,
    ``(1 - \\hat{y})``): the factor derivations write beside a value; no function is applied so."""
    ahead = tokens[at + 1 : at + 4]
    if len(ahead) < 3 or (ahead[0].kind, ahead[0].value) != ("number", "1") or ahead[1].kind not in ("+", "-"):
        return False
    level, operators = 1, 0
    for item in tokens[at + 3 :]:
        level += {"(": 1, ")": -1, "{": 1, "}": -1}.get(item.kind, 0)
        if level == 0:
            return item.kind == ")" and operators == 0
        operators += level == 1 and item.kind in ("+", "-", "command") and item.value not in ACCENTS
    return False


__all__ = ["complement_factor", "parenthesized"]
