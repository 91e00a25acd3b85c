"""A row that defines a function and, after an arrow, states what follows from that definition, as a table of gates
does (cs231n: ``f(x) = \\frac{1}{x} \\rightarrow \\frac{df}{dx} = -1/x^2``, then ``f(x) = e^x \\rightarrow …`` on the
next row) and a rule (``f(t)=[g(t)]^2 \\implies f'(t)=2g(t)g'(t)``): the definition holds for its row's claim alone,
so each row may define f anew. Read so, the claim is the implication the row states; read as one definition of the
page, the second row's ``f(x) = e^x`` had been refuted as a claim about the first row's f."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from itertools import pairwise

from sympy import Symbol

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import FunctionDefinition, Names
from derive.read.rows import at_top

#: What sets a row's definition apart from its claim.
ARROWS = frozenset({"rightarrow", "Rightarrow", "implies", "longrightarrow", "Longrightarrow", "to"})
#: Space written as a command; ``\\hspace{…}`` and ``\\hskip`` take a group.
_SPACES = frozenset({"hspace", "hskip", "quad", "qquad", "enspace", "space"})


@dataclass(frozen=True)
class RowDefinition:
    """``f_c(x) = c + x`` before a row's arrow: the name as written (``f_c``), its letter, parameters and body."""

    head: str
    name: str
    letter: str
    parameters: tuple[str, ...]
    body: str
    line: int


def define_letters(front: FrontMatter) -> frozenset[str]:
    """The letters the front matter's ``define`` heads are written with (f of ``f(x): x^3``)."""
    return frozenset(m.group(1) for key, _ in front.define if (m := re.match(r"\s*\\?([A-Za-z]+)", key.text)))


def take_row_definitions(found: Found, defined: frozenset[str] = frozenset()) -> Found:
    """Each display whose every row is ``f(x) = A ⟶ claim`` as one display per row holding its claim alone (its other
    text blanked, lines kept), carrying the row's definition; each definition is listed: nothing to check. A display
    of one such row is read so only where another display defines the letter too; else its definition is the
    page's, as before. Only where the rows stand apart: no display goes on from the last, the letter stands in no
    other display but as a head under other parameters, nor in the front matter's ``defined`` heads."""
    displays: list[Display] = []
    notes: list[Unchecked] = []
    every = [_local_rows(display) for display in found.displays]
    bodies: dict[str, set[str]] = {}  # f(x,y) = x y ⟶ …, then f(x,y) = x + y ⟶ …: each row's f its own (cs231n)
    for rows in every:
        for definition, _, _ in [] if rows is None or len(rows) != 1 else rows:
            bodies.setdefault(definition.letter, set()).add(" ".join(definition.body.split()))
    anew = {letter for letter, written in bodies.items() if len(written) > 1} - defined
    for at, display in enumerate(found.displays):
        rows = every[at]
        after = found.displays[at + 1].text.lstrip() if at + 1 < len(found.displays) else ""
        elsewhere = None if rows is None or after.startswith("=") else _elsewhere(rows, found, display, defined)
        if rows is not None and not after.startswith("=") and {d.letter for d, _, _ in rows} <= anew:
            elsewhere = True  # the page defines the letter anew, row by row: no one definition is the page's
        if elsewhere is None or (rows is not None and len(rows) == 1 and not elsewhere):
            rows = None  # a chain going on below, f written elsewhere; one row of a σ defined nowhere else: the page's
        if rows is None:
            displays.append(display)
            continue
        for definition, start, end in rows:
            text = "".join(c if c == "\n" or start <= k < end else " " for k, c in enumerate(display.text))
            displays.append(dataclasses.replace(display, text=text, environment="", local=(definition,)))
            notes.append(Unchecked(definition.line, f"a definition of {definition.head} for its row's claim alone "
                                   "(after the arrow): nothing to check", False))  # fmt: skip
    if not notes:
        return found
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes))


