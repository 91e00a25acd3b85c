"""The rows below a definition's row (``L &= x^2 \\\\ &\\quad + x``) that carry its expression on: a row that opens
with an operator, past its ``&``, spacing, ``\\phantom{=}`` and ``{}``, and holds no relation of its own. A row
with a relation is an equation of its own (``-y &= 2``: merged, u := x^2 − v had proven a false sum, probe s51-A's
g11); a row with neither, or with a case beside it, leaves the definition in doubt: read from its first row alone,
L = x^2 below ``\\\\ {}+ x^3`` written otherwise had proven dL/dx = 2x (probe s51-A's k4 … k12)."""

from __future__ import annotations

from derive.read import trailing_labels as around
from derive.read.latex_lexer import WIDE_GAPS, Token
from derive.read.relation_names import IMPLIES, RELATIONS
from derive.read.rows import at_top, group_end

#: What opens a row that carries on the expression above it.
_OPERATORS = frozenset({"+", "-", "*", "cdot", "times", "pm", "mp", "odot", "circ"})
#: Spacing that shows no math, alone.
_SPACING = frozenset({"quad", "qquad", ",", ";", ":", "!", " ", "enspace", "thinspace", "notag", "nonumber"})
#: Commands that show no math with their group: ``\\phantom{=}``, ``\\hspace{1em}``, a label.
_HIDDEN = frozenset({"phantom", "hphantom", "vphantom", "hspace", "label", "tag", "mskip", "mkern"})
#: Commands whose group shows no math where the group holds none: ``\\mathrel{\\phantom{=}}``, ``{}``.
_WRAPPERS = frozenset({"mathrel", "mathbin", "mathord"})
#: Commands of words: a row that holds them before its relation states a case or a remark there.
_WORDED = frozenset({"text", "textrm", "mbox", "textit", "textbf", "quad", "qquad"})
#: Why a definition over rows is not read.
DOUBT = (
    "a row below it holds no '=' and does not open with an operator, or holds a case: it may go on with the "
    "definition's expression; write each row's operator first (\\\\ &+ …) or give the row an equation of its own"
)


def math_from(tokens: list[Token], at: int, stop: int) -> int:
    """The first token of math from ``at`` (before ``stop``), past ``&``, spacing and groups that show nothing."""
    while at < stop:
        token = tokens[at]
        after = tokens[at + 1] if at + 1 < stop else None
        if token.kind == "&" or (token.kind == "command" and token.value in _SPACING):
            at += 1
        elif token.kind == "{" and after is not None and after.kind == "}":
            at += 2
        elif token.kind == "command" and token.value in _HIDDEN | _WRAPPERS and after is not None and after.kind == "{":
            close = group_end(tokens, at + 1)
            if token.value in _WRAPPERS and math_from(tokens, at + 2, close - 1) < close - 1:
                return at  # \mathrel{=}: math
            at = close
        else:
            return at
    return stop


def _relation(token: Token) -> bool:
    key = token.value if token.kind == "command" else token.kind
    return token.kind in ("=", "<", ">") or (token.kind == "command" and (key in RELATIONS or key in IMPLIES))


