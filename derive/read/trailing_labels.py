"""What stands around a display's math but is not part of its equation: ``\\tag{3.31}``, ``\\label{…}``,
``\\notag`` and an environment's end after it; and a written-out matrix, whose rows are a value's, not equations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from derive.read.latex_lexer import Token
from derive.read.rows import MATRICES, group_end, hand_number_end

#: Environments of rows, whose end closes a display (not cases, nor a matrix, which are values).
ROW_ENVIRONMENTS = frozenset(
    {"align", "aligned", "equation", "gather", "gathered", "split", "eqnarray", "multline", "alignat", "alignedat"}
    | {"flalign"}
)
#: Environments that write one value: a matrix, and cases (their ``&`` and ``\\\\`` are no display's columns and rows).
VALUE_ENVIRONMENTS = MATRICES | {"cases", "dcases", "array"}  # an array: a matrix in brackets (``array_matrices``)
#: What numbers or labels an equation after its math: dropped before the definition's right side ends.
TRAILING_LABELS = frozenset({"tag", "label", "notag", "nonumber"})


#: What makes a column of prose a condition rather than a label: math in it, or a word that states a case.
_CONDITION = re.compile(r"\$|=|<|>|\\(?:neq?|leq?|geq?|in)\b|\b(?:if|for|when|unless|otherwise|where)\b", re.I)


def prose_end(tokens: list[Token], end: int) -> int:
    """Where a row ends whose columns from ``end`` on hold only prose (``&& \\text{(mean)}``, a label the link
    reader drops too): at its newline, or the display's end; else ``end`` (a condition, ``\\text{if $i = j$}``)."""
    at = end
    while at < len(tokens) and tokens[at].kind == "&":
        at += 1
        if at + 1 < len(tokens) and tokens[at].value in ("text", "textrm", "mbox") and tokens[at + 1].kind == "{":
            closing = group_end(tokens, at + 1)
            words = "".join(t.value if t.kind != "letter" or t.gap == "" else f" {t.value}" for t in tokens[at:closing])
            if _CONDITION.search(words):
                return end
            at = closing
    if at == end or (at < len(tokens) and tokens[at].kind != "newline") or tokens[at - 1].kind == "&":
        return end
    return at


def continues(tokens: list[Token]) -> bool:
    """Whether the next row goes on with the chain (``&= B``, ``= B``) rather than starting an equation."""
    first = next((t for t in tokens if t.kind != "&"), None)
    return first is not None and first.kind == "="


def goes_on(tokens: list[Token]) -> bool:
    """Whether rows follow that hold more than the environment's end."""
    return any(not (t.value in ("end", "aligned", "split") or t.kind in ("{", "}")) for t in tokens)


def beside_case(row: list[Token]) -> bool:
    """Whether the columns of a row, from its first ``&`` after the equation to the row's end, hold a case or a
    condition (``&& (i = j)``, ``&& \\text{if } i = j``) rather than the chain going on (``&= B``) or an equation's
    number (``&& (6.51)``)."""
    end = next((k for k, t in enumerate(row) if t.kind == "newline"), len(row))
    rest = [t for t in row[:end] if t.kind != "&"]
    return bool(rest) and rest[0].kind != "=" and [t.kind for t in rest] != ["(", "number", ")"]


def without_trailing_labels(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the ``\\tag{3.31}``, ``\\label{…}``, ``\\notag`` at their end: ``ζ(x) = …. \\tag{3.31}``
    defines ζ as ``ζ(x) = …`` does."""
    while tokens:
        if len(tokens) >= 3 and hand_number_end(tokens, len(tokens) - 3) is not None:  # … \qquad (1)
            tokens = tokens[:-3]
            continue
        if tokens[-1].kind == "command" and tokens[-1].value in ("notag", "nonumber"):
            tokens = tokens[:-1]
            continue
        if tokens[-1].kind != "}":
            return tokens
        opening = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].kind == "{"), None)
        before = None if opening is None or opening == 0 else tokens[opening - 1]
        if before is not None and before.kind == "*" and opening is not None and opening > 1:  # \tag*{…}
            before, opening = tokens[opening - 2], opening - 1
        named = "".join(t.value for t in tokens[(opening or 0) + 1 : -1])
        if before is not None and before.value == "end" and named.rstrip("*") in ROW_ENVIRONMENTS and opening:
            tokens = tokens[: opening - 1]  # \\end{align}: the environment's end, whose rows were each read
            continue
        if before is None or before.kind != "command" or before.value not in TRAILING_LABELS or opening is None:
            return tokens
        tokens = tokens[: opening - 1]
    return tokens


def outside_matrices(marked: Iterable[tuple[Token, bool]]) -> Iterator[tuple[Token, bool]]:
    """``at_top``'s marks, with every token inside a written-out matrix (``\\begin{bmatrix} … \\end{bmatrix}``) or
    cases, its ``\\begin`` and ``\\end`` included, not at the top: J = [s_1 & …] defines J, CE(p, y) = cases CE."""
    tokens = list(marked)
    depth = 0
    for k, (token, top) in enumerate(tokens):
        edge = token.kind == "command" and token.value in ("begin", "end")
        named = edge and k + 1 < len(tokens) and tokens[k + 1][0].kind == "{"
        closing = next((m for m in range(k + 1, len(tokens)) if tokens[m][0].kind == "}"), k) if named else k
        matrix = named and "".join(t.value for t, _ in tokens[k + 2 : closing]) in VALUE_ENVIRONMENTS
        opens, closes = matrix and token.value == "begin", matrix and token.value == "end"
        depth += opens
        yield token, top and depth == 0
        if closes:
            depth -= 1


def outside_environments(tokens: list[Token]) -> list[Token]:
    """The tokens outside every written-out matrix and cases environment: where a relation is the display's own
    (the ≤ of ``\\text{for } |a| \\le \\delta`` in a case is the case's)."""
    return [token for token, outside in outside_matrices((t, True) for t in tokens) if outside]
