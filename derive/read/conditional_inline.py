"""Inline definitions stated under a condition: "If the neuron is in the output layer, because $o_j = y$, …"
(Wikipedia's backpropagation), "When $q$ is the softmax of logits $z$, $q_i = …$" (a KL page). What the sentence
says holds where its condition does: from that sentence to the next heading or the next sentence that states a
condition. A display outside that stretch that uses the name is refused, naming the condition: read with it,
o_j = y made every o_j the same and proved a slip above it (∂(w_ij o_i)/∂w_ij = o_j). Inside, the definition is
read as any other. "If we define $Σ_C = …$" is no condition: it defines for the page."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from derive.read.chain_cases import states_case
from derive.read.find import HEADING, Display, Found
from derive.read.redefinitions import letter_of, refuse_using
from derive.read.shape_statements import shape_statement

#: A sentence that states a condition: "If …", "When …", "Suppose …", "In the case …".
CONDITION = re.compile(
    r"^\W*(?:(?:if|when|whenever|suppose|in\s+the\s+case|for\s+the\s+case)\b"
    r"|for\s+(?:all\s+|every\s+)?\$[^$,]*(?:[<>≤≥≠]|\\(?:neq?|leq?|geq?)(?![A-Za-z])))",  # "For $x > 0$, let"
    re.I,
)
#: Words that hold a definition to where the page does not say: "Assume $N = 2M$ only when noted", "we set $x = 1$
#: by mistake". It holds nowhere derive can tell: every display that uses the name is refused.
_ONLY = re.compile(
    r"\b(?:only|just)\s+(?:for|when|in|if|on|under|where)\b|\b(?:when|if)\s+noted\b|\bby\s+(?:mistake|accident)\b"
    r"|\b(?:wrong|incorrect|false|typo)(?:ly)?\b|\b(?:an|in)\s+error\b|\b(?:not|never)\s+(?:holds?|true)\b",
    re.I,
)
#: A formula asked about or supposed against the facts: "Is $y = 2x$?", "If $y = 2x$ were true, …".
_ASKED = re.compile(r"^[^.!;]*(?:\?|\b(?:were|would)\b)")
#: Words before a formula in its sentence that deny it: "Do not assume $N = 2M$", "It is not true that $…$", "A
#: common mistake is to write $…$".
_DENIED = re.compile(
    r"\b(?:not|never|mistaken|mistakes?|erroneous(?:ly)?|typos?|accident(?:al(?:ly)?)?|wrong(?:ly)?|false"
    r"|incorrect(?:ly)?)\b|n't\b",
    re.I,
)
#: A condition that is how the page defines: "If we define $…$", "When we write $…$".
DEFINING = re.compile(r"^\W*(?:if|when)\s+we\s+(?:define|let|write|denote|set|call)\b", re.I)


@dataclasses.dataclass(frozen=True)
class Condition:
    """The condition an inline formula is stated under, and the lines it holds over (its sentence's line to the
    line before the next heading or condition)."""

    words: str
    first: int
    last: int


def _sentence_before(lines: list[str], line: int, math: str) -> str | None:
    """The sentence of the paragraph that ends the prose right before ``math`` on 1-based ``line``, or None."""
    start = line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    paragraph = "\n".join(lines[start:line])
    closed = [m.start() for m in re.finditer(re.escape(math) + r"\s*(?:\$|\\\))", paragraph)]  # not w x of w x^2
    at = closed[-1] if closed else paragraph.rfind(math)
    if at < 0:
        return None
    return re.split(r"(?<=[.!?:;])\s+", paragraph[:at])[-1]


def _stretch_end(lines: list[str], line: int) -> int:
    """The last line a condition stated on 1-based ``line`` holds over: a case on indices ("If $i = k$:") below it
    is a case within it, not another condition."""
    for number in range(line, len(lines)):  # 0-based: the lines after ``line``
        text = lines[number]
        sentences = re.split(r"(?<=[.!?:;])\s+", text.strip())
        if HEADING.match(text) or any(CONDITION.match(s) and not states_case(s) for s in sentences):
            return number  # the line before it, 1-based
    return len(lines)


def conditions(found: Found, text: str) -> dict[tuple[int, str], Condition]:
    """Each inline formula stated under a condition, by its line and text, with the condition."""
    lines = text.split("\n")
    found_conditions: dict[tuple[int, str], Condition] = {}
    for display in found.inline:
        sentence = _sentence_before(lines, display.line, display.text)
        rest = re.split(r"(?<=[.!?;])\s", _after(lines, display.line, display.text))[0]
        only = _ONLY.search(rest)  # right after the formula, no other formula between: "$N = 2M$ only when noted"
        only = only if only is not None and "$" not in rest[: only.start()] else None
        only = only or _ASKED.search(rest)  # "Is $y = 2x$? No.", "If $y = 2x$ were true, …": defines nothing
        clause = re.split(r"[$,;]", sentence.rstrip("$ "))[-1] if sentence is not None else ""  # "Do not assume $"
        denied = _DENIED.search(clause) is not None
        if sentence is not None and _NAMED.match(display.text) and (only or denied):
            words = " ".join(f"{sentence}{display.text}$ {rest}".split())[:60]  # "Assume $N = 2M$ only when noted."
            found_conditions[display.line, display.text.strip()] = Condition(words, display.line, display.line - 1)
            continue
        if sentence is None or not CONDITION.match(sentence) or DEFINING.match(sentence):
            continue
        words = " ".join(sentence.split())[:60].rstrip(" ,$")
        found_conditions[display.line, display.text.strip()] = Condition(
            words, display.line, _stretch_end(lines, display.line)
        )
    return found_conditions


#: A condition on values, in math: "If $x > 0$, let …" (a condition in words, "If the neuron is in the output
#: layer", no counterexample can break).
_RELATION = re.compile(r"\$[^$]*(?:[<>≤≥≠]|\\(?:neq?|leq?|geq?|in)(?![A-Za-z]))[^$]*\$")


def _on_values(words: str) -> bool:
    """Whether a condition's words hold a relation on values (not a shape: "Suppose that $x \\in \\mathbb{R}^m$")."""
    return any(shape_statement(m.group(0).strip("$")) is None for m in _RELATION.finditer(words))