def carried_rows(
    tokens: list[Token], top: list[bool], end: int, multline: bool = False
) -> tuple[list[tuple[int, int]], int, str]:
    """From ``end`` (where a definition's row ends; ``top``: which tokens stand at the top level), the spans of the
    rows below that carry its expression on, where the definition then ends (at a carried row's '=' in a
    ``multline``, whose rows all go on: ``L = x^2 + 2x \\\\ + 1 = (x+1)^2``), and why it is in doubt ("" if not)."""
    spans: list[tuple[int, int]] = []
    end = _past_empty(tokens, top, end)  # L &= x^2 & \\: an empty column, nothing beside the row
    while end < len(tokens) and tokens[end].kind == "newline":
        stop = _row_end(tokens, top, end + 1)
        first = math_from(tokens, end + 1, stop)
        row = range(first, stop)
        relation = next((k for k in row if top[k] and _relation(tokens[k])), None)
        if first == stop and stop < len(tokens):
            end = stop  # an empty row (& \\): the next may still go on with the expression
            continue
        if first == stop or tokens[first].value == "end":
            break  # no row, or the environment's end
        operator = _key(tokens[first]) in _OPERATORS
        if relation is not None and not multline:
            reading = _with_relation(tokens, top, end + 1, first, relation, operator)
            if reading == "own":
                break  # -v &= 2x: an equation of its own, its left side at the alignment point
            if reading == "doubt":
                return spans, end, DOUBT
        if not operator:
            return spans, end, DOUBT
        column = next((k for k in row if top[k] and tokens[k].kind == "&"), relation if relation is not None else stop)
        beside = column < stop and tokens[column].kind == "&" and _past_empty(tokens, top, column) != stop
        if beside and around.prose_end(tokens, column) != stop:
            return spans, end, DOUBT  # && \text{if } i = j: a case beside a part of the expression
        spans.append((first, column))
        if relation is not None:
            return spans, relation, ""  # the chain goes on from the whole expression
        end = stop
    return spans, end, ""


def _with_relation(tokens: list[Token], top: list[bool], start: int, first: int, relation: int, operator: bool) -> str:
    """How a row below a definition that holds a relation reads: "carried" where it opens at the alignment point
    with an operator (``&\\qquad + 2x + 1 = (x+1)^2``: the expression goes on, then the chain), or with a '+'
    (no equation opens so); "own" where its left side comes first (``-v &= 2x``, ``y = 2``); "doubt" for a '-'
    that may be the sign of an equation's own left side, or words before the relation (``+ x \\text{ for } x > 0``)."""
    aligned = any(tokens[k].kind == "&" for k in range(start, first))
    worded = any(tokens[k].kind == "command" and tokens[k].value in _WORDED for k in range(first, relation))
    if not operator:  # &\quad (x + 1) = c: indented, a product going on or an equation of its own (row_indents)
        return "doubt" if aligned and tokens[first].gap in WIDE_GAPS else "own"
    if worded:
        return "doubt"
    if aligned or _key(tokens[first]) in ("+", "cdot", "times", "*"):
        return "carried"
    return "own" if any(top[k] and tokens[k].kind == "&" for k in range(first, relation)) else "doubt"


def _row_end(tokens: list[Token], top: list[bool], start: int) -> int:
    """Where the row from ``start`` ends: its ``\\\\`` at the top level, or the end."""
    return next((k for k in range(start, len(tokens)) if top[k] and tokens[k].kind == "newline"), len(tokens))


def _past_empty(tokens: list[Token], top: list[bool], at: int) -> int:
    """``at``, or the row's end where from ``at`` on the row holds only empty columns (``x^2 & \\\\``)."""
    if at >= len(tokens) or tokens[at].kind != "&":
        return at
    stop = _row_end(tokens, top, at)
    first = math_from(tokens, at, stop)
    return stop if first == stop or tokens[first].value == "end" else at


def _key(token: Token) -> str:
    return str(token.value) if token.kind == "command" else token.kind


def carries_on(tokens: list[Token], start: int) -> bool:
    """Whether the row from ``start`` (after a ``\\\\``) holds no relation of its own: it goes on with the row
    above (an operator first), or leaves it in doubt; a gather keeps it with that row."""
    marks = [top for _, top in around.outside_matrices(at_top(tokens))]
    stop = next((k for k in range(start, len(tokens)) if marks[k] and tokens[k].kind == "newline"), len(tokens))
    first = math_from(tokens, start, stop)
    if first == stop and stop < len(tokens):  # an empty row: the one after it carries on only with an operator
        after = math_from(tokens, stop + 1, len(tokens))
        return after < len(tokens) and _key(tokens[after]) in _OPERATORS and carries_on(tokens, stop + 1)
    if first == stop or tokens[first].value == "end":
        return False
    relation = next((k for k in range(first, stop) if marks[k] and _relation(tokens[k])), None)
    operator = _key(tokens[first]) in _OPERATORS
    return relation is None or _with_relation(tokens, marks, start, first, relation, operator) != "own"


__all__ = ["DOUBT", "carried_rows", "carries_on", "math_from"]
