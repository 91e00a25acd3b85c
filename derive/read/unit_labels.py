"""Quantities named by a word and a unit's label, as Matt Mazur's step-by-step backpropagation writes them:
``net_{h1}``, ``out_{o1}``, ``target_{o1}``, ``E_{o1}`` (the net input, output and target of hidden unit h1 or
output unit o1, and the error at o1). TeX sets the letters of net side by side and lowers h1 under the t; the
page means one number per unit, as ``E_{total}`` is one. Each is read as a number labelled by its unit,
``net_{\\text{h1}}``, a scalar of its own (``derive.read.labelled_scalars``), and the report says so.

Read so only for the words below and a word with a capital, before a label of letters and a unit's number
(``h1``, ``o12``); a single capital before such a label (``E_{o1}``) too, where the label's letter is no index
of the page and the capital no name the front matter declares. On such a page ``\\delta_{o1}`` is unit o1's error
signal, never Kronecker's δ(o, 1). ``w_{j1}`` (a weight's two indices, j and 1), ``net_j`` (an entry), and a word
or a capital also written otherwise (``net_{hi}`` beside ``net_{h1}``, ``A_{1j}`` beside ``A_{k1}``) are left as
written."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found

#: The words a step-by-step example names its units' quantities with.
WORDS = ("net", "out", "target", "output", "input", "pred", "err", "error", "act", "grad", "delta", "loss", "cost")
_WORD = rf"(?:{'|'.join(WORDS)}|[A-Z][a-z]{{2,11}}|[A-Z])"
#: A word, then a unit's label as its subscript: ``net_{h1}``, ``out_{o2}``, ``E_{o1}`` (TeX drops ``h 1``'s space).
_UNIT = re.compile(
    rf"(?:\\(?:text|mathrm)\s*\{{\s*(?P<upright>{'|'.join(WORDS)})\s*\}}|(?<![A-Za-z\\])(?P<word>{_WORD}))"
    r"\s*_\s*\{\s*(?P<label>[a-z]{1,3}\s*\d{1,2})\s*\}"  # \\text{net}_{h1} too: the same unit's net
)
#: A word labelled so, once written: where its letters merge into one name (``derive.read.capital_runs``).
LABELLED_WORD = re.compile(rf"(?<![A-Za-z\\])(?P<word>{'|'.join(WORDS)}|[A-Z][a-z]{{2,11}})\s*_\s*\{{\s*\\text\s*\{{")
#: A word written otherwise: alone, or with another subscript (``net_{hi}``, ``A_{1j}``); not upright (``\\text{net}``).
_WRITTEN = re.compile(
    rf"(?<!\\text\{{)(?<!\\mathrm\{{)(?<![A-Za-z\\]){_WORD}(?![a-z])(?P<script>\s*_(?!\s*\{{\s*\\text))?"
)
#: Mazur's error signal of a unit, ``\\delta_{o1}``: on a page of units' labels, that unit's, never δ(o, 1).
_DELTA = re.compile(r"\\delta\s*_\s*\{\s*(?P<label>[a-z]{1,3}\s*\d{1,2})\s*\}")


def _indices(texts: list[str]) -> set[str]:
    """The letters the page writes as a subscript alone or sums over: its indices (j of w_j, Σ_j)."""
    every = "\n".join(texts)
    found = set(re.findall(r"_\s*(?:\{\s*([a-z])\s*\}|([a-z]))", every))  # _{j}, or _j: one token, as TeX takes it
    found = {letter for pair in found for letter in pair if letter}
    return found | set(re.findall(r"\\sum\s*_\s*\{?\s*([a-z])", every))


def _elsewhere(every: str) -> set[str]:
    """The words written otherwise than with a unit's label: anyhow for a word (net alone, net_{hi}), with another
    subscript for a capital (A_{1j}: an array's, whose A_{k1} is its entry; E alone beside E_{o1} is the total)."""
    labelled = {m.start("word") for m in _UNIT.finditer(every) if m.group("word")}
    return {
        m.group(0).rstrip("_ ")
        for m in _WRITTEN.finditer(every)
        if m.start() not in labelled and (len(m.group(0).rstrip("_ ")) > 1 or m.group("script"))
    }


def with_unit_labels(found: Found, declared: frozenset[str] = frozenset()) -> Found:
    """``found`` with each unit's quantity written ``net_{\\text{h1}}`` (see the module), and a reading saying so;
    ``declared``: the front matter's names (an array A's A_{k1} is its entry, k an index)."""
    texts = [d.text for d in (*found.displays, *found.inline)]
    indices, elsewhere = _indices(texts) | declared, _elsewhere("\n".join(texts)) | declared
    said: list[str] = []

    def unit(match: re.Match[str], word: str, line: int) -> str:
        label = re.sub(r"\s+", "", match.group("label"))
        if label.rstrip("0123456789") in indices or word in elsewhere:  # E_{j1}: E's entry (j, 1)? net_j beside?
            return match.group(0)
        written = f"{match.group(0)[: match.start('label') - match.start()].rstrip()}\\text{{{label}}}}}"
        if match.groupdict().get("upright"):  # \\text{net}_{h1}: net_{\\text{h1}}, as the italic net_{h1} is read
            written = f"{word}_{{\\text{{{label}}}}}"
        said.append(f"line {line}: a unit's label, ${match.group(0)}$, read as a number of its own: ${written}$")
        return written

    def relabel(display: Display, pattern: re.Pattern[str], word: str | None = None) -> Display:
        text = pattern.sub(lambda m: unit(m, word or m.group("word") or m.group("upright"), display.line), display.text)
        return display if text == display.text else dataclasses.replace(display, text=text)

    displays, inline = [relabel(d, _UNIT) for d in found.displays], [relabel(d, _UNIT) for d in found.inline]
    if not said:
        return found
    displays, inline = [relabel(d, _DELTA, "delta") for d in displays], [relabel(d, _DELTA, "delta") for d in inline]
    return dataclasses.replace(
        found, displays=tuple(displays), inline=tuple(inline), readings=(*found.readings, said[0])
    )


def labelled_words(texts: list[str]) -> set[str]:
    """The words of more than one letter that name a labelled quantity in ``texts`` (net of net_{\\text{h1}})."""
    return {match.group("word") for text in texts for match in LABELLED_WORD.finditer(text)}


__all__ = ["WORDS", "labelled_words", "with_unit_labels"]
