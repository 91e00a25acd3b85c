"""Definitions a page makes in its own displays: ``s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}``, ``L := …``.

A display that holds one equation, whose left side is a name the front matter neither declares nor defines
(``s_i``, ``L``, ``\\hat{y}_i``, ``\\sigma(x)``) and whose right side does not use that name, is how a page defines
it: read as that name's definition, as the front matter's ``define`` would, and listed as a definition, not as a
checked claim. Checking it instead would refute every page that defines its terms as it goes (s_i, a free
vector, is not the softmax). A definition derive cannot read is left a display, and says why where it stands.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.declarations import definition_head
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.macros import Macros
from derive.read.rows import at_top, other_relation

#: What a definition may be written with besides "=": ``:=``, ``\coloneqq``, ``\triangleq``.
DEFINING = frozenset({"coloneqq", "triangleq", "eqqcolon"})
#: What ends a display's sentence: dropped after the definition's right side.
PUNCTUATION = frozenset({".", ","})


@dataclass(frozen=True)
class PageDefinition:
    """A display read as a definition: its line, what it defines (as written) and its right side."""

    line: int
    head: str
    body: str
    name: str


def _split(display: Display, macros: Macros) -> tuple[str, str, int] | None:
    """The display's two sides and the line the first stands on, if it is one equation (or ``:=``)."""
    if display.environment not in ("", "equation", "equation*"):
        return None
    text = display.text
    try:
        tokens = tokenize(text, display.line)
    except InputError:
        return None
    if macros.expand(tokens) != tokens or not tokens:
        return None
    if any(t.kind in ("&", "newline") or (t.kind == "command" and t.value in ("begin", "end")) for t in tokens):
        return None
    while tokens and tokens[-1].kind in PUNCTUATION:
        tokens = tokens[:-1]
    top = [at for at, (token, is_top) in enumerate(at_top(tokens)) if is_top and token.kind == "="]
    defining = [
        at for at, (t, is_top) in enumerate(at_top(tokens)) if is_top and t.kind == "command" and t.value in DEFINING
    ]
    if len(top) + len(defining) != 1:
        return None
    at = (top or defining)[0]
    left, right = tokens[:at], tokens[at + 1 :]
    if top and left and left[-1].kind == ":" and left[-1].end == tokens[at].start:  # :=
        left = left[:-1]
    if not left or not right or other_relation(left) is not None or other_relation(right) is not None:
        return None
    return text[left[0].start : left[-1].end].strip(), text[right[0].start : right[-1].end].strip(), left[0].line


def take_page_definitions(front: FrontMatter, found: Found, macros: Macros, refused: frozenset[int]) -> tuple[
    FrontMatter, Found, tuple[PageDefinition, ...]
]:  # fmt: skip
    """The front matter with the page's own definitions added, the displays without them, and the definitions;
    ``refused``: lines whose definition could not be read (they stay displays)."""
    taken = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.arrays, *front.indices, *front.scalars)}
    taken |= {entry.text for entry, _ in front.sizes} | {front.length}
    taken |= {definition_head(key)[0] for key, _ in front.define}
    subscripted = Usage()
    for display in found.displays:
        try:
            scan(tokenize(display.text, display.line), subscripted)
        except InputError:
            continue
    definitions: list[PageDefinition] = []
    kept: list[Display] = []
    for display in found.displays:
        definition = _definition(display, macros, taken, subscripted)
        if definition is not None and definition.line in refused:
            definition = None
        if definition is None:
            kept.append(display)
            continue
        taken.add(definition.name)
        definitions.append(definition)
    if not definitions:
        return front, found, ()
    entries = tuple((Entry(d.head, d.line), Entry(d.body, d.line)) for d in definitions)
    notes = tuple(
        Unchecked(d.line, f"a definition of {d.head}, read as the front matter's define: nothing to check", False)
        for d in definitions
    )
    return (
        dataclasses.replace(front, define=(*front.define, *entries)),
        dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *notes)),
        tuple(definitions),
    )


def _definition(display: Display, macros: Macros, taken: set[str], usage: Usage) -> PageDefinition | None:
    sides = _split(display, macros)
    if sides is None:
        return None
    head, body, line = sides
    try:
        name, index, params = definition_head(Entry(head, line))
        body_tokens = tokenize(body, line)
    except InputError:
        return None
    if name in taken or name in usage.indices or name in usage.bounds:
        return None  # declared, defined before, an index or a length
    if index is None and params is None and (name in usage.vectors or name in usage.arrays):
        return None  # a whole vector whose entries the page uses
    used = Usage()
    scan(body_tokens, used)
    if any(name in table for table in (used.vectors, used.arrays, used.alone, used.lettered, used.applied)):
        return None  # z_o = Σ_j z_j w_jo: a claim about z (or a recursion), not a definition
    return PageDefinition(line, head, body, name)


def described(definitions: tuple[PageDefinition, ...]) -> str:
    """For the report's line of what was read from the text: "definitions s_i (line 6), L (line 12)"."""
    if not definitions:
        return ""
    return "definitions " + ", ".join(f"{d.head} (line {d.line})" for d in definitions)
