"""The entries a sum written out with dots shows, at a symbolic length: in ``p_1 + p_2 + \\dots + p_n`` (and
``\\frac{\\partial L}{\\partial p_1}\\frac{\\partial p_1}{\\partial x_i} + \\frac{\\partial L}{\\partial p_2} … + \\dots
+ …``) the entry 2 is the second term's, read so that ``written_out`` can find the pattern, which then stands for
all n terms. At symbolic n only entry 1 is surely an index (``latex_names.index_value``); here the entries up to the
count of terms shown before the dots are, for the terms of that one sum, and an entry beyond 1 that is left in the
result (a term outside the pattern, or a pattern that holds x_2 in every term) is refused as before: no claim is
read about an entry a length of 1 would not have.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sympy import Expr, Indexed, Integer, KroneckerDelta

from derive.read.latex_lexer import Token
from derive.read.names import Names
from derive.read.shapes import Shaped
from derive.read.written_out import DOTS_TERMS

if TYPE_CHECKING:
    from derive.read.latex_parser import Parser

_LEVEL = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}
#: Tokens that end the expression being read at its own level.
_ENDS = frozenset({"=", "&", "newline", ",", "<", ">"})


def terms_before_dots(tokens: list[Token], start: int) -> int:
    """How many terms stand before ``+ \\dots +`` in the expression that starts at ``start`` (0 without one)."""
    level, terms = 0, 1
    for at in range(start, len(tokens)):
        token = tokens[at]
        if token.kind == "command" and token.value in ("left", "right"):
            continue  # \\left( … \\right): its bracket counts as the level
        level += _LEVEL.get(token.kind, 0)
        if level < 0 or (level == 0 and token.kind in _ENDS):
            return 0
        if level or token.kind not in ("+", "-") or at == start:
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if following is not None and following.kind == "command" and following.value in DOTS_TERMS:
            return terms
        terms += 1
    return 0


@contextmanager
def shown_entries(parser: Parser) -> Iterator[int]:
    """While ``parser`` reads one expression: the entries its written-out sum shows read as indices (what was
    surely an index before is given, to check the result against)."""
    before = parser.shown_positions
    if not isinstance(parser.names.n, Integer):
        parser.shown_positions = max(before, terms_before_dots(parser.tokens, parser.position))
    try:
        yield before
    finally:
        parser.shown_positions = before


def within_shown(result: Expr, shown: int, names: Names, line: int) -> Expr:
    """``result`` of a written-out sum, refused where an entry beyond ``shown`` is left in it at symbolic n."""
    if isinstance(names.n, Integer):
        return result
    value = result.entry if isinstance(result, Shaped) else result
    numbers = [i for atom in value.atoms(Indexed) for i in atom.indices if isinstance(i, Integer)]
    numbers += [a for atom in value.atoms(KroneckerDelta) for a in atom.args if isinstance(a, Integer)]
    beyond = [int(number) for number in numbers if int(number) > shown]
    if beyond:
        from derive.read.function_hints import index_outside  # it reads with the parser that reads this

        raise index_outside(line, max(beyond), names.length_name, symbolic=True)
    return result


__all__ = ["shown_entries", "terms_before_dots", "within_shown"]
