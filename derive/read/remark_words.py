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


#: Commands that state a condition or a domain in a remark: "x \\in \\mathbb{R}", "x \\neq 0".
_STATING = frozenset({"in", "notin", "neq", "ne", "le", "ge", "leq", "geq", "mathbb", "to", "approx", "forall"})


def _referenced(math: list[Token], at: int) -> bool:
    """Whether the number at ``at`` stands in parentheses or brackets of its own, an equation's or a source's
    reference ("by (2.3)", "[3]"), not a factor."""
    return 0 < at < len(math) - 1 and math[at - 1].kind in ("(", "[") and math[at + 1].kind in (")", "]")


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
    token: Token, inner: list[Token], remark: list[Token], kept: list[Token], opened: bool, every: bool = False
) -> None:
    """Refuse the word of ``token`` (a prose command, ``inner`` its group, ``remark`` what follows it to the row's
    end, ``kept`` the math before it, ``opened`` when a '(' opens it) where it may be names, not only a remark:
    set in bold or italic, glued to the math before it, or with more math after it than a condition's (a relation,
    an interval: "on (0, ∞)") or, after words of every case (``every``: "for all"), its indices."""
    word = "".join(t.value for t in inner if t.kind == "letter")
    if not word:
        return  # \text{=}: an '=' set as text, refused where it stands (``glued_groups``)
    before, opener = (kept[:-1], kept[-1]) if opened else (kept, token)
    spaced = bool(inner) and inner[0].gap != ""  # x_i\text{ for all } i: a space TeX sets in the words
    glued = opener.gap == "" and not spaced and bool(before) and before[-1].kind in _OPERAND_ENDS
    math = _outside_words(remark)
    mathy = [t for k, t in enumerate(math) if t.kind not in (",", ".", ";", ":", "(", ")", "[", "]")
             and not (t.kind == "number" and _referenced(math, k))]  # fmt: skip
    stated = any(t.kind in ("=", "<", ">", ",") or t.value in _STATING for t in math)  # a condition, an interval
    level, operated = 0, False  # "on (a, b) \\cdot c": math after the interval, no condition's
    for t in math:
        level += {"(": 1, "[": 1, ")": -1, "]": -1}.get(t.kind, 0)
        operated = operated or (level == 0 and (t.kind in ("+", "-", "*") or t.value in ("cdot", "times")))
    condition = word.lower() in _CONDITIONS and stated and not operated
    shown = f"\\{token.value}{{{word}}}"
    if token.value in _TYPEFACES and len(word) > 1 and word.lower() not in _CONDITIONS and not every:
        why = f"{shown} sets a word in bold or italic, as notes set names (bold X w)"
    elif glued:
        why = f"{shown} stands right after the math before it, as a factor or an argument would"
    elif mathy and not (condition or every):
        why = f"{shown} has more math after it on its row"
    else:
        return
    raise InputError(
        f"line {token.line}: {why}: it can be read two ways, words of a remark (dropped with the rest of the row), "
        "or names in the expression; write names as \\mathbf{X}\\mathbf{w} or \\mathrm{Xw}, and words outside the "
        "math"
    )


__all__ = ["SPACES", "refuse_unclear_remark"]