def outside_conditions(
    found: Found, stated: dict[tuple[int, str], Condition], defined: Iterable[tuple[int, str, str]]
) -> Found:
    """``found`` without the displays, outside the stretch of a condition, that use a name defined under it
    (``defined``: each inline definition's line, head and text), each listed with why."""
    scoped = []
    defined = list(defined)
    letters = [letter_of(head) for _, head, _ in defined]
    for line, head, body in defined:
        condition = next((c for (at, math), c in stated.items() if at == line and math.endswith(body.strip())), None)
        letter = letter_of(head)
        if condition is not None and letter is not None:
            scoped.append((letter, head, condition))
    conditioned = [letter_of(math.split("=")[0]) for _, math in stated if _NAMED.match(math)]
    twice = {  # "If $x > 0$, let $f = x$. If $x < 0$, let $f = -x$.": the first read throughout, wrongly
        letter for letter, _, _ in scoped if letters.count(letter) > 1 or conditioned.count(letter) > 1
    }

    def why(display: Display, used: set[str]) -> str | None:
        hit = next((s for s in scoped if s[0] in used and s[0] in twice), None)
        if hit is not None:
            return (
                f"unreadable: uses {hit[1]}, which the page defines more than once, under conditions (line "
                f"{hit[2].first}: '{hit[2].words}'): derive reads one definition of a name; give each its own name"
            )
        hit = next((s for s in scoped if s[0] in used and not s[2].first <= display.line <= s[2].last), None)
        inside = next((s for s in scoped if s[0] in used and _on_values(s[2].words)), None)
        if hit is None and inside is not None:  # "If $x > 0$, let $f = x$. Then $$f = …$$": x > 0 not held there
            return (
                f"unreadable: uses {inside[1]}, which the page defines under a condition on values (line "
                f"{inside[2].first}: '{inside[2].words}') that derive does not hold for this display: state the "
                "condition before it"
            )
        if hit is None:
            return None
        return (
            f"unreadable: uses {hit[1]}, which the page defines only under a condition (line {hit[2].first}: "
            f"'{hit[2].words}'): define it for the whole page, or give it a name of its own"
        )

    return refuse_using(found, why) if scoped else found


#: Words that make what follows a consequence of what came before: "…, so that $p_t = σ(x_t)$".
CONSEQUENCE = re.compile(
    r"(?:^|\W)(?:so\s+that|so|hence|thus|therefore|it\s+follows\s+that|which\s+gives|giving)\s*,?\s*\$?\s*$", re.I
)


