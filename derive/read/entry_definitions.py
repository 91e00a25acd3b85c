"""Arrays a page defines entry by entry in its front matter: ``I_{kj}: \\delta_{kj}`` (Bishop's identity matrix),
``J_{ij}: \\frac{\\partial s_i}{\\partial z_j}``.

A definition with two indices is written out where its name stands with two indices, each index in place of its
parameter, as a macro would (``derive.read.operators`` does the same for a derivative operator): ``I_{kj}`` in
``y_k (I_{kj} - y_j)`` is read as ``{\\delta_{kj}}``. An index at the place of use that the definition uses as a
letter of its own (a sum's index) would be captured by it, and is refused.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.definition_heads import example_entry
from derive.read.examples import label_at
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, group_end, tokenize
from derive.read.loss_entries import loss_by_entry
from derive.read.names import ACCENTS

_KEY = re.compile(
    r"\s*(?:\\(?P<accent>hat|widehat|tilde|widetilde|bar|overline)\s*\{\s*(?P<letter>[A-Za-z])\s*\}"
    r"|(?P<name>\\?[A-Za-z]+))\s*_\s*\{\s*(?P<first>[A-Za-z])\s*,?\s*(?P<second>[A-Za-z])\s*\}\s*"
)


@dataclass(frozen=True)
class EntryDefinition:
    """``I_{kj}: \\delta_{kj}``: the name (``I``; ``sigma`` for ``\\sigma``), its two parameters, the body's tokens."""

    name: str
    parameters: tuple[str, str]
    body: tuple[Token, ...]
    text: str
    head: str
    line: int

    def describe(self) -> str:
        """For the report: how ``I_{kj}`` was read."""
        first, second = self.parameters
        return (
            f"{self.head.strip()} read as {self.text.strip()} (line {self.line}), each entry with its indices in "
            f"place of {first} and {second}"
        )


def take_entry_definitions(front: FrontMatter) -> tuple[FrontMatter, tuple[EntryDefinition, ...]]:
    """The front matter without its definitions of arrays by their entries (``I_{kj}: …``), and them."""
    kept: list[tuple[Entry, Entry]] = []
    found: list[EntryDefinition] = []
    for key, value in front.define:
        match = _KEY.fullmatch(key.text)
        example = example_entry(key.text) if match is None else None  # \hat{y}_j^{(i)}: example i's entry j
        if match is not None:
            accent = match.group("accent")
            name = match.group("letter") + ACCENTS[accent] if accent else match.group("name").lstrip("\\")  # xhat
            first, second = match.group("first"), match.group("second")
        elif example is not None:
            name, first, second = example
        else:
            kept.append((key, value))
            continue
        if first == second:
            raise InputError(f"line {key.line}: {key.text.strip()} names its two indices alike: name them apart")
        declared = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.arrays, *front.scalars)}
        if name in declared or name == front.length:
            raise InputError(f"line {key.line}: {name} is declared twice: defined by its entries and declared")
        body = tuple(tokenize(value.text, value.line))
        found.append(EntryDefinition(name, (first, second), body, value.text, key.text, key.line))
    return dataclasses.replace(front, define=tuple(kept)), tuple(found)


def refuse_lengths_as_parameters(entries: tuple[EntryDefinition, ...], front: FrontMatter) -> None:
    """Refuse an array defined by its entries whose parameter is a length of the page (``\\hat{y}_{n,i}`` beside the
    length n, with n then no index): a parameter must range over entries, and a length is a number of them."""
    own = not (front.length_given or front.n is not None or front.sizes)  # n, derive's own name: inference renames it
    given = set() if own else {front.length}
    lengths = {*given, *(entry.text.strip() for entry, _ in front.sizes)}
    for entry in entries:
        clash = next((p for p in entry.parameters if p in lengths), None)
        if clash is not None:
            raise InputError(
                f"line {entry.line}: {clash} in {entry.head.strip()} is a length of the page (a number of entries), "
                f"not an index: name the index another letter, or name the length apart (length: C)"
            )


def apply_entries(tokens: list[Token], entries: tuple[EntryDefinition, ...]) -> list[Token]:
    """``tokens`` with each ``I_{ab}`` (``I_{a,b}``, ``I_{12}``) of an array defined by its entries written out,
    braced, with a and b in place of its parameters; again in what was written out (D_{ij}: E_{ij} + 1, E defined by
    its entries too), as many times as there are such arrays; still more to write is a cycle, refused."""
    for _ in range(len(entries) + 1):
        written = _apply_once(tokens, entries)
        if written == tokens:
            return tokens
        tokens = written
    names = ", ".join(entry.head.strip() for entry in entries)
    line = tokens[0].line if tokens else entries[0].line
    raise InputError(f"line {line}: the arrays defined by their entries ({names}) are defined through each other in a "
                     "cycle: define one of them without the others")  # fmt: skip


