"""The indicator as notes write it, made ``\\mathbb{1}``: ``\\mathbf{1}\\{i = k\\}``, ``1\\{i = k\\}`` (CS229's
notes), ``1_{i=j}`` (a subscript holding the condition), ``\\mathbb{I}(i = k)``, ``\\mathds{1}``, and Iverson's
bracket ``[i = k]``.

Each is rewritten, token by token, to the ``\\mathbb{1}`` form that ``latex_indicators`` reads (and whose condition
it checks: two indices, = or ≠). Only a one, or a blackboard or bold I, directly followed by its bracketed
condition is rewritten, and a bracket only when it holds exactly ``a = b`` or ``a \\neq b``: a bracket around an
equation is no group of a formula, so these have no other reading.
"""

from __future__ import annotations

from derive.errors import InputError
from derive.read.indexed_ones import ones_reason
from derive.read.latex_lexer import Token

#: Fonts a one (or an I) is set in when it stands for the indicator.
_FONTS = frozenset({"mathbf", "mathbb", "boldsymbol", "bm", "mathds", "mathbbm"})
_OPENERS = frozenset({"(", "[", "_"})
_UNEQUAL = frozenset({"neq", "ne"})


def _indicator(like: Token, end: int) -> list[Token]:
    """``\\mathbb{1}`` tokens shown where ``like`` starts, up to ``end``."""
    line, start = like.line, like.start
    return [
        Token("command", "mathbb", line, start, start, like.gap),
        Token("{", "{", line, start, start),
        Token("number", "1", line, start, start),
        Token("}", "}", line, start, end),
    ]


def _is_command(token: Token, value: str) -> bool:
    return token.kind == "command" and token.value == value


def _shown_as(token: Token, kind: str) -> Token:
    return Token(kind, kind, token.line, token.start, token.end, token.gap)


def _opens_condition(tokens: list[Token], at: int) -> bool:
    """A bracket (or a subscript) at ``at`` whose first few tokens hold = or ≠: a condition, not a factor (the
    bold one is also the vector of ones, ``\\mathbf{1}(x + y)``)."""
    token = tokens[at] if at < len(tokens) else None
    if token is None or not (token.kind in _OPENERS or (token.kind == "command" and token.value in ("{", "left"))):
        return False
    ahead = tokens[at + 1 : at + 8]
    return any(t.kind == "=" or (t.kind == "command" and t.value in _UNEQUAL) for t in ahead)


def _iverson(tokens: list[Token], at: int) -> bool:
    """``[a = b]`` / ``[a \\neq b]`` at ``at``, with a and b single letters or numbers, one a letter at least."""
    window = tokens[at : at + 5]
    if len(window) != 5 or window[0].kind != "[" or window[4].kind != "]":
        return False
    relation = window[2]
    related = relation.kind == "=" or (relation.kind == "command" and relation.value in _UNEQUAL)
    sides = (window[1].kind, window[3].kind)
    return related and "letter" in sides and all(kind in ("letter", "number") for kind in sides)  # [1 = 2]: a claim


#: Fonts that make a one the vector of ones.
_ONES = frozenset({"mathbf", "boldsymbol", "bm", "pmb", "vec"})


def _bold_one(tokens: list[Token], at: int) -> int | None:
    """Where a bold one at ``at`` ends (``\\mathbf{1}``, ``\\mathbf{{1}}``, ``\\mathbf 1``, ``\\vec{1}``, a styled digit
    ``𝟏``), or None where none stands there."""
    token = tokens[at]
    if token.kind == "number" and not token.value.isascii():
        return at + 1
    if token.kind != "command" or token.value not in _ONES or at + 1 >= len(tokens):
        return None
    if tokens[at + 1].kind == "number":
        return at + 2 if tokens[at + 1].value == "1" else None
    depth, inside, end = 0, [], at + 1
    for end in range(at + 1, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if tokens[end].kind not in "{}":
            inside.append(tokens[end].value)
        if depth == 0:
            break
    return end + 1 if inside == ["1"] and depth == 0 else None


def normalize_indicators(tokens: list[Token]) -> list[Token]:
    """The tokens with each indicator written as ``\\mathbb{1}`` followed by its condition."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        window = [t.value for t in tokens[at + 1 : at + 4]]
        in_font = token.kind == "command" and token.value in _FONTS and window in (["{", "1", "}"], ["{", "I", "}"])
        if in_font and not (token.value == "mathbb" and window[1] == "1") and _opens_condition(tokens, at + 4):
            out += _indicator(token, tokens[at + 3].end)
            at += 4
            continue
        ones = _bold_one(tokens, at)  # 𝐗^⊤𝟏, \mathbf{{1}}, \pmb{1}, \vec{1}, 𝟏: no number 1
        if ones is not None and not _opens_condition(tokens, ones):
            raise InputError(f"line {token.line}: {ones_reason(tokens, ones)}")
        scripted = bool(out) and out[-1].kind in ("_", "^", "number")  # x_1\{…\}; 2 1\{…\}, which TeX shows as 21
        if token.kind == "number" and token.value == "1" and not scripted and _opens_condition(tokens, at + 1):
            braced = tokens[at + 1].kind == "command" and tokens[at + 1].value == "{"
            if braced or tokens[at + 1].kind == "_":  # 1\{i = k\}, 1_{i=j}: a one before its condition
                out += _indicator(token, token.end)
                at += 1
                continue
        after_one = [t.value for t in out[-4:]] == ["mathbb", "{", "1", "}"]  # \mathbb{1}[i = k] already
        if after_one and token.kind == "command" and token.value == "{":
            closing = next((k for k in range(at, len(tokens)) if _is_command(tokens[k], "}")), None)
            if closing is not None:  # \{i = k\} as (i = k): its '=' is then inside a group, as on the page
                out += [_shown_as(token, "("), *tokens[at + 1 : closing], _shown_as(tokens[closing], ")")]
                at = closing + 1
                continue
        if _iverson(tokens, at) and not after_one:
            out += _indicator(token, token.start)
        out.append(token)
        at += 1
    return out
