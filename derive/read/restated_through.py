"""A definition written again through a name the page defined in between (R-10's a = σ(Σ w_i x_i + b), then z =
Σ w_i x_i + b, then "the final output of the neuron, $a=\\sigma(z)$"): with z's definition written in, the second
is the first token for token, so it restates it (proven equal by substitution alone) and the name keeps its one
meaning. Before, the displays below that used a were refused as "a is defined twice"."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from derive.errors import InputError
from derive.read.latex_lexer import Token, tokenize
from derive.read.redefinitions import Defining, letter_of, same_definition
from derive.read.used_names import body_names

#: Tokens that change no meaning: sizes and spaces (``\\left(`` is ``(``).
_SPACING = frozenset({"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", ",", ";", ":", "quad", "!"})


def restates(first: Defining, again: Defining, definitions: Sequence[Defining], twice: Collection[str]) -> bool:
    """Whether ``again`` states ``first`` again: ``same_definition``, or its body, each name another definition above
    it gives (``definitions``, none made of the name itself, none of a letter in ``twice``, defined twice) written in,
    is the first's body token for token. Never the name's own definitions: a restatement is not proven by itself."""
    if same_definition(first.head, first.body, again.head, again.body):
        return True
    letter = letter_of(again.head)
    if letter is None or letter != letter_of(first.head):
        return False
    given: dict[tuple[str, str], list[Token]] = {}
    for other in definitions:
        made = body_names(other.head, other.body)
        name = _alone(other.head)
        if other.line >= again.line or name is None or made is None or letter in made:
            continue
        if letter_of(other.head) in (letter, *twice) or (name.kind, name.value) in given:
            continue
        try:
            given[name.kind, name.value] = tokenize(other.body)
        except InputError:
            continue
    try:
        was, now = tokenize(first.body), tokenize(again.body)
    except InputError:
        return False
    written = _written_in(now, given)
    return written is not None and _plain(written) == _plain(was)


def _alone(head: str) -> Token | None:
    """The one token a definition's head is (z, \\lambda, z^l), else None (z_i, f(x): not written in)."""
    try:
        tokens = tokenize(head)
    except InputError:
        return None
    return tokens[0] if len(tokens) == 1 and tokens[0].kind in ("letter", "command") else None


def _written_in(tokens: list[Token], given: dict[tuple[str, str], list[Token]]) -> list[Token] | None:
    """``tokens`` with each name ``given`` defines written as its body: alone between parentheses as it is, else
    in parentheses of its own; None where such a name carries an index or a power (z_i, z^2: not written in)."""
    out: list[Token] = []
    for at, token in enumerate(tokens):
        body = given.get((token.kind, token.value))
        before = tokens[at - 1].kind if at else ""
        if body is None or before in ("_", "^"):
            out.append(token)
            continue
        after = tokens[at + 1].kind if at + 1 < len(tokens) else ""
        if after in ("_", "^", "("):
            return None
        if before == "(" and after == ")":
            out += body
        else:
            out += [Token("(", "(", token.line), *body, Token(")", ")", token.line)]
    return out


def _plain(tokens: list[Token]) -> list[tuple[str, str]]:
    """``tokens`` as (kind, value), sizes, spaces and a closing period or comma aside."""
    kept = [(t.kind, t.value) for t in tokens if not (t.kind == "command" and t.value in _SPACING)]
    while kept and kept[-1][0] in (".", ","):
        kept.pop()
    return kept
