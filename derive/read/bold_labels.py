"""A bold name numbered in parentheses or brackets, as d2l and Ng write a layer's weights: ``\\mathbf{W}^{(1)}``,
``\\boldsymbol{W}^{[2]}``, ``\\mathbf{b}^{(2)}``.

A numeral in parentheses over a bold name is never its power: a power of a matrix or vector is written ``W^2``, and
nobody writes the power 1 as ``^{(1)}``. It labels the name (the layer's, or the example's on a page of examples),
so ``\\mathbf{W}^{(1)}`` is the name W_1 of its own, as ``arrays: {W^{(1)}: …}`` in the front matter names it
(``derive.read.layer_names``), and ``\\mathbf{W}^{(1)}`` beside ``\\mathbf{W}^{(2)}`` are two names. Where an argument
list follows (``\\mathbf{f}^{(1)}(x)``) the numeral may be a derivative's order, and the tokens are left as written
(refused later). A name not in bold (``x^{(2)}``) is left alone too: a label, or a derivative's order.
"""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: The fonts that set a name in bold: typography only.
BOLD = frozenset({"mathbf", "boldsymbol", "bm"})


def _numeral(tokens: list[Token], at: int) -> str | None:
    """The numeral of ``^{(1)}`` or ``^{[1]}`` at ``at`` (a digit 1 to 9), else None."""
    run = tokens[at : at + 6]
    kinds = [t.kind for t in run]
    for opener, closer in (("(", ")"), ("[", "]")):
        if kinds == ["^", "{", opener, "number", closer, "}"]:
            digit = run[3].value
            return digit if len(digit) == 1 and digit != "0" else None
    return None


def bold_numbered(tokens: list[Token], at: int) -> tuple[list[Token], int] | None:
    """At ``\\mathbf{W}^{(1)}``: the one letter token "W_1" (its span the whole) and the position after it; else
    None (also where an argument list follows, a derivative's order perhaps)."""
    from derive.read.names import GREEK  # names imports the lexer, which imports this module

    group = tokens[at : at + 4]
    if [t.kind for t in group[:2]] != ["command", "{"] or group[0].value not in BOLD or len(group) < 4:
        return None
    letter = group[2]
    named = (letter.kind == "letter" and len(letter.value) == 1 and letter.value != "e") or (
        letter.kind == "command" and letter.value in GREEK
    )
    if not named or group[3].kind != "}":
        return None
    digit = _numeral(tokens, at + 4)
    if digit is None:
        return None
    end = at + 10
    following = tokens[end] if end < len(tokens) else None
    if following is not None and (following.kind in ("(", "[") or following.value in ("left", "big", "Big")):
        return None
    first, last = tokens[at], tokens[end - 1]
    return [Token("letter", f"{letter.value}_{digit}", first.line, first.start, last.end, first.gap)], end


__all__ = ["BOLD", "bold_numbered"]
