"""Equations a page sets, not identities it claims. "To minimize, we set the derivative to zero:
$$\\frac{d}{dx}(x^2 - 2x) = 2x - 2 = 0$$" states the condition of an optimum, an equation to solve for x, not that
2x − 2 is 0 for every x. Where the prose just before a display (or before the displays in a row it starts) says
so in words of that kind ("set … to zero", "require … to be zero", "equate … to zero", "solving … = 0", "at the
minimum", "stationary point", "score equations", "normal equations"), the display's ``= 0`` (or ``0 =``) end is that
condition: listed as such, not checked; the chain's other links are identities and are checked. Words that
state a fact ("the gradient vanishes", "is zero") do not, nor those denied in their clause ("We do not set the
derivative to zero"): there ``= 0`` is a claim, refuted when false."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sympy import Derivative, Expr, S, Symbol

from derive.read.find import Display, Found, Unchecked
from derive.read.latex_lexer import Token
from derive.read.links import Link, source_text

#: Zero as prose writes it: the word, the digit, a bold or arrowed zero vector.
_ZERO = r"(?:zero|0|\\(?:mathbf|boldsymbol|vec|bm)\s*\{?\s*0\s*\}?)(?!\w|\.\d)"
_POINT = r"(?:minimum|maximum|optimum|minimi[sz]er|maximi[sz]er|extremum|stationary point|critical point)"
#: What a page sets to zero when it states a condition: a derivative, or the result just shown ("setting this to
#: zero"); not a value ("we set $x = 1$, $y = 0$", "set the bias to zero": a value put in). A prime is f'(x) or
#: f' =, never an apostrophe ("the model's bias": a probe had x² = 1 proven below it).
_SUBJECT = (
    r"(?:derivatives?|gradients?|partials?|differentials?|\\partial|\\nabla|\\frac\s*\{\s*d|'(?=\s*[(=])|"
    r"\b(?:this|it|them|these|those|both|each|expressions?|results?)\b)"
)
#: A verb, then in its clause what it sets, then zero.
_SETS = rf"[^.;]{{0,160}}?{_SUBJECT}[^.;]{{0,160}}?"
_WORDS = (
    re.compile(rf"\bset(?:s|ting)?\b{_SETS}(?:\bequal\s+to|\bto|=)\s*(?:be\s+)?{_ZERO}"),
    # "Take derivative w.r.t. $w$ and set to 0:": what it sets before "set" (a stop inside "w.r.t." goes on)
    re.compile(
        rf"{_SUBJECT}(?:w\.r\.t\.|[^.;]|\.(?!\s)){{0,160}}?\band\s+set(?:s|ting)?\s+(?:equal\s+to|to|=)\s*{_ZERO}"
    ),
    # "Setting to zero:" with nothing named between (T-06): what it sets is what was just shown, not a value
    re.compile(
        rf"(?:^|[.:;]\s)\s*(?:and\s+|then\s+)?set(?:s|ting)?\s+(?:equal\s+to|to|=)\s*{_ZERO}\s*(?:[:,.;]|and\b|$)",
        re.I,
    ),  # "Setting to zero the bias $b$": a value put in, named after zero
    re.compile(rf"\brequir\w*\b{_SETS}(?:\bto\s+(?:be\s+)?(?:equal\s+to\s+)?{_ZERO}|\bvanish)"),
    re.compile(rf"\bequat\w*\b{_SETS}\bto\s+{_ZERO}"),
    re.compile(rf"\bsolv\w*\b{_SETS}=\s*{_ZERO}"),
    re.compile(rf"\bsolv\w*\s+for\s+(?:where|when)\b{_SETS}\b(?:is|are|equals?|becomes?)\s+{_ZERO}"),
    re.compile(r"\bsolv(?:e|es|ing)\b(?:\s+(?:the\s+)?(?:equations?|system|following))?\s*:?\s*$"),  # "we solve"
    re.compile(r"\b(?:score|normal|stationarity|optimality|first[- ]order)\s+(?:equations?|conditions?)\b"),
    re.compile(rf"\b(?:location|point)\s+of\s+(?:the|a|its)\s+{_POINT}"),
    re.compile(rf"\bsolv\w*\s+for\s+(?:the|a|its)\s+{_POINT}"),
    re.compile(rf"\bat\s+(?:the|an?|its|this)\s+{_POINT}"),
    re.compile(rf"\bthe\s+{_POINT}\s+(?:of\s+\S+\s+)?(?:is|occurs|lies)\s+(?:at|where)\b"),
    re.compile(r"\b(?:stationary|critical)\s+points?\b"),
)


#: An equals sign marked as set, not claimed: ``\\overset{\\text{set}}{=}``, ``\\stackrel{!}{=}``.
_MARKED = re.compile(
    r"\\(?:overset|stackrel)\s*\{\s*(?:\\(?:text|mathrm|textrm)\s*\{\s*)?(?:set|!)\s*\}?\s*\}\s*\{\s*=\s*\}"
)


def condition_words(lead: str, text: str = "") -> str:
    """The words of a display's lead that make its ``= 0`` a condition the page sets, or ``""``; an equals sign the
    display's ``text`` marks as set (``\\overset{\\text{set}}{=} 0``) makes it one too."""
    marked = _MARKED.search(text)
    if marked is not None:
        return " ".join(marked.group(0).split())
    text = re.sub(r"\s+", " ", lead.replace("$", " ").replace("*", "")).lower()
    for pattern in _WORDS:
        match = next((m for m in pattern.finditer(text) if not _denied(text, m)), None)
        if match is not None:
            return match.group(0).strip()
    return ""


