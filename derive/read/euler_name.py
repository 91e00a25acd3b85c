"""The letter e as a name of the page: SLP3's computation graph writes ``d = 2b \\qquad e = a + d \\qquad L = ce``
and then ``\\frac{\\partial L}{\\partial c} = e``. derive reads e as Euler's number, so that page's true links were
refuted (e = a + d checked as 2.718… = a + d). Where a formula of the page sets e (``e = …``), each display that
writes e, alone or raised to a power (e^2 beside e = y − wx is the error squared), reads two ways and is refused,
naming both: Euler's number, or the page's e. So does π, where the page sets π."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.cursor import argument_end
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, in_word_groups, tokenize

#: i beside another letter in a case: i = k, k \\neq i (an index's, never the imaginary unit's).
_CASE = re.compile(r"(?<![A-Za-z\\])i\s*(?:=|\\neq?\b|<|>)\s*[A-Za-z]\b|\b[A-Za-z]\s*(?:=|\\neq?\b)\s*i(?![A-Za-z])")
#: i in the exponent of e or in exp, as Euler's formula writes it: e^{i\\theta}, e^{-i \\omega t}, \\exp(i x).
_IMAGINARY = re.compile(r"(?:\be\s*\^\s*\{[^{}]*|\\exp\s*(?:\\left)?\s*\([^()]*)(?<![A-Za-z\\^_])i(?![A-Za-z])")
#: The upright i of ISO notation.
_MATHRM_I = re.compile(r"\\(?:mathrm|text|operatorname)\s*\{\s*i\s*\}")
#: An environment's name, \\begin{aligned}: no letters of the math.
_ENVIRONMENTS = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}")


def _tokens(display: Display) -> list[Token]:
    """The display's tokens outside groups of words and upright names (\\text{where}, \\mathrm{e})."""
    try:
        tokens = tokenize(_ENVIRONMENTS.sub(" ", display.text), display.line)
    except InputError:
        return []
    words = in_word_groups(tokens)
    return [token for at, token in enumerate(tokens) if at not in words]


def _sets(tokens: list[Token], kind: str = "letter", value: str = "e") -> bool:
    """Whether a formula sets e (or π: ``kind``, ``value``): ``e = …`` at its start, or after a wide space or a
    row's start."""
    for at, token in enumerate(tokens[:-1]):
        starts = at == 0 or tokens[at - 1].kind in ("newline", "&", ",") or token.gap in ("\\quad", "\\qquad")
        sub = 0  # e_i = y_i - \\hat{y}_i: the page's vector e, whose e^{2} is its own too
        lettered = at + 3 < len(tokens) and tokens[at + 2 + (tokens[at + 2].kind == "{")].kind == "letter"
        if kind == "letter" and tokens[at + 1].kind == "_" and lettered:  # e_1 = …: a claim about an entry
            sub = (
                2
                if tokens[at + 2].kind != "{"
                else next((k for k in range(at + 2, len(tokens)) if tokens[k].kind == "}"), at) - at
            )
        aligned = at + 1 + sub < len(tokens) and tokens[at + 1 + sub].kind == "&" and at + 2 + sub < len(tokens)
        equals = at + 1 + sub + aligned
        if equals >= len(tokens):
            continue
        if starts and token.kind == kind and token.value == value and tokens[equals].kind == "=":
            right = tokens[equals + 1 : equals + (5 if kind == "letter" else 13)]  # \\pi = \\frac{1}{1+e^{-z}}
            if any(t.kind in ("letter", "command") and t.value not in (value, "frac") for t in right):
                return True  # e = a + d (e = e, a claim about e, sets nothing)
    return False


def _bare_e(tokens: list[Token]) -> bool:
    """Whether a display writes e, alone or raised to a power, with no index (e_i, an entry): with e = y − wx on
    the page, L = e^2 had been read as Euler's number squared, and ∂L/∂w = 0 proven."""
    return any(
        t.kind == "letter" and t.value == "e" and (at + 1 >= len(tokens) or tokens[at + 1].kind != "_")
        for at, t in enumerate(tokens)
    )


#: The prose naming e as a quantity of its own: "where $e$ is the prediction error", "the residual $e$".
_NAMED_WORDS = (
    r"(?:\$|\\\()\s*⟨L⟩\s*(?:\$|\\\))\s*,?\s+(?:is|denotes?|means?|represents?|stands\s+for|refers\s+to|be|as)\s+"
    r"(?:the\s+|an?\s+|our\s+)?(?P<what>[A-Za-z][A-Za-z -]{0,40})"
    r"|\b(?:errors?|residuals?|deviations?|differences?)\s+(?:\$|\\\()\s*⟨L⟩\s*(?:\$|\\\))"
    r"|\b(?:call|calls|called|denote|denotes|write|name|be|by|use|soit|sei)\s+(?:\$|\\\()\s*⟨L⟩\s*(?:\$|\\\))"
    r"|(?:^\s*[-*+]\s*|\|\s*)(?:\$|\\\()\s*⟨L⟩\s*(?:\$|\\\))\s*(?:[:|–—]|-\s)"  # "- $e$: the error", "| $e$ |"
    r"|(?:\$|\\\()\s*⟨L⟩\s*(?:\$|\\\))\s*,\s*(?:the|our|an?)\s+(?P<said>[A-Za-z][A-Za-z -]{0,40})"  # "$e$, the …,"
    r"|\$[^$]*(?<![A-Za-z\\{^_])⟨L⟩\s*(?::=|\\coloneqq|\\equiv|\\triangleq|\\doteq)[^$]*\$"  # $e := y - ŷ$
    r"|\$[^$]*[A-Za-z}]\s*=\s*⟨L⟩\s*\$"  # $y - \hat{y} = e$
)
_NAMED = re.compile(_NAMED_WORDS.replace("⟨L⟩", "e"), re.I | re.M)
#: The prose naming π a quantity of its own: "Let $\pi$ denote the policy" (probe s53's cc01).
_NAMED_PI = re.compile(_NAMED_WORDS.replace("⟨L⟩", r"\\pi(?![A-Za-z])"), re.I | re.M)
#: What the prose calls Euler's number, or π: then the letter is that.
_EULER = re.compile(r"exponential|euler|napier|natural|base|constant|number|2\.71", re.I)
_CIRCLE = re.compile(r"circle|constant|number|ratio|3\.14|archimedes", re.I)


