"""Quantities named by a word and a unit's label, as Matt Mazur's step-by-step backpropagation writes them:
``net_{h1}``, ``out_{o1}``, ``target_{o1}``, ``E_{o1}`` (the net input, output and target of hidden unit h1 or
output unit o1, and the error at o1). TeX sets the letters of net side by side and lowers h1 under the t; the
page means one number per unit, as ``E_{total}`` is one. Each is read as a number labelled by its unit,
``net_{\\text{h1}}``, a scalar of its own (``derive.read.labelled_scalars``), and the report says so.

Read so only for the words below and a word with a capital, before a label of letters and a unit's number
(``h1``, ``o12``); a single capital before such a label (``E_{o1}``) too, where the label's letter is no index
of the page. ``w_{j1}`` (a weight's two indices, j and 1) and ``net_j`` (an entry) are left as written."""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found

#: The words a step-by-step example names its units' quantities with.
WORDS = ("net", "out", "target", "output", "input", "pred", "err", "error", "act", "grad", "delta", "loss", "cost")
_WORD = rf"(?:{'|'.join(WORDS)}|[A-Z][a-z]{{2,11}}|[A-Z])"
#: A word, then a unit's label as its subscript: ``net_{h1}``, ``out_{o2}``, ``E_{o1}``.
_UNIT = re.compile(rf"(?<![A-Za-z\\])(?P<word>{_WORD})\s*_\s*\{{\s*(?P<label>[a-z]{{1,3}}\d{{1,2}})\s*\}}")
#: A word labelled so, once written: where its letters merge into one name (``derive.read.capital_runs``).
LABELLED_WORD = re.compile(rf"(?<![A-Za-z\\])(?P<word>{'|'.join(WORDS)}|[A-Z][a-z]{{2,11}})\s*_\s*\{{\s*\\text\s*\{{")


def _indices(texts: list[str]) -> set[str]:
    """The letters the page writes as a subscript alone or sums over: its indices (j of w_j, Σ_j)."""
    found = set(re.findall(r"_\s*\{?\s*([a-z])\s*(?:\}|(?![A-Za-z0-9{]))", "\n".join(texts)))
    return found | set(re.findall(r"\\sum\s*_\s*\{?\s*([a-z])", "\n".join(texts)))


def with_unit_labels(found: Found) -> Found:
    """``found`` with each unit's quantity written ``net_{\\text{h1}}`` (see the module), and a reading saying so."""
    texts = [d.text for d in (*found.displays, *found.inline)]
    indices = _indices(texts)
    every = "\n".join(texts)
    labelled = {m.start("word") for m in _UNIT.finditer(every)}
    elsewhere = {  # net_{hi}, net_j or net alone beside net_{h1}: the word names a vector, or is letters
        m.group(0) for m in re.finditer(rf"(?<![A-Za-z\\]){_WORD}(?![a-z])", every) if m.start() not in labelled
    }
    said: list[str] = []

    def relabel(display: Display) -> Display:
        def label(match: re.Match[str]) -> str:
            word, unit = match.group("word"), match.group("label")
            if (len(word) == 1 and unit.rstrip("0123456789") in indices) or (len(word) > 1 and word in elsewhere):
                return match.group(0)  # E_{j1}: E's entry (j, 1)? net_{h1} beside net_{hi}: one vector's?
            written = f"{word}_{{\\text{{{unit}}}}}"
            said.append(
                f"line {display.line}: a unit's label, ${match.group(0)}$, read as a number of its own: ${written}$"
            )
            return written

        text = _UNIT.sub(label, display.text)
        return display if text == display.text else dataclasses.replace(display, text=text)

    displays, inline = tuple(map(relabel, found.displays)), tuple(map(relabel, found.inline))
    if not said:
        return found
    return dataclasses.replace(found, displays=displays, inline=inline, readings=(*found.readings, said[0]))


def labelled_words(texts: list[str]) -> set[str]:
    """The words of more than one letter that name a labelled quantity in ``texts`` (net of net_{\\text{h1}})."""
    return {match.group("word") for text in texts for match in LABELLED_WORD.finditer(text)}


__all__ = ["WORDS", "labelled_words", "with_unit_labels"]
