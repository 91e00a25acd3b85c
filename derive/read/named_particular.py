"""A letter the prose names as a particular function it knows by a word, in a sentence that says only that: "Let $g$
be the exponential function.", "Here $f$ is the logistic function.", "where $h$ denotes the hyperbolic tangent."
Read as any function, g' = g was refuted with the stand-in g = sin (a probe's R6), which the page rules out; read as
what the words name (e^x, the logistic sigmoid, tanh, softplus, the identity), the claim is checked, and the report
says so at the sentence's line.

Read only where nothing else could be meant (a probe proved g' = g beside ``g(x) &= 2^{x}``, after "Now let $g$ be
any function.", below "…, with base 2." and from a code block): the sentence is that naming and nothing more; no
other sentence of the prose writes the letter alone; the math writes it only applied (g(x), g'(x)), never as a
head before a relation (g(x) &= 2^x, g \\equiv …, g = 2^x); it is one Latin letter other than e, i and d; nothing
in the front matter declares it; and the sentence stands outside code.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter

#: The functions known by their words, as a definition's body in its parameter x.
BODIES = {
    "exponential": "e^{x}",
    "sigmoid": "\\frac{1}{1 + e^{-x}}",
    "logistic": "\\frac{1}{1 + e^{-x}}",
    "logistic sigmoid": "\\frac{1}{1 + e^{-x}}",
    "tanh": "\\tanh(x)",
    "hyperbolic tangent": "\\tanh(x)",
    "softplus": "\\log(1 + e^{x})",
    "identity": "x",
}
#: The whole sentence: "Let $g$ be the exponential function.", "$f$ is the logistic sigmoid.".
_NAMING = re.compile(
    r"^(?:(?:let|here|where)\s+)?\$\s*(?P<letter>[a-zA-Z])\s*\$\s+(?:be|is|denotes)\s+the\s+(?:standard\s+)?"
    r"(?P<word>exponential|logistic\s+sigmoid|logistic|sigmoid|tanh|hyperbolic\s+tangent|softplus|identity)"
    r"(?:\s+(?:function|map))?\s*[.:]?$",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n\s*\n")
#: A relation that makes what stands before it a head: =, :=, \\equiv, \\coloneqq, \\stackrel{…}{=}, …
_RELATION = r"(?:&\s*)?(?::=|=|\\(?:equiv|coloneqq|coloneq|triangleq|defeq|doteq|stackrel|overset|approx|sim))"
_FENCE = re.compile(r"^\s*(?:```|~~~)")


def take_named_functions(front: FrontMatter, found: Found, text: str) -> FrontMatter:
    """The front matter with each letter the prose names as a known particular function (see the module) defined
    as that function."""
    declared = {entry.text.split("(")[0].strip() for entry, _ in front.define}
    declared |= {e.text.strip() for e in (*front.functions, *front.scalars, *front.vectors, *front.arrays)}
    math = [d.text for d in (*found.displays, *found.inline)]
    added: list[tuple[Entry, Entry]] = []
    for letter, (word, line) in _named(outside_code(text)).items():
        if letter in declared or letter in ("e", "i", "d") or not _only_applied(letter, math):
            continue
        added.append((Entry(f"{letter}(x)", line), Entry(BODIES[word], line)))
    return dataclasses.replace(front, define=(*front.define, *added)) if added else front


def named_readings(before: FrontMatter, after: FrontMatter) -> tuple[str, ...]:
    """What the report says of each function ``take_named_functions`` read."""
    return tuple(
        f"line {head.line}: {head.text.split('(')[0]} read as {body.text} (in x): the prose names it so at this "
        "line, and the page defines it nowhere (define it to read it otherwise)"
        for head, body in after.define[len(before.define) :]
    )


def _only_applied(letter: str, math: list[str]) -> bool:
    """Whether every time the math writes ``letter`` it applies it (g(x), g'(x), g^\\prime(x)), and no application
    stands before a relation (g(x) &= 2^{x}: the page's own definition)."""
    alone = re.compile(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])")
    applied = re.compile(rf"{letter}\s*(?:'+|\^\s*\{{?\s*\\prime\s*\}}?)?\s*(?:\\left\s*)?\(")
    head = re.compile(rf"(?<![A-Za-z\\]){letter}\s*(?:\\left\s*)?\([^()]*(?:\\right\s*)?\)\s*{_RELATION}")
    for text in math:
        if head.search(text):
            return False
        if any(applied.match(text, found.start()) is None for found in alone.finditer(text)):
            return False
    return True


def outside_code(text: str) -> str:
    """``text`` with fenced code blocks blanked (a naming inside one is code, no prose)."""
    lines, inside = text.split("\n"), False
    for number, line in enumerate(lines):
        fence = _FENCE.match(line) is not None
        lines[number] = "" if inside or fence else line
        inside = inside != fence
    return "\n".join(lines)


def _named(text: str) -> dict[str, tuple[str, int]]:
    """Each letter a sentence of ``text`` names as a known function and nothing more (its word and line), where no
    other sentence writes the letter alone between dollars."""
    found: dict[str, tuple[str, int]] = {}
    mentions: dict[str, int] = {}
    at = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, at)
        at = max(start, at)
        for letter in re.findall(r"\$\s*([a-zA-Z])\s*\$", sentence):
            mentions[letter] = mentions.get(letter, 0) + 1
        match = _NAMING.match(" ".join(sentence.split()))
        if match is not None:
            word = " ".join(match["word"].lower().split())
            found.setdefault(match["letter"], (word, text.count("\n", 0, start) + 1))
    return {letter: said for letter, said in found.items() if mentions.get(letter) == 1}


__all__ = ["BODIES", "named_readings", "outside_code", "take_named_functions"]
