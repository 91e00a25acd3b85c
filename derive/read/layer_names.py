"""Names numbered by their layer, as networks are written: W_1, W_2, b_1, W^{[1]}, W^{(2)}, \\theta_1.

Declared in the front matter (``arrays: {W_1: [H, d]}``), such a name is one name of its own, a matrix or vector
per layer, not the entry 1 of a vector W: the tokens that write it (``W _ 1``, ``W _ { 1 }``, ``W ^ { [ 1 ] }``,
``W ^ { ( 1 ) }``) are merged into one letter token "W_1" before anything reads them, as a declared word is. A page
that writes W_1 and W^{[1]} means one name by both, as the front matter's one key says.
"""

from __future__ import annotations

import re

from derive.read.latex_lexer import Token
from derive.read.names import GREEK

_LAYERED = re.compile(
    r"\s*(?P<base>[A-Za-z]|\\[A-Za-z]+)\s*(?:_\s*(?P<sub>\d|\{\s*\d\s*\})|\^\s*\{\s*(?P<label>\[\s*\d\s*\]|\(\s*\d\s*\))\s*\})\s*"
)

#: A font around one letter, ``\mathbf{W}``: read as the letter (``merge_layers`` reads the display so too).
_FONTED = re.compile(r"\\(?:mathbf|boldsymbol|bm|mathit|mathsf|pmb)\s*\{\s*(\\?[A-Za-z]+)\s*\}")


def layer_name(text: str) -> str | None:
    """The name a front matter key declares when it is a layer's (``W_1``, ``W^{[1]}``, ``\\theta^{(2)}``): "W_1",
    "theta_2"; None for anything else."""
    match = _LAYERED.fullmatch(_FONTED.sub(r"\1", text))  # \mathbf{w}_2: the font is typography, as below
    if match is None:
        return None
    base = match.group("base").lstrip("\\")
    if match.group("base").startswith("\\") and base not in GREEK and base != "delta":  # δ^{(1)}: error signals
        return None
    digit = re.sub(r"\D", "", match.group("sub") or match.group("label"))
    return f"{base}_{digit}"


def _base(token: Token) -> str | None:
    if token.kind == "letter" and len(token.value) == 1:
        return token.value
    if token.kind == "command" and token.value in GREEK:
        return token.value
    return None


#: Fonts a page sets a layer's matrix in (\mathbf{W}^{(1)}): typography only.
FONTS = frozenset({"mathbf", "boldsymbol", "bm", "mathit", "mathsf", "pmb"})


def _bold(tokens: list[Token], at: int) -> bool:
    r"""Whether ``at`` starts a font around one name, \mathbf{W}."""
    kinds = [t.kind for t in tokens[at : at + 4]]
    named = len(kinds) > 2 and (kinds[2] == "letter" or (kinds[2] == "command" and tokens[at + 2].value in GREEK))
    return named and kinds == ["command", "{", kinds[2], "}"] and tokens[at].value in FONTS


def _written(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The layer number written by the script at ``at`` (``_1``, ``_{1}``, ``^{[1]}``, ``^{(1)}``) and how many
    tokens it takes; None when the script writes something else."""
    kinds = [t.kind for t in tokens[at : at + 6]]
    values = [t.value for t in tokens[at : at + 6]]
    digit = lambda k: len(values) > k and kinds[k] == "number" and len(values[k]) == 1  # noqa: E731
    if kinds[:1] == ["_"] and digit(1):
        return values[1], 2
    braced = len(values) > 2 and kinds[2] == "number" and re.fullmatch(r"\d|[1-9]\d+", values[2])  # scalars' m_{12}
    if kinds[:2] == ["_", "{"] and braced and kinds[3:4] == ["}"]:
        return values[2], 4
    for opener, closer in (("[", "]"), ("(", ")")):
        if kinds[:3] == ["^", "{", opener] and digit(3) and kinds[4:6] == [closer, "}"]:
            return values[3], 6
    return None


def merge_layers(tokens: list[Token], layered: set[str]) -> list[Token]:
    """The tokens with each declared layer name (``layered``: "W_1", …) made one letter token for it."""
    if not layered:
        return tokens
    merged: list[Token] = []
    at = 0
    while at < len(tokens):
        bold = _bold(tokens, at)  # \mathbf{W}^{(1)}: the font is typography (derive.read.prose)
        base = _base(tokens[at + 2] if bold else tokens[at])
        end = at + 3 if bold else at
        written = _written(tokens, end + 1) if base is not None else None
        if base is not None and written is not None and f"{base}_{written[0]}" in layered:
            first, last = tokens[at], tokens[end + written[1]]
            merged.append(Token("letter", f"{base}_{written[0]}", first.line, first.start, last.end, first.gap))
            at = end + written[1] + 1
            continue
        merged.append(tokens[at])
        at += 1
    return merged


__all__ = ["layer_name", "merge_layers"]