def local_names(display: Display, names: Names) -> Names | Unchecked:
    """``names`` with the display's row definition in force: the function it defines, under its name and, for a
    head with a label (``f_c``), its letter, which the claim differentiates (``\\frac{df}{dx}``); or, where its body
    cannot be read, why."""
    if not display.local:
        return names
    from derive.read.function_hints import UnknownSymbol  # the parser's modules read names, not the reverse
    from derive.read.latex_parser import read_expression

    definition = display.local[0]
    assert isinstance(definition, RowDefinition)
    label = definition.name.split("_", 1)[1] if "_" in definition.name else ""  # f_c: c, the row's constant
    shadowed = {p for p in (*definition.parameters, label) if p and p in names.defined_scalars}  # c = x^2 elsewhere
    own = {
        p: Symbol(p, real=True, finite=True) if p in shadowed else Symbol(p, real=True)
        for p in shadowed | {*definition.parameters}
    }
    symbols = tuple(own[p] for p in definition.parameters)
    defined = {k: v for k, v in names.defined_scalars.items() if k not in shadowed}
    inner = dataclasses.replace(
        names, scalars={**names.scalars, **own}, functions=dict(names.functions), defined_scalars=defined
    )
    constants: list[str] = [label] if label in shadowed else []
    while True:
        try:
            body, _ = read_expression(tokenize(definition.body, definition.line), inner, definition.line)
            break
        except InputError as error:
            letter = error.name if isinstance(error, UnknownSymbol) and len(error.name) == 1 else None
            if letter is None or letter in constants or len(constants) > 3:  # (u(x) is refused by _local_rows)
                why = str(error).removeprefix(f"line {definition.line}: ")
                return Unchecked(definition.line, f"unreadable: the definition of {definition.head} in this row could "
                                 f"not be read ({why}), nor its claim after the arrow")  # fmt: skip
            constants.append(letter)  # f_c(x) = c + x: c a number of the row, as x is its variable
            inner.scalars[letter] = Symbol(letter, real=True)
    function = FunctionDefinition(symbols, body)
    page_letter = definition.letter in names.functions or definition.letter in names.defined_scalars
    if definition.name != definition.letter and page_letter:  # f_c(x) = c f(x) \\rightarrow \\frac{df}{dx}: which f?
        return Unchecked(definition.line, f"unreadable: {definition.letter} after the arrow can be read two ways: the "
                         f"{definition.head} this row defines, or the page's {definition.letter}: write "
                         f"\\frac{{d{definition.name}}}{{dx}} for the row's")  # fmt: skip
    taken = (definition.name, definition.letter)
    scalars = {k: v for k, v in names.scalars.items() if k not in taken}
    return dataclasses.replace(
        names,
        scalars={**scalars, **{c: inner.scalars[c] for c in constants}, **{p: own[p] for p in shadowed}},
        defined_scalars=defined,
        generic=names.generic - set(taken),  # f' elsewhere made f any function: here it is the row's
        functions={**names.functions, definition.name: function, definition.letter: function},
    )


def _elsewhere(
    rows: list[tuple[RowDefinition, int, int]], found: Found, display: Display, defined: frozenset[str]
) -> bool | None:
    """None where the rows' letters are not theirs alone: defined in the front matter, or written in another display
    (inline or not) but as the head of a definition under other parameters (the same head there makes the row's a
    condition on it, ``f(x) = 0 \\implies …`` below ``f(x) = 2x - 4``); else whether such a head stands elsewhere
    (cs231n's ``f(w,x) = …`` above its gates)."""
    heads = {(d.name, d.parameters) for d, _, _ in rows}
    letters = {d.letter for d, _, _ in rows}
    if letters & defined:
        return None
    headed = False
    for other in (*found.displays, *found.inline):
        if other is display:
            continue
        try:
            tokens = [t for t in tokenize(other.text, other.line) if t.kind != "&"]
        except InputError:
            return None
        used = [k for k, t in enumerate(tokens) if t.kind == "letter" and t.value in letters]
        if not used:
            continue
        equals = next((k for k, t in enumerate(tokens) if t.kind in ("=", "newline")), len(tokens))
        head = _function_head(tokens[:equals]) if equals > 1 else (tokens[0].value, tokens[0].value, ())
        if used != [0] or equals == len(tokens) or tokens[equals].kind != "=" or head is None:
            return None
        if (head[0], head[2]) in heads:
            return None
        headed = True
    return headed


def _local_rows(display: Display) -> list[tuple[RowDefinition, int, int]] | None:
    """Each row's definition and the span of its claim, when every row of the display is ``f(x) = A ⟶ claim``."""
    if display.environment not in ("", "equation", "equation*", "gather", "gather*") or display.local:
        return None
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return None
    rows = display_rows(tokens)
    found = [_local_row(row, display.text) for row in rows if row]
    if not found or None in found:
        return None
    local = [row for row in found if row is not None]
    letters = {definition.letter for definition, _, _ in local}
    primed = set(re.findall(r"(?<![A-Za-z\\])([A-Za-z])\s*'", display.text))  # g'(t): g any function
    for definition, _, _ in local:  # g(x) = f(x) + 1 beside f's row, u(x) + x: a function, or u times x?
        body = tokenize(definition.body, definition.line)
        applied = {t.value for t, n in pairwise(body) if t.kind == "letter" and n.kind == "("}
        if applied & letters or applied - primed:
            return None
    return local


