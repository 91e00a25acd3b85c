"""Inequalities between values, as a condition is written (``x > 0``, ``y w^\\top x < 1``): which tokens are one."""

from __future__ import annotations

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
