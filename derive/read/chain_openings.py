"""Where a chain opens when the sides before its last could not be read: at its last side, read alone, so that a
display below that starts with '=' goes on from it (∂LS/∂z_i = 1 − s_i with LS undefined, then "= …")."""

from __future__ import annotations

from collections.abc import Callable

from sympy import Basic, Expr

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.links import Link
from derive.read.three_index import entries_of


def opened_last(
    sides: list[list[Token]],
    read: Callable[[list[Token]], tuple[Expr, tuple[Expr, ...], str]],
    condition: Basic,
    constraints: tuple[Assumption, ...],
    number: int,
) -> Link | None:
    """Where a chain whose sides before its last could not be read opens, for a display below that starts with '=':
    at its last side, read alone (∂LS/∂z_i = 1 − s_i with LS undefined: "= …" below goes on from 1 − s_i). None
    where the chain has one side, or its last cannot be read either, or where the sides not read may state what
    the last holds under: a bar (``\\right|_{i \\neq k}``, ``\\Big|_{w=0}``, an evaluation at a case or a point)
    or a relation inside them (``_{i = k}``), which reading the last side alone would drop."""
    if len(sides) < 2 or not sides[-1] or any(_states(token) for side in sides[:-1] for token in side):
        return None
    try:
        expr, nonzero, text = read(sides[-1])
    except InputError:
        return None
    (head,), _ = entries_of([expr])
    line = sides[-1][0].line
    return Link(
        line, head, head, text, text, condition, constraints, head, number, len(sides) - 1, nonzero, opening=True,
        whole=expr,
    )  # fmt: skip


#: What in a side not read may state a case or a point for the chain: a bar, a relation.
_STATING = frozenset({"|", "=", "<", ">"})
_STATING_COMMANDS = frozenset({"vert", "mid", "rvert", "lvert", "Vert", "neq", "ne", "leq", "geq", "le", "ge", "in"})


def _states(token: Token) -> bool:
    return token.kind in _STATING or (token.kind == "command" and token.value in _STATING_COMMANDS)
