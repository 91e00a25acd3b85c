"""The names a page uses that its front matter does not declare, read from its displays, its definitions and its
assumptions (``derive.read.inference`` says what each use makes of a name)."""

from __future__ import annotations

import contextlib
import dataclasses

from derive.errors import InputError
from derive.read.chain_cases import stated_in_lead
from derive.read.definition_heads import definition_head, is_word
from derive.read.entry_definitions import apply_entries
from derive.read.find import Display, Found
from derive.read.frontmatter import FrontMatter
from derive.read.hypotheses import apply_hypotheses
from derive.read.inference import Inferred, Usage, declared_name, infer, scan
from derive.read.latex_lexer import tokenize
from derive.read.macros import Macros
from derive.read.names import merge_words, sigma_as_sum
from derive.read.network import network_spec
from derive.read.prose import read_prose
from derive.read.rows import strip_markup
from derive.read.script_labels import layered_names, whole_layers
from derive.read.several_lengths import several_lengths
from derive.read.side_notes import parts
from derive.read.typed_greek import as_letters


def infer_names(front: FrontMatter, found: Found, macros: Macros, runs: frozenset[str] = frozenset()) -> Inferred:
    """The names the displays, the definitions and the assumptions use that the front matter does not declare.
    A display that cannot be tokenized is skipped here; reading it later says why."""
    usage = Usage()
    words = {definition_head(key)[0] for key, _ in front.define if is_word(key.text)} | runs
    declared = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.scalars)}
    declared |= {definition_head(key)[0] for key, _ in front.define}
    words |= {name for name in declared if "_" in name and name[-1].isdigit()}  # W_1: one token (layer_names)
    shown: list[Display] = []
    for display in found.displays:  # a side note (derive.read.side_notes) is read as a display of its own
        try:
            shown += parts(display, merge_words(macros.expand(tokenize(display.text, display.line)), words))
        except InputError:
            continue
    written = layered_names([t for d in shown for t in tokenize(d.text, d.line)]) | declared
    words |= whole_layers(written, set())  # a^L alone, beside a^L_j: the whole vector (script_labels)
    for display in shown:
        try:
            tokens = sigma_as_sum(merge_words(macros.expand(tokenize(display.text, display.line)), words), declared)
            scan(read_prose(strip_markup(tokens)[0]), usage)
            stated = stated_in_lead(display.lead)
            if stated:  # "Assuming $y_i \in [0, 1]$:": its names too
                scan(tokenize(stated, display.line), usage)
        except InputError:
            continue
    heads = []
    wiring = network_spec(front)  # the network's wiring uses names (w, input) its definitions may not
    for key, value in (*front.define, *((wiring.wiring,) if wiring is not None else ())):
        name, index, params = definition_head(key)
        if wiring is None or (key, value) != wiring.wiring:  # z_k of the wiring is the page's vector z
            heads.append((name, index))
        body = Usage()
        value_tokens = apply_hypotheses(tokenize(value.text, value.line), macros.hypotheses)
        with contextlib.suppress(InputError):  # refused where the definition is read
            value_tokens = apply_entries(value_tokens, macros.entries)  # L of \\hat{y}_{n,i}: ŷ's body's letters too
        scan(merge_words(value_tokens, words), body)
        for param in params or ():
            body.alone.pop(param, None)
        for table in (field.name for field in dataclasses.fields(Usage)):  # every table of names
            for used, line in getattr(body, table).items():
                usage.note(getattr(usage, table), used, line)
    for entry in front.assume:
        if len(entry.text.split()) != 2:  # 'y one-hot', 'z real' name a declared vector in words
            scan(tokenize(as_letters(entry.text), entry.line), usage)  # Delta \geq 0: Δ, not D, e, l, t, a
    return several_lengths(front, usage, infer(front, usage, heads))


__all__ = ["infer_names"]
