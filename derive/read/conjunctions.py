"""Two equations in one display, set apart as people write them: ``A = B \\quad\\text{and}\\quad C = D``,
``A = B, \\quad C = D``, ``A = B \\qquad C = D``: each is an equation of its own, as if on a row of its own.

Only where both parts hold an '=' of their own, and the part after is no case or remark: ``= -p_i p_j, \\quad
i \\neq j`` (no '='), ``\\quad i = j`` and ``\\text{for } c = 1 \\cdots C`` (a bare letter before its '=') keep their
meaning. Without this, ``x_i \\qquad \\frac{…}{…}`` was read as a product and a true display refuted.
"""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.rows import at_top

#: Commands that write words: ``\\text{and}``.
PROSE = frozenset({"text", "textrm", "textit", "mbox", "mathrm"})
#: Spacing commands, as tokens (a gap of the next token is no token).
SPACING = frozenset({"quad", "qquad", ",", ";", ":", "!", " "})
WIDE = frozenset({"\\quad", "\\qquad"})


def and_at(tokens: list[Token], at: int) -> int | None:
    """Where ``\\text{and}`` (``\\text{ and }``, ``\\mbox{and}``) at ``at`` ends, else None."""
    token = tokens[at]
    if token.kind != "command" or token.value not in PROSE or at + 1 >= len(tokens) or tokens[at + 1].kind != "{":
        return None
    end = at + 2
    while end < len(tokens) and tokens[end].kind == "letter":
        end += 1
    spelled = "".join(t.value for t in tokens[at + 2 : end])
    return end + 1 if spelled == "and" and end < len(tokens) and tokens[end].kind == "}" else None


def _equation(part: list[Token]) -> bool:
    """Whether ``part`` is an equation of its own: an '=' at its top level, with a left side that is no bare letter
    or number (``i = j``, a case), no remark (``\\text{for } …``, ``\\forall``) and no list (``i, j = …``)."""
    equals = [k for k, (t, top) in enumerate(at_top(part)) if top and t.kind == "="]
    if not equals:
        return False
    left = part[: equals[0]]
    if len(left) < 2 or any(t.kind == "," for t in left):
        return False
    first = left[0]
    return not (first.kind == "command" and (first.value in PROSE or first.value in ("forall", "text", "quad")))


def _row_end(tokens: list[Token], at: int) -> int:
    return next((k for k in range(at, len(tokens)) if tokens[k].kind == "newline"), len(tokens))


def split_conjunctions(tokens: list[Token]) -> list[Token]:
    """The tokens with each top-level separator between two equations of one row made a row break."""
    if any(t.kind == "&" for t in tokens):
        return tokens  # aligned rows: their own layout says where equations start
    out: list[Token] = []
    row_start = 0
    at = 0
    marked = list(at_top(tokens))
    while at < len(tokens):
        token, top = marked[at]
        if token.kind == "newline":
            row_start = len(out) + 1
        separator_end = None
        if top:
            separator_end = and_at(tokens, at)
            if separator_end is None and token.kind == "," and at + 1 < len(tokens) and tokens[at + 1].gap in WIDE:
                separator_end = at + 1
            elif separator_end is None and token.gap in WIDE and out and out[-1].kind != ",":
                separator_end = at  # a wide space alone: the separator is the gap before ``token``
        if separator_end is not None:
            after = separator_end
            while after < len(tokens) and tokens[after].kind == "command" and tokens[after].value in SPACING:
                after += 1
            before = out[row_start:]
            while before and before[-1].kind == "command" and before[-1].value in SPACING:
                before = before[:-1]
            if _equation(before) and _equation(tokens[after : _row_end(tokens, after)]):
                out = out[:row_start] + before
                out.append(Token("newline", "\\\\", token.line, token.start, token.end, token.gap))
                row_start = len(out)
                at = after
                continue
        out.append(token)
        at += 1
    return out
