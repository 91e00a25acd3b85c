"""Time steps numbered in parentheses, as an LSTM page writes them: ``\\vec{c}^{(1)}``, ``\\vec{c}^{(2)}``,
``\\tilde{c}^{(2)}`` on a page that says "Timestep 2": each step's quantity a name of its own (c_1, c_2), never a power.

On a page whose prose speaks of time steps, one base (a letter, in a vector's font or not, or an accented letter)
written with two numerals or more in parentheses labels its steps, as d2l's ``W^{(1)}``, ``W^{(2)}`` label layers
(``derive.read.numbered_layers``): nobody writes the power 2 as ``^{(2)}`` there. The same base written with a
letter, ``\\vec{c}^{(t)}``, is the generic step, which stays refused where it stands (a label or a power). Not read
so where the page also writes the base with another superscript (``c^2``, ``c^n``: powers of the same name), applies
a numbered one (``f^{(2)}(x)``: a derivative's order?), sums over a letter that labels it (``\\sum_i x^{(i)}``: a
page of examples, read by ``derive.read.examples``), or where its words speak of squares, powers or higher
derivatives (``a^{(2)}``, "a squared"?).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from derive.read.find import Display, Found
from derive.read.redefinitions import refuse_using

#: The prose of a page of time steps: "Timestep 2", "time steps", "time-step".
_STEPS = re.compile(r"\btime[- ]?steps?\b", re.I)
#: Words that make ^{(2)} perhaps a derivative's order: "second derivative", "derivatives of order n".
DERIVATIVES = re.compile(
    r"\b(?:(?:second|third|higher|\w+-th|nth|\d+(?:st|nd|rd|th))[- ](?:order\s+)?derivatives?|derivatives?\s+of\s+"
    r"(?:higher\s+)?order)\b",
    re.I,
)
#: Words that make ^{(2)} perhaps a power: "squared", "to the power", "powers of".
_POWERS = re.compile(
    r"\b(?:squared?|cubed?|(?:to\s+the|raised\s+to)\s+(?:the\s+)?(?:power|\w+\s+power)|powers?\s+of)\b", re.I
)
#: A name as a step's quantity is written: ``\\vec{c}``, ``\\mathbf{c}``, ``\\tilde{c}``, ``c``.
_NAME = (
    r"(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*(?P<font>[A-Za-z])\s*\}"
    r"|\\(?P<accent>tilde|hat|bar)\s*\{\s*(?P<accented>[A-Za-z])\s*\}"
    r"|(?<![\\A-Za-z])(?P<plain>[A-Za-z])(?![A-Za-z]))"
)
#: A name with its superscript: ``\\vec{c}^{(2)}`` (the label), or ``c^2``, ``c^{n}`` (anything else).
_SCRIPTED = re.compile(_NAME + r"\s*\^\s*(?P<script>\{\s*\(\s*(?P<label>[^(){}]*?)\s*\)\s*\}|\{[^{}]*\}|\\?\w)")
#: A sum over a letter: ``\\sum_i``, ``\\sum_{i=1}^m``.
_SUM = re.compile(r"\\sum\s*_\s*\{?\s*([A-Za-z])")


def _key(match: re.Match[str]) -> str:
    """The base's name: "c", "ctilde" (its font is typography; the accent is part of it)."""
    if match.group("accent"):
        return match.group("accented") + match.group("accent")
    return match.group("font") or match.group("plain")


def step_labels(text: str) -> frozenset[str]:
    """The names the page writes as one base numbered by its time steps (c_1, c_2, ctilde_2 from ``\\vec{c}^{(1)}``,
    ``\\vec{c}^{(2)}``, ``\\tilde{c}^{(2)}``), for ``merge_words``; none on a page that does not speak of time
    steps."""
    if not _STEPS.search(text) or _POWERS.search(text) or DERIVATIVES.search(text):
        return frozenset()
    numerals: dict[str, set[str]] = {}
    letters: dict[str, set[str]] = {}
    excluded: set[str] = set()
    for match in _SCRIPTED.finditer(text):
        key, label = _key(match), match.group("label")
        if label is None:
            excluded.add(key)  # c^2, c^{n}, c^T beside c^{(1)}: a power of the same name?
        elif re.fullmatch(r"\d+", label):
            if len(label) > 1:
                continue  # ^{(10)}: left as written, refused where it stands
            numerals.setdefault(key, set()).add(label)
            if re.match(r"\s*(?:\(|\\left|\\big)", text[match.end() :]):
                excluded.add(key)  # f^{(2)}(x): a second derivative?
        elif re.fullmatch(r"[A-Za-z](?:\s*[-+]\s*\d)?", label):
            letters.setdefault(key, set()).add(label[0])
        else:
            excluded.add(key)  # ^{(2k)}, ^{(10)}: not read
    summed = set(_SUM.findall(text))
    excluded |= {key for key, labels in letters.items() if labels & summed}  # Σ_i x^{(i)}: the page's examples
    return frozenset(
        f"{key}_{n}" for key, ns in numerals.items() if len(ns) > 1 and key not in excluded and key != "e" for n in ns
    )


