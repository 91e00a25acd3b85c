"""Inequalities between values, as a condition is written (``x > 0``, ``y w^\\top x < 1``): which tokens are one."""

from __future__ import annotations

from collections.abc import Collection

from sympy import Ge, Gt, Le, Lt

from derive.read.latex_lexer import Token
from derive.read.rows import at_top

#: Inequalities written between two values: the command (or symbol) and the SymPy relation.
INEQUALITIES = {"<": Lt, "lt": Lt, ">": Gt, "gt": Gt, "le": Le, "leq": Le, "leqslant": Le, "ge": Ge,
                "geq": Ge, "geqslant": Ge}  # fmt: skip


def key(token: Token) -> str:
    """A token's command name, or its kind (``<``)."""
    return token.value if token.kind == "command" else token.kind


def holds_inequality(tokens: list[Token]) -> bool:
    """Whether ``tokens`` hold an inequality at their top level (a condition on values, not on indices)."""
    return any(top and key(token) in INEQUALITIES for token, top in at_top(tokens))


#: Equalities a case may state of a number: y = 1, y \neq 1.
EQUALITIES = frozenset({"=", "neq", "ne"})


def scalar_at_number(tokens: list[Token], scalars: Collection[str]) -> bool:
    """Whether ``tokens`` say a scalar of the page is or is not a number, ``y = 1``, ``y \\neq -1`` (a case on a
    value, as CE(p, y) is defined for a label y ∈ {±1}; a case on two indices, i = k, is another reading)."""
    if len(tokens) < 3 or tokens[0].kind != "letter" or tokens[0].value not in scalars:
        return False
    number = tokens[2:]
    if number and number[0].kind in ("-", "+"):
        number = number[1:]
    return key(tokens[1]) in EQUALITIES and len(number) == 1 and number[0].kind == "number"


def entry_at_number(tokens: list[Token], vectors: Collection[str]) -> int:
    """Where the relation stands when ``tokens`` say an entry of a vector of the page is or is not a number,
    ``y_k = 1``, ``y_{i} \\neq 0`` (a case on a label's value, as the log loss is defined for y_k ∈ {0, 1});
    0 when they do not."""
    if len(tokens) < 5 or tokens[0].kind != "letter" or tokens[0].value not in vectors or tokens[1].kind != "_":
        return 0
    at = 3
    if tokens[2].kind == "{":
        close = next((k for k in range(3, len(tokens)) if tokens[k].kind == "}"), None)
        if close is None or close == 3 or any(t.kind != "letter" for t in tokens[3:close]):
            return 0
        at = close + 1
    elif tokens[2].kind != "letter":
        return 0
    if at >= len(tokens) or key(tokens[at]) not in EQUALITIES:
        return 0
    number = tokens[at + 1 :]
    if number and number[0].kind in ("-", "+"):
        number = number[1:]
    return at if len(number) == 1 and number[0].kind == "number" else 0
