"""A name given to the terms of a sum in a chain: ``L = -\\sum_j^C y_j \\log p_j = -\\sum_j^C \\ell_j`` names each
term, ℓ_j = y_j log p_j, as its reader reads it (zakariapz's softmax post). Read with ℓ free, that link was refuted
at an arbitrary ℓ, and the page's real slip, ∂ℓ_j/∂p_j = ∂/∂p_j(-y_j log p_j) with the sign of ℓ_j flipped, was
not found. Only where the page defines the name nowhere else, the two sums are the same (sign, index, bounds) and
the named side is the name's entry at the sum's index alone."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping

from derive.errors import InputError
from derive.read import trailing_labels as around
from derive.read.carried_rows import carries_on
from derive.read.definition_heads import head_name
from derive.read.find import Display, Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.rows import split_top


def _sum_parts(side: list[Token]) -> tuple[bool, list[str], str, list[Token]] | None:
    """A side ``[-] \\sum_{…}^{…} X``: its sign (True for minus), its scripts as shown, its index and X."""
    negative = bool(side) and side[0].kind == "-"
    rest = side[1:] if negative else side
    if not rest or rest[0].kind != "command" or rest[0].value != "sum":
        return None
    at, scripts, index = 1, [], ""
    while at < len(rest) and rest[at].kind in ("_", "^"):
        script = rest[at].kind
        end = at + 2
        if at + 1 < len(rest) and rest[at + 1].kind == "{":
            depth = 0
            for end in range(at + 1, len(rest)):
                depth += {"{": 1, "}": -1}.get(rest[end].kind, 0)
                if depth == 0:
                    break
            end += 1
        group = rest[at:end]
        scripts += [t.describe() for t in group]
        if script == "_":
            index = next((t.value for t in group if t.kind == "letter"), "")
        at = end
    summand = rest[at:]
    if not index or not summand or any(t.kind in ("+", "-", "=") for t in summand):
        return None
    return negative, scripts, index, summand


def _named_entry(summand: list[Token], index: str) -> str | None:
    """The name of ``NAME_j`` (a letter or a command such as \\ell), j the sum's index; else None."""
    shown = [t.describe() for t in summand]
    if len(summand) == 3 and summand[0].kind in ("letter", "command") and shown[1:] == ["_", index]:
        return shown[0]
    if len(summand) == 5 and summand[0].kind in ("letter", "command") and shown[1:] == ["_", "{", index, "}"]:
        return shown[0]
    return None


def _sides(display: Display) -> list[list[Token]] | None:
    """The sides of each equation of the display, its rows joined where a row goes on from the one before (``&= …``,
    ``+ …``); an empty list between two equations, so that no pair of sides spans them (``… \\\\ ∂L/∂β = …``)."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    if any(t.kind == "command" and t.value in ("begin", "end") for t in tokens):
        return None
    sides: list[list[Token]] = []
    start = 0
    breaks = [k for k, t in enumerate(tokens) if t.kind == "newline"]
    for at in [*(k for k in breaks if not around.continues(tokens[k + 1 :]) and not carries_on(tokens, k + 1)),
               len(tokens)]:  # fmt: skip
        kept = [t for t in tokens[start:at] if t.kind not in ("newline", "&")]
        while kept and kept[-1].kind in (".", ","):
            kept = kept[:-1]
        sides += [[], *split_top(kept, "=")] if sides else split_top(kept, "=")
        start = at + 1
    return sides


def _writes(display: Display, name: str) -> bool:
    """Whether ``display`` writes ``name`` (a letter, or a command such as \\ell)."""
    try:
        return any(t.describe() == name for t in tokenize(display.text, display.line))
    except InputError:
        return name in display.text


def summand_names(
    front: FrontMatter, found: Found, refused: Mapping[tuple[int, str], str] = {}
) -> tuple[FrontMatter, Found]:
    """``front`` with each name a chain gives to its sum's terms defined by them, and a line for the report; none
    that a reading before ``refused`` (it could not be read: the display stays a chain)."""
    defined = {head_name(key.text) for key, _ in front.define}
    declared = {entry.text for entry in (*front.vectors, *front.scalars, *front.arrays)}
    heads = set()  # names some formula equates alone to something (\\ell_j = …, inline too): given a value there
    for display in (*found.displays, *found.inline):
        sides = _sides(display) or []
        for side in sides if len(sides) > 1 else []:
            if side and (len(side) == 1 or (len(side) in (3, 5) and side[1].kind == "_")):
                heads.add(side[0].describe())
    added: list[tuple[Entry, Entry]] = []
    said: list[str] = []
    for display in found.displays:
        sides = _sides(display) or []
        for before, after in itertools.pairwise(sides):
            named, terms = _sum_parts(after), _sum_parts(before)
            if named is None or terms is None or named[:3] != terms[:3]:
                continue
            name = _named_entry(named[3], named[2])
            if name is None or name.lstrip("\\") in defined | declared or name in heads | set(defined):
                continue
            summand = terms[3]
            if any(t.value == name for t in summand):  # Σ_i |x_i| = Σ_i x_i: a claim about x, not x's name
                continue
            if _named_entry(summand, terms[2]) is not None:  # Σ_k y_k = Σ_k t_k: two sums equal, t no name of y's
                continue
            if any(_writes(other, name) for other in (*found.displays, *found.inline) if other.line < display.line):
                continue  # y written above (L = Σ_j y_j p_j): a quantity of the page, which Σ 2p_j = Σ y_j cannot name
            text = display.text[summand[0].start : summand[-1].end]
            head = f"{name}_{{{named[2]}}}"
            line = summand[0].line
            if (line, head) in refused:
                continue
            added.append((Entry(head, line), Entry(text, line)))
            said.append(f"line {line}: {head} names the terms of the sum before it: {head} = {text}")
            defined.add(name.lstrip("\\"))
    if not added:
        return front, found
    front = dataclasses.replace(front, define=(*front.define, *added))
    return front, dataclasses.replace(found, readings=(*found.readings, *said))


__all__ = ["summand_names"]
