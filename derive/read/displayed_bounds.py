"""Conditions a display states in formulas, beside an equation or alone (``y = 2, \\qquad x > 1``, an aligned row
``x &> 1``): derive checks equalities only and does not read them as assumptions, but a counterexample must satisfy
what the page states. One on a scalar, read as a domain, holds for the displays below it (``ProseCondition``): a
counterexample that breaks it refutes nothing. One derive cannot read (``x_i > 0``, ``a + b > 1``) leaves the
names it writes unknown: a counterexample that gives them values refutes nothing (``derive.read.unread_values``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sympy import Basic

from derive.errors import InputError
from derive.read.find import Display
from derive.read.latex_lexer import Token, group_end, tokenize
from derive.read.macros import Macros
from derive.read.names import GREEK, Names
from derive.read.prose_conditions import ProseCondition, condition_relations, prose_conditions
from derive.read.row_definitions import display_rows
from derive.read.rows import CASES, MATRICES, at_top

if TYPE_CHECKING:
    from derive.read.page_definitions import PageDefinition

#: Relations other than '=' as the lexer gives them: a token kind, or a command's name.
_RELATION_KINDS = frozenset({"<", ">"})
_RELATION_COMMANDS = frozenset(
    {"neq", "ne", "le", "leq", "ge", "geq", "lt", "gt", "in", "notin", "leqslant", "geqslant", "subset", "subseteq",
     "leqq", "geqq", "ll", "gg", "nless", "ngtr", "nleq", "ngeq", "nleqslant", "ngeqslant", "neg", "lnot", "succ",
     "prec", "succeq", "preceq", "not", "ni", "notni"}
)  # fmt: skip
#: What opens a part without being of its condition: spacing, words between (``\\qquad \\text{and}``).
_OPENING = re.compile(r"^(?:\s|\\[,;:!]|\\q?quad\b|\\(?:text|mbox|textrm|mathrm)\s*\{[^{}]*\}|&)+")


def condition_parts(display: Display, macros: Macros) -> list[tuple[str, list[Token], int]]:
    """Each part of ``display`` (its rows, split at their top-level commas, ``\\{0, 1\\}`` kept whole) that holds a
    relation other than '=' at its top level, as written (spacing and joining words before it dropped, ``>=`` as
    ``\\geq``), its tokens and its line. A row whose conditions share their letters across commas (``x, z > 0``,
    ``0 < p, q < 1``) is one part: no comma's piece of it is the condition of its letter. A part that opens with the
    relation (seed 003's ``\\neq expr``, a chain's opening) or gives a range (``\\forall j \\in 1..n``) is none."""
    found = []
    for parts in row_parts(display, macros):
        held = [part for part in parts if part and any(top and _relation(t) for t, top in at_top(part))]
        opens = [part for part in held if _relation(part[0]) and part[0].value not in ("neg", "lnot")]  # ≠ expr
        held = [part for part in held if part not in opens and not any(t.value == "forall" for t in part)]
        bare = [part for part in parts if part and _bare(part)]
        if held and (bare or (len(held) > 1 and any(not _name(part[0]) for part in held))):
            held = [
                sorted((t for part in (*bare, *held) for t in part), key=lambda t: t.start)
            ]  # x, z > 0: one condition on x and z
        for part in held:
            text = _OPENING.sub("", display.text[part[0].start : part[-1].end]).replace("&", " ").strip()
            text = text.replace(">=", "\\geq ").replace("<=", "\\leq ")
            found.append((" ".join(text.split()), part, part[0].line))
    return found


def row_parts(display: Display, macros: Macros) -> list[list[list[Token]]]:
    """Each row of ``display``, as its parts between top-level commas (``\\{0, 1\\}`` kept whole), ``&`` dropped."""
    try:
        tokens = _without_values(macros.expand(tokenize(display.text, display.line)))
    except InputError:
        return []
    return [[[t for t in part if t.kind != "&"] for part in _split(row)] for row in display_rows(tokens)]


def _without_values(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the environments that are one value (cases, matrices): a case's ``b > 0`` is the value's
    condition, no condition of the page."""
    kept: list[Token] = []
    depth = at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in ("begin", "end") and at + 1 < len(tokens):
            close = group_end(tokens, at + 1)  # the '}' of its name
            name = "".join(t.value for t in tokens[at + 2 : close]).rstrip("*")
            if name in CASES or name in MATRICES or name == "array":
                depth += 1 if token.value == "begin" else -1
                at = close + 1
                continue
        if depth <= 0:
            kept.append(token)
        at += 1
    return kept