def display_rows(tokens: list[Token]) -> list[list[Token]]:
    """A display's rows (split at its top-level ``\\\\``), without the ``\\begin{…}`` and ``\\end{…}`` of its
    environment."""
    rows: list[list[Token]] = [[]]
    marked, at = list(at_top(tokens)), 0
    while at < len(marked):
        token, top = marked[at]
        if top and token.kind == "command" and token.value in ("begin", "end"):  # \\begin{equation}: no row's
            at = next((k for k in range(at, len(tokens)) if tokens[k].kind == "}"), len(tokens)) + 1
            continue
        if top and token.kind == "newline":
            rows.append([])
        else:
            rows[-1].append(token)
        at += 1
    return rows


def _local_row(row: list[Token], text: str) -> tuple[RowDefinition, int, int] | None:
    """``f(x) = A ⟶ claim``: the definition and the claim's span, or None for a row of another form."""
    top = [(token, is_top) for token, is_top in at_top(row)]
    arrow = next((k for k, (t, is_top) in enumerate(top) if is_top and t.kind == "command" and t.value in ARROWS), None)
    if arrow is None:
        return None
    left, claim = _trimmed(row[:arrow]), _trimmed(row[arrow + 1 :])
    if not claim or not any(t.kind == "=" for t, top in at_top(claim) if top):
        return None
    equals = [k for k, (t, is_top) in enumerate(at_top(left)) if is_top and t.kind == "="]
    if len(equals) != 1 or any(t.kind == "&" for t in (*left, *claim)):
        return None
    head, body = left[: equals[0]], left[equals[0] + 1 :]
    parsed = _function_head(head)
    if parsed is None or not any(t.kind == "letter" and t.value in parsed[2] for t in body):
        return None  # f(x) = 0, f(x) = \frac{1}{2} \implies …: a condition the row sets, no function of x
    name, letter, parameters = parsed
    definition = RowDefinition(
        text[head[0].start : head[-1].end],
        name,
        letter,
        parameters,
        text[body[0].start : body[-1].end],
        head[0].line,
    )
    return definition, claim[0].start, claim[-1].end


def _trimmed(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the space commands at either end (``\\hspace{1in}``)."""
    while tokens and (length := _space_length(tokens, 0)):
        tokens = tokens[length:]
    while ends := [k for k in range(len(tokens)) if _space_length(tokens, k) == len(tokens) - k]:
        tokens = tokens[: ends[0]]
    return tokens


def _space_length(tokens: list[Token], at: int) -> int:
    """How many tokens the space command at ``at`` takes (``\\hspace{1in}``: 5), or 0 if none stands there."""
    token = tokens[at]
    if token.kind != "command" or token.value not in _SPACES:
        return 0
    if token.value in ("hspace", "hskip") and at + 1 < len(tokens) and tokens[at + 1].kind == "{":
        close = next((k for k in range(at + 1, len(tokens)) if tokens[k].kind == "}"), None)
        return 0 if close is None else close - at + 1
    return 1


def _function_head(head: list[Token]) -> tuple[str, str, tuple[str, ...]] | None:
    """``f(x)``, ``f_c(x)``, ``f(x, y)``: the name (``f_c``), its letter and its parameters, each one letter."""
    if len(head) < 4 or head[0].kind != "letter" or head[-1].kind != ")":
        return None
    name, at = head[0].value, 1
    if head[1].kind == "_" and head[2].kind == "letter":
        name, at = f"{head[0].value}_{head[2].value}", 3
    if head[at].kind != "(":
        return None
    inside = head[at + 1 : -1]
    parameters = tuple(t.value for t in inside[::2])
    commas = inside[1::2]
    if not inside or len(inside) % 2 == 0 or any(t.kind != "letter" for t in inside[::2]):
        return None
    if any(t.kind != "," for t in commas) or len(set(parameters)) != len(parameters):
        return None
    return name, head[0].value, parameters


__all__ = ["ARROWS", "RowDefinition", "display_rows", "local_names", "take_row_definitions"]
