"""A letter the prose names as a particular function it knows by a word: "Let $g$ be the exponential function.",
"where $f$ is the logistic sigmoid", "$h$ denotes the hyperbolic tangent". Read as any function, g' = g was refuted
with the stand-in g = sin (a probe's R6), which the page rules out; read as what the words name (e^x, the logistic
sigmoid, tanh, softplus, the identity), the page's claim is checked, and the report says so at the sentence's line.

Only a sentence that names one letter, alone between dollars, right before "be/is/denotes" and the function's
words, or right after them ("the exponential function $g$"), with no hedge ("not", "any", "such as", "or", "if");
a letter the page defines, or declares under ``define`` or ``functions``, keeps its own meaning.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter

#: The functions known by their words, as a definition's body in its parameter x.
_BODIES = {
    "exponential": "e^{x}",
    "exp": "e^{x}",
    "sigmoid": "\\frac{1}{1 + e^{-x}}",
    "logistic": "\\frac{1}{1 + e^{-x}}",
    "tanh": "\\tanh(x)",
    "hyperbolic tangent": "\\tanh(x)",
    "softplus": "\\log(1 + e^{x})",
    "identity": "x",
}
_WORDS = r"(?P<word>exponential|exp|sigmoid|logistic|tanh|hyperbolic\s+tangent|softplus|identity)"
_LETTER = r"\$\s*(?P<letter>\\[A-Za-z]+|[A-Za-z])\s*\$"
_THE = r"the\s+(?:standard\s+|usual\s+|natural\s+|logistic\s+)?"
#: "$g$ is/be/denotes the exponential function", "the exponential function $g$".
_NAMING = (
    re.compile(rf"{_LETTER}\s+(?:be|is|denotes|stands\s+for|is\s+defined\s+as)\s+{_THE}{_WORDS}"
               r"(?:\s+(?:sigmoid\s+)?(?:function|map|activation|nonlinearity))?\s*(?P<end>[.,;:]|$)", re.I),
    re.compile(rf"\b{_THE}{_WORDS}(?:\s+sigmoid)?\s+(?:function|activation|nonlinearity)\s+{_LETTER}", re.I),
)  # fmt: skip
#: Words that make the function one example or not the letter's: "any function, such as the exponential".
_HEDGES = re.compile(
    r"\b(?:not|any|arbitrary|such\s+as|e\.g|example|instance|like|unlike|instead|rather|whether|if|or|approximat\w*"
    r"|derivative|inverse|scaled|shifted|variant|never|mistake\w*|wrong)\b|n't\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_MATH = re.compile(r"\$[^$]*\$")


def take_named_functions(front: FrontMatter, found: Found, text: str) -> FrontMatter:
    """The front matter with each letter the prose names as a known particular function defined as that function,
    where nothing defines or declares it; a note for each in ``found.readings`` is made by the caller's reading."""
    taken = _named(text)
    declared = {entry.text.split("(")[0].strip() for entry, _ in front.define}
    declared |= {entry.text.strip() for entry in front.functions}
    every = (*found.displays, *found.inline)
    added: list[tuple[Entry, Entry]] = []
    for letter, (word, line) in taken.items():
        name = letter
        defines = re.compile(rf"(?:^|[=&]|\\\\)\s*{re.escape(name)}\s*\([^()]*\)\s*(?::=|=)")
        if name in declared or any(defines.search(d.text) for d in every):
            continue
        applied = re.compile(rf"{re.escape(name)}\s*(?:'|\^\{{?\\prime\}}?)*\s*(?:\\left\s*)?\(")
        if not any(applied.search(d.text) for d in found.displays):
            continue
        added.append((Entry(f"{name}(x)", line), Entry(_BODIES[word], line)))
    return dataclasses.replace(front, define=(*front.define, *added)) if added else front


def named_readings(before: FrontMatter, after: FrontMatter) -> tuple[str, ...]:
    """What the report says of each function ``take_named_functions`` read."""
    return tuple(
        f"line {head.line}: {head.text.split('(')[0]} read as {body.text} (in x): the prose names it so at this "
        "line, and the page defines it nowhere (define it to read it otherwise)"
        for head, body in after.define[len(before.define) :]
    )


def _named(text: str) -> dict[str, tuple[str, int]]:
    """Each letter a sentence of ``text`` names as a known function (its word and line), first naming kept; a letter
    named as two different functions is left out."""
    found: dict[str, tuple[str, int]] = {}
    clashing: set[str] = set()
    at = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, at)
        at = max(start, at)
        if _HEDGES.search(_MATH.sub(" ", sentence)):
            continue
        for pattern in _NAMING:
            for match in pattern.finditer(sentence):
                if len(_MATH.findall(sentence)) != 1:  # one letter, alone: "$g$ and $h$ are …" names two
                    continue
                word = re.sub(r"\s+", " ", match["word"].lower())
                letter, line = match["letter"], text.count("\n", 0, start + match.start()) + 1
                if letter == "\\sigma":  # σ and the sigmoid: ``derive.read.stated_sigmoid`` reads them
                    continue
                if letter in found and _BODIES[found[letter][0]] != _BODIES[word]:
                    clashing.add(letter)
                found.setdefault(letter, (word, line))
    return {letter: said for letter, said in found.items() if letter not in clashing}


__all__ = ["named_readings", "take_named_functions"]
