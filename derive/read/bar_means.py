"""A barred letter the page never defines beside the entries of its letter: x̄ beside x_1 … x_n. Statistics writes
x̄ for their mean, (1/n) Σ_i x_i; derive read it as a number of its own, and refuted survey T-06's true
(1/σ²) Σ_i (x_i − μ) = (n/σ²)(x̄ − μ) with x̄ given any value. Either reading may be the page's, so a display that
writes it is refused, naming both, and the page's other displays are read as before."""

from __future__ import annotations

from collections.abc import Iterable

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK
from derive.read.redefinitions import refuse_using

#: Accents that put a bar over a letter: \bar{x}, \bar x, \overline{x}.
_BARS = frozenset({"bar", "overline"})


def _name(token: Token) -> bool:
    """Whether ``token`` is a letter or a Greek one (θ̄ beside θ_i as x̄ beside x_i)."""
    return token.kind == "letter" or (token.kind == "command" and token.value in GREEK)


def _barred(tokens: list[Token]) -> set[str]:
    """The letters ``tokens`` write under a bar, alone (``\\bar{x}``, ``\\overline{x}``, ``\\bar x``)."""
    found: set[str] = set()
    for at, token in enumerate(tokens[:-1]):
        if token.kind != "command" or token.value not in _BARS:
            continue
        after = tokens[at + 1 : at + 4]
        if after and _name(after[0]):
            found.add(after[0].value)
        elif len(after) == 3 and after[0].kind == "{" and _name(after[1]) and after[2].kind == "}":
            found.add(after[1].value)
    return found


def _indexed(tokens: list[Token]) -> set[str]:
    """The letters ``tokens`` write with one index or number below them (x_i, x_{i}, x_1), not under a bar."""
    found: set[str] = set()
    for at in range(1, len(tokens) - 2):
        letter, mark = tokens[at], tokens[at + 1]
        if not _name(letter) or mark.kind != "_" or tokens[at - 1].kind == "{":
            continue
        script = tokens[at + 2 : at + 5]
        if script[0].kind in ("letter", "number") or [t.kind for t in script] in (
            ["{", "letter", "}"],
            ["{", "number", "}"],
        ):
            found.add(letter.value)
    return found


def refuse_bar_means(found: Found, scalars: Iterable[str]) -> Found:
    """``found`` without the displays that write x̄, a number derive inferred, beside entries x_i the page writes
    (see the module): each listed with both readings."""
    heads = {name.split("_")[0] for name in scalars}  # x̄_n: xbar_n, a barred letter with an index
    barred = {head[: -len("bar")] for head in heads if head.endswith("bar") and (len(head) == 4 or head[:-3] in GREEK)}
    if not barred:
        return found
    entries: set[str] = set()
    for display in (*found.displays, *found.inline):
        try:
            entries |= _indexed(tokenize(display.text, display.line))
        except InputError:
            continue
    means = barred & entries
    if not means:
        return found

    def refused(display: Display, used: set[str]) -> str | None:
        del used
        try:
            letter = next(iter(sorted(_barred(tokenize(display.text, display.line)) & means)), None)
        except InputError:
            return None
        if letter is None:
            return None
        letter = f"\\{letter}" if letter in GREEK else letter
        return (
            f"unreadable: \\bar{{{letter}}}, which the page never defines, beside the entries {letter}_i it writes, "
            f"can be read two ways: their mean, \\frac{{1}}{{n}}\\sum_i {letter}_i, as statistics writes it, or a "
            f"number of its own; define it (\\bar{{{letter}}} = \\frac{{1}}{{n}}\\sum_{{i=1}}^n {letter}_i)"
        )

    return refuse_using(found, refused)


__all__ = ["refuse_bar_means"]