def _apply_once(tokens: list[Token], entries: tuple[EntryDefinition, ...]) -> list[Token]:
    """``tokens`` with each entry of an array defined by its entries written out once."""
    table = {entry.name: entry for entry in entries}
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token, name_end = tokens[at], at + 1
        accented = _accented_at(tokens, at)  # \hat{x}_{ij}: the entry of x̂, named "xhat"
        if _font_around(tokens, at):  # \mathbf{I}_{kj}: the bold is typography
            token, name_end = tokens[at + 2], at + 4
        elif accented is not None:
            token, name_end = accented
        entry = table.get(token.value) if token.kind in ("letter", "command") else None
        indices = _indices(tokens, name_end) if entry is not None else None
        if entry is None and (numbered := _numbered_example(tokens, at, table)) is not None:
            entry, indices = numbered  # \hat{y}_1^{(1)}, which the lexer made "yhat_1" then _1: example 1's entry 1
        if entry is not None and indices is None and label_at(tokens, name_end, digits=True) is not None:
            raise InputError(  # \hat{y}^{(i)} beside \hat{y}_j^{(i)} = …: example i's whole vector, never free
                f"line {token.line}: {entry.head.strip()} is defined by its entries (line {entry.line}): write "
                "each example's with its entry, as there"
            )
        if entry is not None and indices is None and name_end < len(tokens) and tokens[name_end].kind == "_":
            raise InputError(  # I_k: another name, or a slip? I is defined by its entries, two indices each
                f"line {token.line}: {entry.head.strip()} is defined by its entries (line {entry.line}): write each "
                "with two indices"
            )
        if entry is None or indices is None or loss_by_entry(tokens, at, indices[1]):  # ∂ℓ/∂D_{ab}: ``upstream``
            out.append(tokens[at])
            at += 1
            continue
        (first, second), end = indices
        own = {t.value for t in entry.body if t.kind == "letter"} - set(entry.parameters)
        captured = [index.value for index in (first, second) if index.kind == "letter" and index.value in own]
        body = _renamed(entry.body, captured, tokens)  # Σ_k e^{x_k} at ŷ_k: its own k bound, renamed apart
        if body is not None:
            entry, captured = dataclasses.replace(entry, body=body), []
        if captured:
            raise InputError(
                f"line {token.line}: {entry.name}_{{{first.value}{second.value}}}: its definition ({entry.text.strip()}"
                f", line {entry.line}) uses {captured[0]} as a letter of its own; write the entry with other indices"
            )
        line, start, stop = token.line, tokens[at].start, tokens[end - 1].end
        out.append(Token("{", "{", line, start, stop, token.gap))
        for part in entry.body:
            placed = first if part.value == entry.parameters[0] else second
            if part.kind == "letter" and part.value in entry.parameters:
                out.append(dataclasses.replace(placed, line=line, start=start, end=stop, gap=part.gap))
            else:
                out.append(
                    dataclasses.replace(part, line=line, start=start, end=stop, origin=part.origin or entry.line)
                )
        out.append(Token("}", "}", line, start, stop))
        at = end
    return out


def _numbered_example(
    tokens: list[Token], at: int, table: dict[str, EntryDefinition]
) -> tuple[EntryDefinition, tuple[tuple[Token, Token], int]] | None:
    """At ``p_1^{(1)}`` or ``p^{(1)}_1`` of examples' entries defined one by one (``p_j^{(i)} = …``), which the lexer
    made one name "p_1" (a layer's, elsewhere) then the subscript: the definition, and (example, entry) and the end;
    else None."""
    token = tokens[at]
    base, _, number = token.value.rpartition("_")
    entry = table.get(base) if token.kind == "letter" and number.isdigit() else None
    if entry is None or example_entry(entry.head) is None or (index := _subscript(tokens, at + 1)) is None:
        return None
    return entry, ((dataclasses.replace(token, kind="number", value=number), index[0]), index[1])


def _accented_at(tokens: list[Token], at: int) -> tuple[Token, int] | None:
    """At an accent over one letter (``\\hat{x}``, ``\\hat x``): a letter token named as the accented name is
    ("xhat"), spanning the accent, and the index past it; else None."""
    token = tokens[at]
    if token.kind != "command" or token.value not in ACCENTS or ACCENTS[token.value] == "cal":
        return None
    if [t.kind for t in tokens[at + 1 : at + 4]] == ["{", "letter", "}"]:
        letter, end = tokens[at + 2], at + 4
    elif at + 1 < len(tokens) and tokens[at + 1].kind == "letter":
        letter, end = tokens[at + 1], at + 2
    else:
        return None
    named = dataclasses.replace(letter, value=letter.value + ACCENTS[token.value], start=token.start, gap=token.gap)
    return named, end


def _font_around(tokens: list[Token], at: int) -> bool:
    """Whether ``at`` starts a font around one letter, ``\\mathbf{I}``."""
    return (
        at + 3 < len(tokens)
        and tokens[at].kind == "command"
        and tokens[at].value in ("mathbf", "boldsymbol", "bm", "mathrm")
        and [t.kind for t in tokens[at + 1 : at + 4]] == ["{", "letter", "}"]
    )


