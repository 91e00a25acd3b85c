"""Words in a display's math are dropped as a remark only where nothing but words can be meant. A bold or italic
word (``\\textbf{Xw}``, the bold product many notes write), a word glued to the math before it (``t(\\text{Xw})``),
or a word with more math after it (``2t \\text{ok} + 5``) may be names of the expression: dropped with the rest of
the row, ``t = t(\\textbf{Xw} + 1)`` had been proven as t = t (survey T's FP1)."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token

#: TeX's spacing commands: no math, whatever stands beside them.
SPACES = frozenset({"quad", "qquad", ",", ";", ":", "!", " "})

#: Commands a remark may cite: an equation's number, a reference.
_REFERENCES = frozenset({"eqref", "ref", "cite", "tag", "label", "S"})
#: Commands whose braced group is words or a reference, no math.
_WORDED = _REFERENCES | {"text", "textrm", "textit", "textbf", "mbox", "textsf", "emph"}
#: Words that open a condition or a domain, math after them: "on (0, ∞)", "since x > 0", "with x ≠ 0".
_CONDITIONS = frozenset(
    {"on", "for", "since", "because", "as", "when", "where", "with", "given", "assuming", "provided", "unless", "if"}
    | {"in", "over", "at", "whenever", "forall", "st", "suchthat", "by", "from", "using"}
)
#: Typefaces that set math names in notes as often as words: a word in them is never only a remark.
_TYPEFACES = frozenset({"textbf", "textit"})
#: What an operand before a word ends with: the word glued to it is a factor or an argument, not a remark.
_OPERAND_ENDS = frozenset({"letter", "number", ")", "}", "]"})


def _outside_words(tokens: list[Token]) -> list[Token]:
    """The tokens outside words, references and spaces (``\\text{see eq.} \\eqref{a}``): the math among them."""
    kept, depth, skipping = [], 0, False
    for token in tokens:
        if token.kind == "command" and (token.value in _WORDED or token.value in SPACES):
            skipping = token.value in _WORDED
            continue
        if skipping or depth:
            depth += {"{": 1, "}": -1}.get(token.kind, 0)
            skipping = False
            continue
        kept.append(token)
    return kept


def refuse_unclear_remark(
    token: Token, inner: list[Token], remark: list[Token], kept: list[Token], opened: bool
) -> None:
    """Refuse the word of ``token`` (a prose command, ``inner`` its group, ``remark`` what follows it to the row's
    end, ``kept`` the math before it, ``opened`` when a '(' opens it) where it may be names, not only a remark."""
    word = "".join(t.value for t in inner if t.kind == "letter")
    if not word or (word.lower() in _CONDITIONS and token.value not in _TYPEFACES):
        return  # \text{=}, \text{on } (0, \infty): no names, or a condition's words (``condition_forms``)
    before, opener = (kept[:-1], kept[-1]) if opened else (kept, token)
    glued = opener.gap == "" and bool(before) and before[-1].kind in _OPERAND_ENDS
    mathy = [t for t in _outside_words(remark) if t.kind not in (",", ".", ";", ":", "(", ")", "[", "]", "number")]
    shown = f"\\{token.value}{{{word}}}"
    if token.value in _TYPEFACES and len(word) > 1:
        why = f"{shown} sets a word in bold or italic, as notes set names (bold X w)"
    elif glued:
        why = f"{shown} stands right after the math before it, as a factor or an argument would"
    elif mathy:
        why = f"{shown} has more math after it on its row"
    else:
        return
    raise InputError(
        f"line {token.line}: {why}: it can be read two ways, words of a remark (dropped with the rest of the row), "
        "or names in the expression; write names as \\mathbf{X}\\mathbf{w} or \\mathrm{Xw}, and words outside the "
        "math"
    )


__all__ = ["SPACES", "refuse_unclear_remark"]
