"""A page's vector written whole as the one argument of scalar functions, as Bishop writes h'(a) = 1 − h(a)^2 beside
the hidden units' a_j: an identity of the function, which the page means of each entry. The display is read at one
entry, a_j with j an index it does not hold, which is what it claims entry by entry. Only where every appearance of
the vector in the display is such an argument, or the exponent of e (e^{-a}): beside a_j, or added to a number, it
stays refused."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.names import Names

#: Functions of one number that pages apply to a vector entry by entry.
_ENTRYWISE = frozenset({"tanh", "sinh", "cosh", "exp", "log", "ln", "sech"})


def _function_before(tokens: list[Token], at: int, names: Names) -> bool:
    """Whether the ``(`` at ``at`` opens the arguments of a function of one number: tanh, exp, or a function the page
    defines of one scalar parameter, maybe primed (h', h^{\\prime})."""
    k = at - 1
    if k >= 0 and tokens[k].kind == "command" and tokens[k].value == "left":
        k -= 1
    if k >= 0 and tokens[k].kind == "'":
        k -= 1
    elif k >= 3 and [t.kind for t in tokens[k - 3 : k + 1]] == ["^", "{", "command", "}"]:
        k = k - 4 if tokens[k - 1].value == "prime" else -1
    if k < 0:
        return False
    token = tokens[k]
    if token.kind == "command" and token.value in _ENTRYWISE:
        return True
    function = names.functions.get(token.value) if token.kind in ("letter", "command") else None
    return function is not None and len(function.parameters) == 1 and not function.vectors


def _sole_argument(tokens: list[Token], at: int, names: Names) -> bool:
    """Whether the token at ``at`` stands alone between a function's parentheses: h(a), \\tanh\\left(a\\right)."""
    before = at - 1
    after = at + 1
    if after < len(tokens) and tokens[after].kind == "command" and tokens[after].value == "right":
        after += 1
    if before < 0 or after >= len(tokens) or tokens[before].kind != "(" or tokens[after].kind != ")":
        return False
    return _function_before(tokens, before, names)


def _exponent_of_e(tokens: list[Token], at: int) -> bool:
    """Whether the token at ``at`` is the whole exponent of e, or its negation: e^a, e^{a}, e^{-a}."""
    kinds = [t.kind for t in tokens]
    if at >= 2 and kinds[at - 1] == "^" and tokens[at - 2].value == "e":
        return True
    start = at - 2 if at >= 2 and kinds[at - 1] == "-" else at - 1
    if start < 2 or kinds[start] != "{" or kinds[start - 1] != "^" or tokens[start - 2].value != "e":
        return False
    return at + 1 < len(tokens) and kinds[at + 1] == "}"


def at_one_entry(tokens: list[Token], names: Names) -> list[Token]:
    """The display's tokens with each vector written only as the sole argument of scalar functions written at one
    entry (``a`` → ``{a_j}``, j a declared index the display does not hold); else the tokens as they are."""
    held = {t.value for t in tokens if t.kind in ("letter", "command")}
    free = [index for index in names.indices if index not in held and len(index) == 1]
    if not free:
        return tokens
    whole = {*names.vectors, *names.defined_vectors, *names.arrays, *names.defined_matrices}
    one_index = {*names.vectors, *names.defined_vectors}
    vectors = {t.value for t in tokens if t.kind in ("letter", "command") and t.value in one_index}
    out = tokens
    for vector in sorted(vectors):
        places = [k for k, t in enumerate(out) if t.kind in ("letter", "command") and t.value == vector]
        if not all(_sole_argument(out, k, names) or _exponent_of_e(out, k) for k in places):
            continue
        others = [k for k, t in enumerate(out) if t.value in whole - {vector} and t.kind in ("letter", "command")]
        if any(k + 1 >= len(out) or out[k + 1].kind != "_" for k in others):
            return tokens  # another vector written whole beside it: no one entry of the display is meant
        for k in reversed(places):
            token = out[k]
            line, end = token.line, token.end
            entry = [Token("{", "{", line, token.start, token.start), token, Token("_", "_", line, end, end),
                     Token("letter", free[0], line, end, end), Token("}", "}", line, end, end)]  # fmt: skip
            out = [*out[:k], *entry, *out[k + 1 :]]
    return out


__all__ = ["at_one_entry"]