def _renamed(body: tuple[Token, ...], captured: list[str], around: list[Token]) -> tuple[Token, ...] | None:
    """``body`` with each captured letter renamed apart, where each is only the index of the body's sums (every one
    of its uses bound: in ``\\sum_{k=1}^C e^{x_k}``, k names nothing outside); None where one is not, or no letter
    is free of the body and the tokens ``around`` it."""
    if not captured:
        return None
    taken = {t.value for t in (*body, *around) if t.kind == "letter"}
    renames: dict[str, str] = {}
    for letter in dict.fromkeys(captured):  # D_{kk}: k once
        if not _only_summed(body, letter):
            return None
        primed = (letter + "'" * count for count in range(1, 4))  # k': an index of its own, as \sum_{k'=1} writes
        fresh = next((f for f in primed if f not in taken and f not in renames.values()), None)
        if fresh is None:
            return None
        renames[letter] = fresh
    return tuple(
        dataclasses.replace(t, value=renames[t.value]) if t.kind == "letter" and t.value in renames else t for t in body
    )


def _only_summed(body: tuple[Token, ...], letter: str) -> bool:
    """Whether every use of ``letter`` in ``body`` is bound by a sum over it that opens its group (the body, or a
    fraction's denominator: ``\\frac{e^{x_j}}{\\sum_k e^{x_k}}``) and reaches to the group's end, no '+', '-' or '='
    at the group's level after it (its reach then reads one way)."""
    tokens = list(body)
    bound: set[int] = set()
    for at, token in enumerate(tokens):
        if not (token.kind == "command" and token.value == "sum"):
            continue
        script = tokens[at + 1 : at + 4]
        kinds = [t.kind for t in script]
        if not (kinds[:2] == ["_", "letter"] and script[1].value == letter) and not (
            kinds == ["_", "{", "letter"] and script[2].value == letter
        ):
            continue
        start, depth = at - 1, 0
        while start >= 0 and not (tokens[start].kind == "{" and depth == 0):
            depth += {"}": 1, "{": -1}.get(tokens[start].kind, 0)
            start -= 1
        if start != at - 1:
            return False  # something before the sum in its group: how far it reaches is the parser's to say
        end = group_end(tokens, start) if start >= 0 else len(tokens)
        depth = 0
        for token in tokens[at + 1 : end]:
            depth += {"{": 1, "}": -1}.get(token.kind, 0)
            if depth == 0 and token.kind in ("+", "-", "="):
                return False
        bound |= set(range(at, end))
    uses = {at for at, token in enumerate(tokens) if token.kind == "letter" and token.value == letter}
    return bool(uses) and uses <= bound


def _subscript(tokens: list[Token], at: int) -> tuple[Token, int] | None:
    """The one letter or digit of the subscript ``_j`` or ``_{j}`` at ``at``, and where it ends; else None."""
    run = tokens[at : at + 4]
    kinds = [t.kind for t in run]
    if kinds[:2] in (["_", "letter"], ["_", "number"]):
        return (run[1], at + 2) if len(run[1].value) == 1 else None
    if kinds in (["_", "{", "letter", "}"], ["_", "{", "number", "}"]):
        return run[2], at + 4
    return None


def _example_indices(tokens: list[Token], at: int) -> tuple[tuple[Token, Token], int] | None:
    """The example and entry of ``_j^{(i)}`` or ``^{(i)}_j`` at ``at``: (i, j), example first, as the examples'
    arrays are (``derive.read.examples``), and where they end; else None."""
    entry = _subscript(tokens, at)
    if entry is not None and (example := label_at(tokens, entry[1], digits=True)) is not None:
        return (example[0], entry[0]), example[1]
    example = label_at(tokens, at, digits=True)
    if example is not None and (entry := _subscript(tokens, example[1])) is not None:
        return (example[0], entry[0]), entry[1]
    return None


def _indices(tokens: list[Token], at: int) -> tuple[tuple[Token, Token], int] | None:
    """The two indices of ``_{ab}``, ``_{a,b}`` or ``_{12}`` at ``at`` (at the '_'), or of a training example's
    entry ``_j^{(i)}``, ``^{(i)}_j`` (i, j), and where they end; else None."""
    if (example := _example_indices(tokens, at)) is not None:
        return example
    if at + 1 >= len(tokens) or tokens[at].kind != "_" or tokens[at + 1].kind != "{":
        return None
    close = next((k for k in range(at + 2, len(tokens)) if tokens[k].kind == "}"), None)
    if close is None:
        return None
    inside = [t for t in tokens[at + 2 : close] if t.kind != ","]
    if len(inside) == 1 and inside[0].kind == "number" and len(inside[0].value) == 2:
        digit = inside[0]
        inside = [dataclasses.replace(digit, value=digit.value[0]), dataclasses.replace(digit, value=digit.value[1])]
    if len(inside) != 2 or any(t.kind not in ("letter", "number") for t in inside):
        return None
    return (inside[0], inside[1]), close + 1