#: A value the prose puts in for a step's quantity: ``$\\vec{i}^{(1)} = 0$``.
_VALUE = re.compile(
    r"(?<![$\\])\$(?!\$)\s*(" + _NAME + r"\s*\^\s*\{\s*\(\s*\d\s*\)\s*\}\s*=\s*-?\s*\d+(?:\.\d+)?)\s*\$"
)


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


#: Math on the page: ``$$…$$``, ``$…$``.
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)


def _bare(text: str, bases: set[str]) -> list[tuple[str, str, int]]:
    """Where the page writes a step's base without a step (``c`` beside ``c^{(1)}``: the generic step, or a name of
    its own?): each base, as written, and its line."""
    found = []
    for math in _MATH.finditer(text):
        start = math.start(1) if math.group(1) is not None else math.start(2)
        inner = math.group(1) if math.group(1) is not None else math.group(2)
        for match in re.finditer(_NAME, inner):
            key = _key(match)
            scripted = re.search(r"[_^]\s*\{?\s*$", inner[: match.start()])  # W_f, \prod_{i=3}: a script
            if key in bases and not scripted and not re.match(r"\s*\^", inner[match.end() :]):
                found.append((key, match.group(0), _line(text, start + match.start())))
    return found


def step_conditions(found: Found, text: str, words: frozenset[str]) -> Found:
    """``found`` with each display that writes a step's name (``words``) marked with what the page states of its
    steps that derive does not read (``Display.unheld``): no link there is refuted. The step written with a letter
    (``\\vec{c}^{(t)} = …``, "with $\\vec{i}^{(t)} = 0$"), and a value put in for the display below it ("With
    $\\vec{i}^{(1)} = 0$:"), which a display further down may still use (c_1 = 0 there?) or not."""
    if not words:
        return found
    bases = {word.rsplit("_", 1)[0] for word in words}
    generic = [(m, _line(text, m.start())) for m in _SCRIPTED.finditer(text) if _key(m) in bases and m.group("label")
               is not None and not re.fullmatch(r"\d+", m.group("label"))]  # fmt: skip
    values = [(m.group(1), _line(text, m.start())) for m in _VALUE.finditer(text)]
    bare = _bare(text, bases)
    lines = sorted(d.line for d in found.displays)
    displays = []
    for display in found.displays:
        written = {_key(m) for m in _SCRIPTED.finditer(display.text) if m.group("label") is not None}
        if not written & bases or display.unheld:
            displays.append(display)
            continue
        said = [
            f"the step written with a letter, ${m.group(0)}$ at line {at}" for m, at in generic if _key(m) in written
        ]
        said = [s for s in said if display.line - 3 < int(s.rsplit(" ", 1)[1]) < display.line] + [
            f"${v}$, put in at line {at} for the display after it" for v, at in values
            if at < display.line and next((n for n in lines if n > at), 0) < display.line] + said  # fmt: skip
        said += [f"{shown} written without its step, at line {at}" for key, shown, at in bare if key in written]
        displays.append(dataclasses.replace(display, unheld=said[0]) if said else display)
    return refuse_using(dataclasses.replace(found, displays=tuple(displays)), lambda d, _: _vector_product(d, bases))


#: A step's name in a vector's font: ``\\vec{c}^{(1)}``.
_VECTOR = re.compile(r"\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}\s*\^\s*\{\s*\(\s*\d\s*\)\s*\}")


def _vector_product(display: Display, bases: set[str]) -> str | None:
    """Why ``display`` is refused where it multiplies two steps' vectors by anything but ⊙ (``\\vec{a}^{(1)} \\cdot
    \\vec{a}^{(2)}``, side by side, or a group's and a vector): derive reads each as one entry, so a dot product would
    be read as the product of entries."""
    found = [m for m in _VECTOR.finditer(display.text) if m.group(1) in bases]
    for first, second in itertools.pairwise(found):
        between = display.text[first.end() : second.start()]
        if not re.search(r"[-+=,&<>]|\\odot|\\oslash|\\\\", between):
            return (
                f"unreadable: {' '.join([first.group(0), *between.split(), second.group(0)])} can be read two ways: a "
                "product of the two vectors (a dot or an outer product), or entry by entry, written \\odot"
            )
    return None


__all__ = ["DERIVATIVES", "step_conditions", "step_labels"]
