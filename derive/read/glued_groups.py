"""What TeX sets as one thing where a product would be two: a group that opens with a sign after a factor
(``x{-1}``, ``x \\textcolor{red}{+ 1}``: TeX shows x−1, not x·(−1)), digits a group splits (``{2}{5}``, ``2{5}``,
``2{}5``: TeX shows 25), and a mixed number (``2\\frac{1}{2}``: 2½). Each reads two ways and is refused, naming
both; a probe had proven x{-1} = −x, {2}{5} = 10 and 2\\frac{1}{2} = 1."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token

_FRACTIONS = frozenset({"frac", "dfrac", "tfrac"})


def _digits_before(tokens: list[Token], at: int) -> bool:
    """Whether a digit ends what stands right before ``at``: ``2``, ``{2}``, ``2{}``; not a script's or a
    command's group (``x^{2}{3}`` is x² times 3, ``\\frac{1}{2}5`` half of 5)."""
    end = at - 1
    while end >= 1 and tokens[end].kind == "}" and tokens[end - 1].kind == "{":  # 2{}5: an empty group
        end -= 2
    if end >= 2 and tokens[end].kind == "}" and tokens[end - 1].kind == "number" and tokens[end - 2].kind == "{":
        opened = tokens[end - 3] if end >= 3 else None  # {2}5: the group alone, no script's, no argument
        return opened is None or opened.kind not in ("^", "_", "}", "command")
    return end >= 0 and tokens[end].kind == "number"


def _digit_argument(tokens: list[Token], at: int) -> int | None:
    """The index past a fraction's argument of digits at ``at`` (``{1}`` or the digit ``1``), or None."""
    kinds = [t.kind for t in tokens[at : at + 3]]
    if kinds == ["{", "number", "}"]:
        return at + 3
    return at + 1 if kinds[:1] == ["number"] else None


def _digit_fraction(tokens: list[Token], at: int) -> bool:
    """Whether a fraction of digits stands at ``at``: ``\\frac{1}{2}``, ``\\frac12``, ``\\tfrac 1 2``,
    ``{1 \\over 2}`` (a group holding one)."""
    if at < len(tokens) and tokens[at].kind == "{":  # {1 \over 2}, as the lexer writes it: {\frac{1}{2}}
        return _digit_fraction(tokens, at + 1)
    if at >= len(tokens) or tokens[at].kind != "command" or tokens[at].value not in _FRACTIONS:
        return False
    glued = at + 1 < len(tokens) and tokens[at + 1].kind == "number" and len(tokens[at + 1].value) == 2  # \frac12
    second = _digit_argument(tokens, at + 1)
    return glued or (second is not None and _digit_argument(tokens, second) is not None)


def refuse_glued(tokens: list[Token], at: int) -> None:
    """Refuse what starts at ``at``, right after a factor, where TeX sets the two as one (see the module)."""
    if at == 0 or at >= len(tokens):
        return
    token, line = tokens[at], tokens[at].line
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if token.kind == "{" and following is not None and following.kind in ("+", "-"):
        sign = "−" if following.kind == "-" else "+"
        raise InputError(
            f"line {line}: a group that opens with '{following.kind}' after a factor (x{{{following.kind}1}}) can be "
            f"read two ways: TeX sets it as x {sign} 1, or the product x · ({sign}1); write x {following.kind} 1 or "
            f"x \\cdot ({following.kind}1)"
        )
    if not _digits_before(tokens, at):
        return
    if token.kind == "number" or (token.kind == "{" and following is not None and following.kind == "number"):
        raise InputError(
            f"line {line}: digits with a group between them ({{2}}{{5}}, 2{{}}5) can be read two ways: one number, "
            "as TeX sets them (25), or a product (2 · 5); write the number whole, or \\cdot"
        )
    if _digit_fraction(tokens, at) and tokens[at - 1].kind == "number":
        raise InputError(
            f"line {line}: a number before a fraction of digits (2\\frac{{1}}{{2}}) can be read two ways: a mixed "
            "number (2 + 1/2), or a product (2 · 1/2); write 2 + \\frac{1}{2} or 2 \\cdot \\frac{1}{2}"
        )


__all__ = ["refuse_glued"]