#: Words in the clause of the words that set a condition that deny them: "We do not set the derivative to zero
#: here", "Setting the derivative to zero would be wrong" (a probe's 2x − 2 = 0 had then passed unchecked).
_DENIES = re.compile(
    r"\b(?:not|never|cannot|without|would|wrong|mistakes?|instead\s+of|rather\s+than|no\s+need|need\s+not)\b|n't\b"
)
#: What bounds a clause: punctuation, "but".
_CLAUSE = re.compile(r"[,.;:!?]|\bbut\b")


def _denied(text: str, match: re.Match[str]) -> bool:
    """Whether the clause around ``match`` (its words before it and after it, between commas, stops and "but")
    denies it."""
    before = _CLAUSE.split(text[: match.start()])[-1]
    after = _CLAUSE.split(text[match.end() :])[0]
    return _DENIES.search(before) is not None or _DENIES.search(after) is not None


#: A line of prose that only joins a display to the one before: "and", "and also", "as well as".
_JOINS = re.compile(r"\s*(?:and|and also|as well as|also|together with)\s*[,:]?\s*", re.I)
#: A display that opens with ⇒: an equation that follows from the one before, set as that one is.
_IMPLIED = re.compile(r"\s*\\(?:Rightarrow|implies|Longrightarrow)(?![A-Za-z])")
#: A zero followed by ⇒ in one display: an equation set to zero and solved, as "setting it to zero" says.
_SOLVED = re.compile(r"=\s*0\s*(?:\\[,;:!]|\\q?quad|\s)*\\(?:Rightarrow|implies|Longrightarrow)(?![A-Za-z])")
#: A line that holds only a display's delimiters.
_DELIMITERS = re.compile(r"\s*(?:\$\$|\\\[|\\\]|```(?:math)?|\\(?:begin|end)\{[A-Za-z*]+\})*\s*")


