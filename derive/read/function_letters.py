"""The letters pages name functions with, σ, φ, ψ, f, g, h: applied to any expression (``\\sigma(w x + b)``,
``f(x + 1)``), not only to one name. Read as products of an inferred number, they made false steps true:
``\\frac{d}{dx}\\sigma(x + 1) = \\sigma`` and ``a = f(x + 1)``, ``\\frac{da}{dx} = f`` were proven. Such a letter
is never inferred as a number, so that σ(w x + b) reads two ways and is refused, naming both (declare σ as a function,
or as a number). Where the parentheses hold the letter itself, σ(1 − σ), it stays the product it is read as."""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: The letters (a Greek letter's command without its backslash) that name functions on ML pages.
FUNCTION_LETTERS = frozenset({"sigma", "phi", "varphi", "psi", "f", "g", "h"})


def applied_to_expression(name: str, tokens: list[Token], at: int) -> bool:
    """Whether ``name`` at ``tokens[at - 1]``, a letter of ``FUNCTION_LETTERS``, is followed by parentheses (or
    ``\\left(``) that do not hold the letter itself: σ(w x + b), not σ(1 − σ). A word of the page's (LSE, Loss, one
    letter token) followed by parentheses is applied whatever they hold."""
    word = tokens[at - 1].kind == "letter" and len(name) > 1 and name.isascii() and name.isalpha()
    if name not in FUNCTION_LETTERS and not word:
        return False
    if at < len(tokens) and (tokens[at].kind, tokens[at].value) == ("command", "left"):
        at += 1
    if at >= len(tokens) or tokens[at].kind != "(":
        return False
    if word:  # LSE([x_j]): a word run on into parentheses is applied, whatever they hold (it had been a product)
        return True
    depth = 0
    for token in tokens[at:]:
        depth += {"(": 1, ")": -1}.get(token.kind, 0)
        if depth == 0:
            return True
        if (token.value == name and token.kind in ("letter", "command")) or (token.kind == "," and depth == 1):
            return False  # σ(1 − σ): a product; f(w, x): a list, which reads only as a defined function's arguments
    return False


def differential_d(tokens: list[Token], at: int) -> bool:
    """Whether the letter d at ``tokens[at]`` is written as a derivative's d, never as a number of its own: glued to
    a name (dw, d\\sigma: Ng's dw, or a differential), or the whole numerator of \\frac{d}{dz}. A page that writes d
    only so has no scalar d, and \\frac{d\\sigma}{dz} is read as the derivative it shows."""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is not None and after.kind in ("letter", "command") and not after.gap and after.value not in _OPERATORS:
        return True
    before = [(t.kind, t.value) for t in tokens[max(at - 2, 0) : at]]
    return before == [("command", "frac"), ("{", "{")] and after is not None and after.kind == "}"


#: Commands after a d that make it a factor, not a derivative's d: d \times q, d \cdot x.
_OPERATORS = frozenset({"times", "cdot", "ast", "div", "pm", "mp", "circ", "odot", "otimes", "quad", "qquad", "left"})


__all__ = ["FUNCTION_LETTERS", "applied_to_expression", "differential_d"]
