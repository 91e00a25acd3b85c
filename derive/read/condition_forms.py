"""Conditions written in forms the condition reader does not take as they stand, rewritten to one it takes: "Since
$x$ is never negative,", "Since $x \\not< 0$,", "Since $\\neg(x < 0)$,", "Since $x \\in \\mathbb{R}^+$,", "For $x$
in $(0, 1)$,", "Since $x < 0$ never happens,", "We exclude $x < 0$:". Each had let a counterexample at x < 0 refute
|x| = x below it (a probe's R4): what the page states, a counterexample must satisfy. Read for that backstop only
(``derive.read.prose_conditions``), which never proves: where a form reads two ways (ℝ⁺ with or without 0), the
narrower is taken, so that fewer points count as counterexamples."""

from __future__ import annotations

import re

#: A relation written negated, and the relation it leaves: x \\not< 0 is x ≥ 0.
_NEGATED = (
    (r"\\not\s*(?:<|\\lt\b)|\\nless\b", "\\geq"),
    (r"\\not\s*(?:>|\\gt\b)|\\ngtr\b", "\\leq"),
    (r"\\not\s*\\leq?\b|\\nleq?\b|\\not\s*\\leqslant\b|\\nleqslant\b", ">"),
    (r"\\not\s*\\geq?\b|\\ngeq?\b|\\not\s*\\geqslant\b|\\ngeqslant\b", "<"),
)
#: The relation that holds where one fails: ¬(x < 0) is x ≥ 0.
_OPPOSITE = {"<": "\\geq", ">": "\\leq", "\\le": ">", "\\leq": ">", "\\ge": "<", "\\geq": "<"}
_RELATION = r"(?P<relation><|>|\\leq?\b|\\geq?\b)"
#: ¬(x < 0), \\lnot (x < 0), \\neg x < 0: a relation denied.
_DENIED = re.compile(
    rf"^\s*\\(?:neg|lnot)\s*(?:\\left)?\s*\(?\s*(?P<left>[^<>()]+?)\s*{_RELATION}\s*"
    r"(?P<right>[^<>()]+?)\s*(?:\\right)?\s*\)?\s*$"
)
#: The sets of real numbers by sign, as people write them: ℝ⁺, ℝ_+, ℝ_{>0}, ℝ_{≥0}, ℝ⁻.
_SIGNED_REALS = re.compile(
    r"\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*(?P<script>[_^]\s*(?:\{\s*(?:\\[gl]eq?(?:slant)?|[<>])?\s*[+\-0]?\s*\}|[+\-]))"
    r"(?:\s*[_^]\s*(?:\{\s*[+\-0*]?\s*\}|[+\-0*]))?\s*$"
)
#: Words after a letter that give its sign by denying the other one: "is never negative", "cannot be negative".
_NEVER_SIGN = re.compile(
    r"^\s*(?:is|are)\s+(?:never|not)\s+(?P<sign>negative|positive)\b"
    r"|^\s*(?:can\s*not|can't|can\s+never|may\s+not|will\s+never)\s+be\s+(?P<sign2>negative|positive)\b",
    re.I,
)
#: Words after a condition that say it never holds: "$x < 0$ never happens", "… is impossible".
_NEVER_HOLDS = re.compile(
    r"^\s*(?:never\s+(?:happens|holds|occurs)|(?:is|are)\s+(?:impossible|ruled\s+out|excluded)|can(?:not|'t)\s+"
    r"(?:happen|hold|occur))\b",
    re.I,
)
#: Words before a condition that exclude it: "We exclude $x < 0$:", "ruling out $x < 0$,".
_EXCLUDES = re.compile(r"\b(?:exclude[sd]?|excluding|rul(?:e|es|ed|ing)\s+out)\s*$", re.I)
#: "in" between a letter and an interval: "For $x$ in $(0, 1)$,".
_IN = re.compile(
    r"^\s*(?:(?:is|are|lies|lie)\s+)?(?:in|within|on)(?:\s+the\s+(?:open\s+|closed\s+)?interval)?\s*$", re.I
)
_INTERVAL = re.compile(r"^\s*[\[(]\s*-?[\d.]+\s*,\s*(?:-?[\d.]+|\\infty)\s*[\])]\s*$")
_LETTER = re.compile(r"^\s*(?:[A-Za-z]|\\[a-zA-Z]+)(?:_\{?[A-Za-z0-9]\}?)?\s*$")


def plain_condition(math: str, before: str, after: str, beside: str | None = None) -> tuple[str, str, str]:
    """``math`` with the words ``before`` and ``after`` it, rewritten where they state a condition in one of the
    module's forms (``beside``: the next formula on the line, for "$x$ in $(0, 1)$"); as they are otherwise."""
    for written, relation in _NEGATED:
        math = re.sub(written, f" {relation} ".replace("\\", "\\\\"), math)
    denied = _DENIED.match(math)
    if denied is not None:
        math = f"{denied['left']} {_OPPOSITE[denied['relation']]} {denied['right']}"
    signed = _SIGNED_REALS.search(math)
    if signed is not None:
        math = math[: signed.start()] + _sign_of(signed["script"])
    never = _NEVER_SIGN.match(after)
    if never is not None and _LETTER.match(math):
        sign = (never["sign"] or never["sign2"]).lower()
        after = " is " + ("non-negative" if sign == "negative" else "non-positive") + after[never.end() :]
    one = re.fullmatch(rf"\s*(?P<left>[^<>]+?)\s*{_RELATION}\s*(?P<right>[^<>]+?)\s*", math)
    if one is not None and (_NEVER_HOLDS.match(after) or _EXCLUDES.search(before)):
        math = f"{one['left']} {_OPPOSITE[one['relation']]} {one['right']}"
        held = _NEVER_HOLDS.match(after)
        after = after[held.end() :] if held else after
        before = _EXCLUDES.sub("", before)
    signed_before = re.search(r"\bnegative\s*$", before, re.I)  # "Negative $x$ never occurs."
    if signed_before is not None and _LETTER.match(math) and (m := _NEVER_HOLDS.match(after)) is not None:
        before, after = before[: signed_before.start()] + "non-negative ", after[m.end() :]
    if beside is not None and _LETTER.match(math) and _IN.match(after) and _INTERVAL.match(beside):
        math, after = f"{math.strip()} \\in {beside.strip()}", ""
    return math, before, after


def _sign_of(script: str) -> str:
    """The condition a script of ℝ gives: ``^+``, ``_{>0}`` positive (> 0), ``_{\\geq 0}`` non-negative (≥ 0)."""
    inside = re.sub(r"[\s{}_^]", "", script)
    if inside.startswith(("\\geq", "\\ge")) or inside == "0":
        return "\\geq 0"
    if inside.startswith(("\\leq", "\\le")):
        return "\\leq 0"
    return "< 0" if "-" in inside or inside.startswith("<") else "> 0"


__all__ = ["plain_condition"]