def with_set_conditions(found: Found, text: str) -> Found:
    """Each display with the words that make its zero end a condition (``Display.condition``): its lead's, or, for a
    display that follows one with nothing but blank lines between, that one's ("require the derivatives to be
    zero: $$0 = ∂ℓ/∂β_0 = …$$ $$0 = ∂ℓ/∂β_1 = …$$")."""
    lines = text.split("\n")
    displays: list[Display] = []
    for display in found.displays:
        words = condition_words(display.lead, display.text)
        if not words and displays and displays[-1].condition:
            before = displays[-1]
            between = lines[before.line + before.text.count("\n") : display.line - 1]
            joined = all(_DELIMITERS.fullmatch(line) or _JOINS.fullmatch(line) for line in between)
            implied = _IMPLIED.match(display.text) is not None  # "$$\Rightarrow … = 0$$": the same equation, on
            words = before.condition if joined or implied else ""  # "we solve $$…= 0$$ and $$…= 0$$"
        if not words and (solved := _SOLVED.search(display.text)):  # "2(w - 1) = 0 \Rightarrow w = 1" (bb18)
            words = " ".join(solved.group(0).split())
        if not words:  # the condition written again: the same condition
            words = next((d.condition for d in displays if d.condition and d.text.strip() == display.text.strip()), "")
        displays.append(dataclasses.replace(display, condition=words) if words else display)
    return dataclasses.replace(found, displays=tuple(displays))


def _is_zero(side: list[Token]) -> bool:
    """``0``, ``\\mathbf{0}``, ``\\boldsymbol{0}``, ``\\vec{0}``, ``\\bm{0}`` and nothing else."""
    kinds = [(t.kind, t.value) for t in side if t.kind not in ("{", "}")]
    if kinds and kinds[0][0] == "command" and kinds[0][1] in ("mathbf", "boldsymbol", "vec", "bm"):
        kinds = kinds[1:]
    return kinds == [("number", "0")]


@dataclass(frozen=True)
class SetZero:
    """A chain's zero end that the page sets: where it stood, and the line that lists it."""

    last: bool
    shown: str
    unchecked: Unchecked


def set_condition(
    display: Display, sides: list[list[Token]], continued: bool
) -> tuple[list[list[Token]], SetZero | None]:
    """The sides left to check, and the condition the page sets, when the display's words make its zero end one:
    the last side, or the first where the chain does not go on from the display before."""
    if not display.condition or len(sides) < 2:
        return sides, None
    if _is_zero(sides[-1]):
        zero, rest, other, last = sides[-1], sides[:-1], sides[-2], True
        shown = f"{_short(source_text(display.text, other)) if other else '…'} = 0"
    elif not continued and _is_zero(sides[0]):
        zero, rest, other, last = sides[0], sides[1:], sides[1], False
        shown = f"0 = {_short(source_text(display.text, other))}"
    else:
        return sides, None
    reason = f'a condition the page sets ({shown}: "{display.condition}"), an equation to solve, not an identity'
    return rest, SetZero(last, shown, Unchecked(zero[0].line, reason, equality=False))


def _short(text: str) -> str:
    """A side as a message quotes it: its first 60 characters."""
    return f"{text[:60]}{'…' if len(text) > 60 else ''}"


def condition_link(zero: SetZero, exprs: list[Expr] | None, chain: int, line: int) -> Link:
    """The condition as a link that is no claim (``Link.sets``): the side beside the zero (``exprs`` the chain's
    sides read, ``None`` where that side was not), and the variables its chain differentiates by."""
    exprs = [getattr(e, "entry", e) for e in exprs] if exprs else exprs  # a whole vector: its entry
    side = S.Zero if not exprs else exprs[-1] if zero.last else exprs[0]
    unknowns: list[Symbol] = []
    for expr in exprs or ():
        for derivative in sorted(expr.atoms(Derivative), key=str):
            unknowns += [v for v in derivative.variables if isinstance(v, Symbol) and v not in unknowns]
    return Link(
        line=zero.unchecked.line,
        lhs=side,
        rhs=S.Zero,
        lhs_latex=zero.shown,
        rhs_latex="0",
        condition=S.true,
        constraints=(),
        head=side,
        chain=chain,
        position=0,
        opening=True,
        sets=(zero.shown, tuple(unknowns)),
    )
