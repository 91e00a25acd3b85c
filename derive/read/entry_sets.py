"""A vector written as the list of its entries in set braces: ``\\mathbf{x} = \\{ x_1, x_2, ..., x_n \\}``.

Set braces around one vector's entries, in order, with dots up to the last (``x_1, x_2, \\dots, x_n``), list that
vector: the column of those entries, read as a matrix with dots is (``latex_indicators.pattern``), so that a page
that writes its vectors so has them read. Only there: two entries alone (``\\{a, b\\}``), entries of two vectors,
or anything that is no entry stays a set, refused as before; and the pattern must hold (``x_1, x_3, \\dots, x_n``
is refused by it), and the last entry must be at a length of the page (``x_n``; ``x_k``, the first k entries,
stays a set).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import Expr

from derive.read.latex_lexer import Token

if TYPE_CHECKING:
    from derive.read.latex_indicators import IndicatorParser

#: The dots a list of entries is written with (``...`` is three periods).
_DOTS = frozenset({"dots", "ldots", "cdots", "dotsc", "dotsb"})
_OPENING = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}


def _items(tokens: list[Token], start: int) -> tuple[list[list[Token]], int] | None:
    """The comma-separated items from ``start`` up to the closing ``\\}``, and where it stands; None if unclosed."""
    items: list[list[Token]] = [[]]
    level = 0
    for at in range(start, len(tokens)):
        token = tokens[at]
        if token.kind == "command" and token.value in ("{", "}"):
            if token.value == "}" and level == 0:
                return items, at
            level += 1 if token.value == "{" else -1
        level += _OPENING.get(token.kind, 0)
        if token.kind == "," and level == 0:
            items.append([])
        else:
            items[-1].append(token)
    return None


def _dots(item: list[Token]) -> bool:
    """Whether an item is the dots of the list: ``\\dots`` (and kin) or ``...``."""
    single = len(item) == 1 and item[0].kind == "command" and item[0].value in _DOTS
    return single or (len(item) >= 2 and all(t.kind == "." for t in item))


def _entry_of(item: list[Token]) -> str | None:
    """The letter of the vector an item is an entry of (``x_1``, ``x_{n}``), else None."""
    if len(item) == 3 and item[0].kind == "letter" and item[1].kind == "_" and item[2].kind in ("letter", "number"):
        return item[0].value
    braced = len(item) == 5 and [t.kind for t in item[1:3]] == ["_", "{"] and item[4].kind == "}"
    return item[0].value if braced and item[0].kind == "letter" and item[3].kind in ("letter", "number") else None


def entry_set(parser: IndicatorParser) -> Expr | None:
    """``\\{ x_1, x_2, ..., x_n \\}`` (the ``\\{`` just taken): the column of x's entries; None, and nothing taken,
    for any other set."""
    found = _items(parser.tokens, parser.position)
    if found is None:
        return None
    items, close = found
    dots = [item for item in items if _dots(item)]
    entries = [item for item in items if not _dots(item)]
    letters = {_entry_of(item) for item in entries}
    if not dots or len(entries) < 2 or len(letters) != 1 or None in letters or _dots(items[0]):
        return None
    last = [t for t in entries[-1] if t.kind in ("letter", "number")][-1]
    lengths = parser.names.lengths()
    if not (last.value in lengths.values() or (last.kind == "number" and int(last.value) in lengths)):
        return None  # \{x_1, x_2, \dots, x_k\}: the first k entries, which are x only where k is its length
    rows = [[[Token("command", "vdots", item[0].line)]] if _dots(item) else [item] for item in items]
    parser.position = close + 1
    return parser.pattern(rows)


__all__ = ["entry_set"]