def _named_in_words(text: str, named_as: re.Pattern[str] = _NAMED) -> int | None:
    """The line of the first sentence naming e a quantity other than Euler's number (survey S-07's "Let $e = …$ be
    the error" has its formula; "where $e$ is the prediction error" alone had left d/dw ½e² = 0 proven)."""
    text = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    for named in named_as.finditer(text):
        what = named.group("what") or named.group("said")
        if what is None or not (_EULER if named_as is _NAMED else _CIRCLE).search(what):
            return text.count("\n", 0, named.start()) + 1
    return None


def refuse_euler_names(found: Found, text: str = "") -> Found:
    """``found`` without the displays that write a bare e on a page that sets e, or names it in words, each listed
    with why."""
    setting = next((d.line for d in (*found.displays, *found.inline) if _sets(_tokens(d))), None)
    setting = setting if setting is not None else _named_in_words(text)
    if setting is None:
        return found
    why = (
        f"unreadable: e can be read two ways: Euler's number, or the name e the page sets at line {setting} (write "
        "\\mathrm{e} or \\exp for Euler's number, or give the name another letter)"
    )
    refused = [d for d in found.displays if _bare_e(_tokens(d))]
    inline = [d for d in found.inline if _sets(_tokens(d)) or _bare_e(_tokens(d))]  # no definition with e is taken
    unset = [d for d in inline if not _sets(_tokens(d))]  # L = e^2 beside e = y − wx
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d not in refused),
        inline=tuple(d for d in found.inline if d not in inline),
        unchecked=(*found.unchecked, *(Unchecked(d.line, why) for d in (*refused, *unset))),
    )


def refuse_pi_names(found: Found, text: str = "") -> Found:
    """``found`` without the displays that write π on a page that sets it (``\\pi = \\frac{1}{1+e^{-z}}``, a
    probability named π): the constant, or the page's π? (A probe's page proved ∂π/∂z = 0 of the π it defined.)"""
    setting = next((d.line for d in (*found.displays, *found.inline) if _sets(_tokens(d), "command", "pi")), None)
    setting = setting if setting is not None else _named_in_words(text, _NAMED_PI)
    if setting is None:
        return found
    why = f"unreadable: \\pi can be read two ways: the constant π, or the name π the page sets at line {setting}"
    refused = [d for d in found.displays if any(t.kind == "command" and t.value == "pi" for t in _tokens(d))]
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d not in refused),
        inline=tuple(d for d in found.inline if not _sets(_tokens(d), "command", "pi")),
        unchecked=(*found.unchecked, *(Unchecked(d.line, why + " (give the name another letter)") for d in refused)),
    )


def _subscripted(tokens: list[Token]) -> set[str]:
    """The letters written in a subscript (x_i, x_{ki}, \\sum_{i=1}): the page's indices."""
    spans = ((at + 1, argument_end(tokens, at + 1)) for at, token in enumerate(tokens) if token.kind == "_")
    return {t.value for start, end in spans if end is not None for t in tokens[start:end] if t.kind == "letter"}


def refuse_imaginary_unit(found: Found, front: FrontMatter) -> Found:
    """``found`` without the displays that write i in the exponent of e (e^{iθ}, \\exp(i x), ``\\mathrm{i}`` too)
    on a page where i is no index (no name is indexed by i, no sum runs over it, no case holds it) and the front
    matter does not declare it: the imaginary unit, or a real number of the page? (A probe's d/dθ |e^{iθ}| =
    i |e^{iθ}| was proven, i a real number.)"""
    declared = {e.text.strip() for e in (*front.scalars, *front.indices, *front.vectors, *front.arrays)}
    texts = [d.text for d in (*found.displays, *found.inline)] + [t.text for pair in front.define for t in pair]
    if "i" in declared or any("i" in _subscripted(_tokens(Display(text, 0, "", ""))) for text in texts):
        return found  # s_i: … in the front matter, or x_i on the page: i an index
    if any(_CASE.search(text) for text in texts):
        return found  # \mathbb{1}(i = k), a case i \neq k: i an index
    why = ("unreadable: i, no index of the page, can be read two ways: the imaginary unit, or a real number of the "
           "page's (declare it: scalars: [i])")  # fmt: skip
    refused = [d for d in found.displays if _IMAGINARY.search(_MATHRM_I.sub(" i ", d.text))]
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if d not in refused),
        unchecked=(*found.unchecked, *(Unchecked(d.line, why) for d in refused)),
    )


def refuse_constant_names(found: Found, front: FrontMatter, text: str = "") -> Found:
    """``found`` with e and π the page sets, and an i that is no index, refused where they stand (see above)."""
    return refuse_imaginary_unit(refuse_pi_names(refuse_euler_names(found, text), text), front)


__all__ = ["refuse_constant_names", "refuse_euler_names", "refuse_pi_names"]
