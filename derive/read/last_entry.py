"""A page whose sums run from 0 to a letter, CS229's ``\\sum_{i=0}^{d} \\theta_i x_i`` (x_0 = 1): the entries 0 to d,
d + 1 of them. d numbers the last entry; it is no count. The length is then a letter of derive's own (n), the page's
entries 0..d are derive's 1..n, and d is read only as such a sum's bound (anywhere else it is an unknown name)."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.inference import Inferred, declared_name
from derive.read.latex_lexer import tokenize

#: ``\\sum_{i=0}^{d}``, ``\\sum_{i=0}^d``: a sum from 0 up to one letter (not ``d-1``, which counts d entries).
_ZERO_TO = re.compile(
    r"\\sum\s*(?:\\limits\s*)?_\s*\{\s*[A-Za-z]\s*=\s*0\s*\}\s*\^\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))"
)
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}")
#: Letters derive may name the length with, the first one the page does not use.
_OWN = ("n", "N", "m", "M")


def last_entry(inferred: Inferred, found: Found, front: FrontMatter) -> tuple[Inferred, Found, str | None]:
    """Where the length inferred from the sums' one bound is such a last entry's number (a name the front matter
    leaves free): the length renamed to a letter of derive's own, the report told, and the last entry's letter;
    else all as they were."""
    letter = inferred.length
    declared = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.indices, *front.scalars)}
    if letter in declared | {definition_head(key)[0] for key, _ in front.define} | {e.text for e, _ in front.sizes}:
        return inferred, found, None
    texts = [d.text for d in (*found.displays, *found.inline)] + [value.text for _, value in front.define]
    bounds = sum(letter in (m.group(1), m.group(2)) for t in texts for m in _ZERO_TO.finditer(t))
    used: list[str] = []
    for text in texts:
        try:
            used += [t.value for t in tokenize(_ENVIRONMENT.sub(" ", text)) if t.kind == "letter"]
        except InputError:
            continue
    own = next((name for name in _OWN if name not in used), None)
    if not bounds or used.count(letter or "") != bounds or own is None:  # d - 1, 1/d too: not only a last entry
        return inferred, found, None
    note = (
        f"{letter} the last entry of sums from 0 (\\sum_{{i=0}}^{{{letter}}}): the entries 0 to {letter}, here 1 to "
        f"{own}, {own} = {letter} + 1 (a letter of derive's own)"
    )
    return (
        dataclasses.replace(inferred, length=own),
        dataclasses.replace(found, readings=(*found.readings, note)),
        letter,
    )