def _split(row: list[Token]) -> list[list[Token]]:
    """``row`` split at its commas outside every group, ``\\{ … \\}`` counted as one."""
    parts: list[list[Token]] = [[]]
    level = 0
    for token, top in at_top(row):
        braced = token.kind == "command" and token.value in ("{", "}", "lbrace", "rbrace")
        level += (1 if token.value in ("{", "lbrace") else -1) if braced else 0
        if token.kind == "," and top and level <= 0:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _bare(part: list[Token]) -> bool:
    """Whether ``part`` is one name alone (``x``, ``\\alpha``, ``z_1``): a letter listed before a shared relation."""
    kinds = [t.kind for t in part]
    return _name(part[0]) and (len(part) == 1 or (kinds[1:2] == ["_"] and len(part) in (3, 5)))


def _name(token: Token) -> bool:
    """Whether ``token`` is a letter or a Greek letter's command."""
    return token.kind == "letter" or (token.kind == "command" and token.value in GREEK)


def displayed_conditions(
    displays: Sequence[Display], names: Names, macros: Macros, last_line: int
) -> tuple[ProseCondition, ...]:
    """The conditions on scalars that displays state (see the module), each holding from the line after its display
    to the page's end: a backstop that never proves, it only keeps a counterexample that breaks one from refuting."""
    found = []
    for display in displays:
        below = display.line + display.text.count("\n") + 1
        for text, _, line in condition_parts(display, macros):
            found += [
                ProseCondition(line, shown, relation, below, last_line)
                for shown, relation in condition_relations(text, line, names)
            ]
    return tuple(found)


def stated_conditions(
    text: str, names: Names, displays: Sequence[Display], macros: Macros, page: Sequence[PageDefinition] = ()
) -> tuple[ProseCondition, ...]:
    """The conditions the page states on scalars, in its prose and in its displays: the backstop of its links;
    ``page``: the page's own definitions, named where a condition they rule out is refused."""
    definitions = [(d.line, d.head, d.body) for d in page]
    prose = prose_conditions(text, names, [d.line for d in displays], definitions)
    return prose + displayed_conditions(displays, names, macros, text.count("\n") + 1)


def bounded_names(display: Display, names: Names, macros: Macros) -> list[tuple[Basic, str, int]]:
    """The names written in the conditions of ``display`` that derive cannot read as a domain of one scalar
    (``x_i > 0``: x; ``a + b > 1``: a and b), each with the condition as written and its line."""
    found: list[tuple[Basic, str, int]] = []
    parts = condition_parts(display, macros)
    for text, part, line in parts:
        if condition_relations(text, line, names) and not _defined_here(part, display, macros):
            continue
        part = [*part, *_defined_here(part, display, macros)]  # u = x - 1, \\; u > 0: x as unknown as u
        for at, token in enumerate(part):
            if token.kind != "letter":
                continue
            scripted = at + 1 < len(part) and part[at + 1].kind == "_"
            pool = {**names.vectors, **names.arrays} if scripted else names.scalars
            name = pool.get(str(token.value))
            if name is not None and all(name is not other for other, _, _ in found):
                found.append((name, text, line))
    return found


def _defined_here(part: list[Token], display: Display, macros: Macros) -> list[Token]:
    """The tokens of the right sides of the display's equalities whose left side is one letter ``part`` writes."""
    letters = {t.value for t in part if t.kind == "letter"}
    found: list[Token] = []
    for parts in row_parts(display, macros):
        for piece in parts:
            equals = next((k for k, (t, top) in enumerate(at_top(piece)) if top and t.kind == "="), None)
            if equals == 1 and piece[0].kind == "letter" and piece[0].value in letters:
                found += piece[equals + 1 :]
    return found


def _relation(token: Token) -> bool:
    """Whether ``token`` is a relation other than '=' (``>``, ``\\geq``, ``\\in``)."""
    return token.kind in _RELATION_KINDS or (token.kind == "command" and token.value in _RELATION_COMMANDS)


__all__ = ["bounded_names", "condition_parts", "displayed_conditions", "row_parts", "stated_conditions"]
