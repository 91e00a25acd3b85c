"""The count of a mean: ``L = \\frac{1}{N}\\sum_{i, j} (\\hat y_{ij} - y_{ij})^2``, N bound by no sum. A letter the
page writes only as the denominator of such a fraction (``\\frac{1}{N}`` before a sum, ``\\frac{2}{N}`` in the
derivative of one) counts the terms averaged: a positive whole number, read as a length of its own (as under the
front matter's ``sizes: {N: symbolic}``). Read as any real number, each link that divides by it was "undefined" at
N = 0, a mean of no terms, which is not what the page writes. A letter the page writes anywhere else (a factor, a
power, an index, a numerator) is a number, as before."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from derive.read.inference import Inferred
from derive.read.latex_lexer import Token, group_end


def _denominators(tokens: Sequence[Token]) -> Iterable[tuple[str, int, int]]:
    """Each ``\\frac{digits}{X}``, X one letter: X, the index of its ``\\frac`` and the index after its ``}``."""
    for at, token in enumerate(tokens):
        if (token.kind, token.value) != ("command", "frac") or at + 1 >= len(tokens) or tokens[at + 1].kind != "{":
            continue
        top = group_end(list(tokens), at + 1)
        if top == at + 2 or any(t.kind != "number" for t in tokens[at + 2 : top]):
            continue
        bottom = tokens[top + 1 : top + 5]
        if [t.kind for t in bottom[:3]] == ["{", "letter", "}"]:
            yield bottom[1].value, at, top + 4


def _is_sum(tokens: Sequence[Token], at: int) -> bool:
    """Whether a ``\\sum`` stands at ``at``."""
    return at < len(tokens) and (tokens[at].kind, tokens[at].value) == ("command", "sum")


def mean_counts(inferred: Inferred, displays: Iterable[Sequence[Token]]) -> Inferred:
    """``inferred`` with each inferred scalar that the displays write only as the count of a mean made a length of
    its own (``sizes``): at least once ``\\frac{1}{N}`` right before a sum, and nowhere but under ``\\frac{k}{…}``."""
    averaged: set[str] = set()
    elsewhere: set[str] = set()
    for tokens in displays:
        under: set[int] = set()
        for letter, start, end in _denominators(tokens):
            under.add(end - 2)
            if tokens[start + 2].value == "1" and _is_sum(tokens, end):
                averaged.add(letter)
        elsewhere |= {t.value for k, t in enumerate(tokens) if t.kind == "letter" and k not in under}
    counts = tuple(name for name in inferred.scalars if name in averaged - elsewhere)
    if not counts:
        return inferred
    return dataclasses.replace(
        inferred,
        scalars=tuple(name for name in inferred.scalars if name not in counts),
        sizes=(*inferred.sizes, *counts),
    )


__all__ = ["mean_counts"]
