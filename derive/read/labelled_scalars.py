"""A number labelled by an upright word that the page writes and never defines: ``L_{\\text{hard}}`` and
``L_{\\text{soft}}`` in a distillation loss ``L_{\\text{total}} = (1 - \\alpha) L_{\\text{hard}} + \\alpha
L_{\\text{soft}}``. Each is a scalar of its own, as ``scalars: ['L_{\\text{hard}}']`` declares it (before, no key
could: "unknown symbol L_{\\text{hard}}; define it"). Not where the letter is also written with an index (``x_i``
beside ``x_{\\text{train}}``: a vector's, perhaps), nor where the name is applied (``L_{\\text{CE}}(y, p)``, a
function), nor a command other than a Greek letter (``\\nabla_{\\text{softmax}}``)."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Display, Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.names import GREEK
from derive.read.unit_labels import WORDS

#: ``L_{\\text{hard}}``, ``J_{\\mathrm{reg}}``, ``\\ell_{\\text{CE}}``: a letter, then an upright word as its subscript.
_LABELLED = re.compile(
    rf"(?<![A-Za-z\\])([A-Za-z]|\\mathcal\s*\{{\s*[A-Z]\s*\}}|\\[A-Za-z]+|{'|'.join(WORDS)}|[A-Z][a-z]{{2,11}})"
    r"\s*_\s*\{\s*\\(?:text|mathrm)\s*\{"
    r"\s*([A-Za-z]{2,}|[a-z]{1,3}\d{1,2})\s*\}\s*\}(?!\s*\()"  # a word, or a unit's label (h1: ``unit_labels``)
)


def scalar_label(text: str) -> str | None:
    """The name of a number labelled by an upright word, as declared: ``L_{\\text{hard}}`` is L_hard,
    ``\\ell_{\\text{CE}}`` ell_CE, ``\\mathcal{L}_{\\text{NLL}}`` Lcal_NLL; None for any other text."""
    match = _LABELLED.fullmatch(text.strip())
    if match is None:
        return None
    letter, word = match.group(1), match.group(2)
    calligraphic = re.fullmatch(r"\\mathcal\s*\{\s*([A-Z])\s*\}", letter)
    return f"{calligraphic.group(1)}cal_{word}" if calligraphic else f"{letter.lstrip(chr(92))}_{word}"


#: Words a page writes as a label in italics, ``L_{total}``, ``L_{hard}``: nobody means their letters as indices.
_WORDS = (
    "total|hard|soft|train|test|reg|data|pred|true|target|out|hidden|smooth|final|init|old|new|max|min|KD|CE|MSE"
    "|BCE|NLL|student|teacher|task|aux|main"
)
_ITALIC = re.compile(rf"(?<![A-Za-z\\])([A-Za-z]|\\[A-Za-z]+)\s*_\s*\{{\s*({_WORDS}|[a-z]{{4,}})\s*\}}")
#: A letter the page writes as an index: a subscript of its own (``x_i``, ``w_{j}``) or a sum's (``\\sum_{k=1}``).
_INDEX = re.compile(r"(?:_\s*\{?\s*|\\sum_\{?\s*)([a-z])(?![A-Za-z])")


def with_word_labels(found: Found) -> Found:
    """``found`` with ``L_{total}`` written ``L_{\\text{total}}`` (a label in italics, as with_scalar_labels writes
    ``p_t``), and a reading saying so; its letters were read as scalars t, o, a, l, and L as unknown. A word of four
    letters or more (``y_{actual}``, ``y_{prediction}``) is one too, unless each of its letters is an index of the
    page or it has fewer than two vowels (``w_{ijkl}``, ``R_{abcd}``: a tensor's entry, read as written)."""
    said: list[str] = []
    indices = {m.group(1) for d in (*found.displays, *found.inline) for m in _INDEX.finditer(d.text)}

    def word(match: re.Match[str]) -> str:
        word = match.group(2)
        vowels = sum(letter in "aeiou" for letter in word)  # R_{abcd}, C_{ijkl}: a tensor's indices, no word
        tensor = re.fullmatch(_WORDS, word) is None and (set(word) <= indices or vowels < 2)
        return match.group(0) if tensor else f"{match.group(1)}_{{\\text{{{match.group(2)}}}}}"

    def relabel(display: Display) -> Display:
        text = _ITALIC.sub(word, display.text)
        first = next((m for m in _ITALIC.finditer(display.text) if word(m) != m.group(0)), None)
        if first is not None:
            shown = f"{first.group(1)}_{{\\text{{{first.group(2)}}}}}"
            said.append(f"line {display.line}: a word as a subscript, ${first.group(0)}$, read as a label: ${shown}$")
        return display if text == display.text else dataclasses.replace(display, text=text)

    displays, inline = tuple(map(relabel, found.displays)), tuple(map(relabel, found.inline))
    if not said:
        return found
    return dataclasses.replace(found, displays=displays, inline=inline, readings=(*found.readings, said[0]))


def _defined_names(front: FrontMatter) -> set[str]:
    """The names the front matter (and the page's definitions, taken into it) define."""
    names = set()
    for key, _ in front.define:
        try:
            names.add(definition_head(key)[0])
        except InputError:  # a key read elsewhere, with its own message
            continue
    return names


def with_labelled_scalars(front: FrontMatter, found: Found) -> tuple[FrontMatter, Found]:
    """``front`` with each labelled name the page writes and nothing defines or declares among its scalars."""
    texts = [(d.text, d.line) for d in (*found.displays, *found.inline)] + [(v.text, v.line) for _, v in front.define]
    every = "\n".join(text for text, _ in texts)
    taken = _defined_names(front) | {name for e in front.scalars if (name := scalar_label(e.text)) is not None}
    added: list[Entry] = []
    names: list[str] = []
    for text, line in texts:
        for match in _LABELLED.finditer(text):
            letter, name = match.group(1), scalar_label(match.group(0)) or ""
            if letter.startswith("\\") and letter[1:] not in GREEK | {"delta"} and "cal_" not in name:  # \\delta_{o1}
                continue
            indexed = re.search(rf"(?<![A-Za-z\\]){re.escape(letter)}\s*_\s*\{{?\s*[a-z]\s*\}}?(?![A-Za-z])", every)
            if name in taken or indexed is not None:
                continue
            taken.add(name)
            added.append(Entry(match.group(0), line))
            names.append(name)
    if not added:
        return front, found
    said = tuple(
        f"line {e.line}: ${e.text}$ read as a number of its own, labelled (no definition on the page)" for e in added
    )
    return (
        # inferred, as infer_names's are: ∂E_{total}/∂a of E_total, free, reads two ways (a constant, or of a?)
        dataclasses.replace(front, scalars=(*front.scalars, *added), undeclared=(*front.undeclared, *names)),
        dataclasses.replace(found, readings=(*found.readings, *said)),
    )


__all__ = ["scalar_label", "with_labelled_scalars", "with_word_labels"]
