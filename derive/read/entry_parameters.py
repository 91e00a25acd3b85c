"""A function defined at a vector's entry, as Ng's notes write the sigmoid: ``a_i = \\sigma(z_i) = \\frac{1}{1 +
e^{-z_i}}``. The body writes the entry z_i and nothing else of z or of i, so it says what σ does to one number: the
definition is σ(t) = 1/(1 + e^{-t}), with t a letter the page does not use, and σ(z_i) then reads as σ applied to
z_i. A body that writes z or i otherwise (``\\sigma(z_i) = \\frac{e^{z_i}}{\\sum_j e^{z_j}}``, a softmax entry) is
no function of one number, and is left as it was (refused: its free index)."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.inference import Usage
from derive.read.latex_lexer import Token, tokenize

#: ``\sigma(z_i)``, ``f\left(x_{j}\right)``, ``L(y_i, p_i)``: a function's letter applied to entries of one-letter
#: vectors.
_ENTRY = r"[A-Za-z]\s*_\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])"
_AT_ENTRY = re.compile(
    rf"\s*(?P<function>\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(\s*(?P<entries>{_ENTRY}(?:\s*,\s*{_ENTRY})*)\s*"
    r"(?:\\right\s*)?\)\s*"
)
_ONE_ENTRY = re.compile(r"(?P<vector>[A-Za-z])\s*_\s*(?:\{\s*(?P<braced>[A-Za-z])\s*\}|(?P<index>[A-Za-z]))")

#: The letters the parameter is taken from, the first one the page leaves free.
_PARAMETERS = ("t", "u", "v", "s", "r", "q")


def _entry_end(tokens: list[Token], at: int, index: str) -> int | None:
    """Where the entry starting at ``tokens[at]`` (the vector's letter) ends, as ``z_i`` or ``z_{i}``; None if the
    letter stands otherwise (alone, with another subscript, with a superscript)."""
    rest = tokens[at + 1 : at + 5]
    kinds = [t.kind for t in rest]
    values = [t.value for t in rest]
    if kinds[:2] == ["_", "letter"] and values[1] == index:
        end = at + 2
    elif kinds[:4] == ["_", "{", "letter", "}"] and values[2] == index:
        end = at + 4
    else:
        return None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    return None if after is not None and after.kind in ("^", "'") else end


def one_number(head: str, body: str, usage: Usage, line: int) -> tuple[str, str] | None:
    """``(\\sigma(t), body with t for z_i)`` for a head ``\\sigma(z_i)`` whose body writes z and i only as the
    entry z_i; ``(L(t, u), …)`` for ``L(y_i, p_i)``, each vector only at its index in the head, a function of two
    numbers (a blog's per-example loss); None otherwise, or where no parameter letters are free on the page."""
    match = _AT_ENTRY.fullmatch(head)
    if match is None:
        return None
    entries = [
        (m.group("vector"), m.group("braced") or m.group("index")) for m in _ONE_ENTRY.finditer(match["entries"])
    ]
    vectors, at_index = [vector for vector, _ in entries], dict(entries)
    function = match.group("function").lstrip("\\")
    if len(at_index) < len(vectors) or {*at_index.values(), function} & set(vectors):
        return None  # L(y_i, y_i), z_z, z(z_i): no function of numbers
    try:
        tokens = tokenize(body, line)
    except InputError:
        return None
    spans: list[tuple[int, int, str]] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "letter" and token.value in vectors:
            end = _entry_end(tokens, at, at_index[token.value])
            if end is None:
                return None
            spans.append((token.start, tokens[end].end, token.value))
            at = end + 1
            continue
        if token.kind == "letter" and token.value in at_index.values():
            return None  # i outside the entry: the body is not of z_i alone
        at += 1
    written = {t.value for t in tokens if t.kind == "letter"} | set(re.findall(r"[A-Za-z]", head))
    taken = {*usage.vectors, *usage.arrays, *usage.alone, *usage.lettered, *usage.indices, *usage.applied}
    free = [p for p in _PARAMETERS if p not in written and p not in taken][: len(vectors)]
    if not spans or len(free) < len(vectors):
        return None
    letter = dict(zip(vectors, free, strict=True))
    for start, end, vector in reversed(spans):
        body = f"{body[:start]} {letter[vector]} {body[end:]}"
    return f"{match.group('function')}({', '.join(free)})", body