#: A formula that would define a name: ``p_t = …``, ``\\sigma(x) = …`` (a sum to one, ``\\sum_o y_o = 1``, is no
#: definition, and is read as what it states elsewhere).
_NAMED = re.compile(r"^\s*\\?[A-Za-z]+\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*)?(?:\([^()]*\)\s*)?=")


#: Words right before a formula that make it the condition itself, or a point: "If $a = b$, …", "the minimum is at
#: $x = \\frac{a + b}{2}$": never a definition of the page.
_CONDITION_ITSELF = re.compile(
    r"(?:\b(?:at|(?:minimum|maximum|minimi[sz]er|maximi[sz]er|optimum|stationary\s+point|critical\s+point|solution"
    r"|root)\s+(?:\w+\s+){0,3})|(?P<condition>\b(?:if|when|whenever|unless|once|until|provided(?:\s+that)?)))"
    r"\s*(?:\$|\\\()?\s*$",
    re.I,
)
#: A condition's formula: a letter set to a letter or a number ("If $a = b$,"); "If $Y = [\dots]$ are the labels"
#: defines all the same.
_SIMPLE = re.compile(r"\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*=\s*(?:\\?[A-Za-z]+(?:_\{?\w+\}?)?|-?\d+(?:\.\d+)?)\s*")


#: Words right before a formula that set it against the page's own: "Unlike $\\hat y = wx$ (linear regression), here
#: …", "instead of $L = …$": what the page does not take (read as a definition, it proved ∂ŷ/∂w = x: probe s53's oo03).
_SET_AGAINST = re.compile(
    r"\b(?:unlike|instead\s+of|rather\s+than|as\s+opposed\s+to|in\s+contrast\s+(?:to|with)|contrary\s+to|in\s+place"
    r"\s+of|differ\w*\s+from|compared\s+(?:to|with)|versus|vs\.?|forget\w*|no\s+longer(?:\s+\w+)?|except\s+that\s+"
    r"[^$]*\bno\b[^$]*|tempting\s+to\s+\w+|(?:would|could|might)\s+(?:be\s+)?\w+\s+to\s+\w+|abandon\w*|drop\w*|discard\w*)"
    r"\s*(?:(?:the|a|an|our|this|that)\s+)?(?:\w+\s+){0,2}(?:\$|\\\()?\s*$",
    re.I,
)


def _after(lines: list[str], line: int, math: str) -> str:
    """The words on ``line`` right after the formula ``math``."""
    own = lines[line - 1] if 0 < line <= len(lines) else ""
    at = own.find(math)
    return own[at + len(math) :].lstrip("$ ") if at >= 0 else ""


def _condition_itself(before: str, math: str, after: str) -> bool:
    """Whether an inline formula is the condition it follows, or a point (see ``_CONDITION_ITSELF``): after "if",
    "unless", "until", any formula but one the sentence goes on to name ("If $Y = […]$ are the true labels")."""
    said = _CONDITION_ITSELF.search(before)
    naming = re.match(r"\s*(?:is|are)\s+(?:the|our|a|an)\b", after, re.I) is not None
    return said is not None and (said.group("condition") is None or _SIMPLE.fullmatch(math) is not None or not naming)


def without_consequences(found: Found, text: str) -> Found:
    """``found`` without the inline formulas stated as consequences ("where $p = σ(x)$ and $x_t = yx$, so that
    $p_t = σ(x_t)$") that would define a name: a claim the page draws, not a definition; left unchecked as any
    inline equality is. Nor a formula that is the condition itself ("If $a = b$, the loss vanishes": read as a := b,
    it proved ∂L/∂a = 0), or a point ("the minimum is at $x = \\frac{a+b}{2}$"), or what the page sets its own against
    ("Unlike $\\hat y = wx$")."""
    lines = text.split("\n")
    kept = tuple(
        display
        for display in found.inline
        if not (
            _SET_AGAINST.search(before := _sentence_before(lines, display.line, display.text) or "")
            or (
                _NAMED.match(display.text)
                and (
                    CONSEQUENCE.search(before)
                    or _condition_itself(before, display.text, _after(lines, display.line, display.text))
                )
            )
        )
    )
    return found if len(kept) == len(found.inline) else dataclasses.replace(found, inline=kept)
