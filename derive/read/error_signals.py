"""δ with one index, ``\\delta_j``: a vector of error signals (a name of the page, often defined on it, as
δ_k = y_k − t_k), while ``\\delta_{ik}`` with two indices stays Kronecker's delta.

Backpropagation pages name two layers' error signals by the index letter alone: Bishop's ``\\delta_j = (1 - z_j^2)
\\sum_k w_{kj} \\delta_k`` gives the hidden units' δ_j from the outputs' δ_k. Read as one vector, that equation is
another claim than the page makes; so an equation whose left side is δ at one index and whose right side writes δ at
another is refused, naming both readings (unless the layers are labelled, δ^l_j and δ^{l+1}_k, or the front matter
states the network)."""

from __future__ import annotations

import itertools

from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import Names

#: What may stand before an equation's left side in a display's tokens.
_OPENERS = frozenset({"newline", "&"})


def _index(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The one index letter of ``\\delta`` at ``at`` (``\\delta_j``, ``\\delta_{j}``) and the position after it."""
    if tokens[at].kind != "command" or tokens[at].value != "delta" or tokens[at + 1 : at + 2] == []:
        return None
    if tokens[at + 1].kind != "_" or at + 2 >= len(tokens):
        return None
    if tokens[at + 2].kind == "letter":
        return tokens[at + 2].value, at + 3
    inner = tokens[at + 3 : at + 5]
    if tokens[at + 2].kind == "{" and [t.kind for t in inner] == ["letter", "}"]:
        return inner[0].value, at + 5
    return None


def refuse_layered_errors(tokens: list[Token]) -> None:
    """Refuse ``\\delta_j = … \\delta_k …``: one vector δ, or two layers' error signals told apart by their letters."""
    for at in range(len(tokens)):
        if at and tokens[at - 1].kind not in _OPENERS:
            continue
        left = _index(tokens, at)
        if left is None or left[1] >= len(tokens) or tokens[left[1]].kind != "=":
            continue
        end = next((k for k in range(left[1], len(tokens)) if tokens[k].kind == "newline"), len(tokens))
        for later in range(left[1], end):
            right = _index(tokens, later)
            if right is not None and right[0] != left[0]:
                first, other = left[0], right[0]
                raise ambiguous(
                    tokens[at],
                    f"\\delta_{first} = … \\delta_{other} …",
                    "one vector δ at two indices (an equation between its entries)",
                    f"the error signals of two layers that the letters {first} and {other} tell apart (label them, "
                    f"\\delta^l_{first} and \\delta^{{l+1}}_{other}, or state the network in the front matter)",
                )


def _sides(tokens: list[Token]) -> list[list[list[Token]]]:
    """The display's equations, each the list of its sides: split at '=' outside groups; a new row that does not
    go on with '=' starts another equation."""
    equations: list[list[list[Token]]] = [[[]]]
    level = 0
    for at, token in enumerate(tokens):
        level += 1 if token.kind in ("{", "(", "[") else -1 if token.kind in ("}", ")", "]") else 0
        if level == 0 and token.kind == "=":
            equations[-1].append([])
        elif level == 0 and token.kind == "newline":
            after = next((t for t in tokens[at + 1 :] if t.kind != "&"), None)
            if after is None or after.kind != "=":
                equations.append([[]])
        else:
            equations[-1][-1].append(token)
    return equations


def _letters(side: list[Token]) -> tuple[set[str], set[str]]:
    """The index letters of δ's entries on one side, and those of them a sum on that side binds (Σ_k δ_k)."""
    held = {index[0] for at in range(len(side)) if (index := _index(side, at)) is not None}
    bound = set()
    for at, token in enumerate(side[:-2]):
        if token.kind == "command" and token.value == "sum" and side[at + 1].kind == "_":
            letter = side[at + 3] if side[at + 2].kind == "{" and at + 3 < len(side) else side[at + 2]
            bound |= {letter.value} if letter.kind == "letter" else set()
    return held, bound & held


def _kronecker(tokens: list[Token]) -> bool:
    """Whether the display writes δ with two indices, Kronecker's ``\\delta_{jk}``."""
    return any(
        token.kind == "command"
        and token.value == "delta"
        and [t.kind for t in tokens[at + 1 : at + 6]] == ["_", "{", "letter", "letter", "}"]
        for at, token in enumerate(tokens)
    )


def delta_letters(names: Names) -> frozenset[str]:
    """The index letters the page defines δ with (``\\delta_i = …``: "i"), where it defines δ once."""
    defined = names.defined.definitions if names.defined is not None else ()
    found = [d.index for d in defined if str(d.name) == "delta" and d.index is not None]
    return frozenset(str(index) for index in found) if len(found) == 1 else frozenset()


def refuse_crossed_errors(tokens: list[Token], defined: frozenset[str] = frozenset()) -> None:
    """Refuse a link whose one side holds δ at a free index and whose other side holds δ only at others
    (O_j(1 − O_j) Σ_k δ_k W_jk = δ_j): the same two readings as ``δ_j = … δ_k …``, wherever δ_j stands. Not where
    the page defines δ once with the free letter (``defined``: ``Let $\\delta_i = \\partial L / \\partial z_i$``)
    and the chain does not open with δ (``\\partial L / \\partial b_i = \\sum_k \\delta_k … = \\delta_i``): the
    page's δ at two indices. Bishop's δ_k = y_k − t_k, then … = δ_j, may still be a second layer's."""
    if _kronecker(tokens):  # Σ_k δ_{jk} δ_k = δ_j: Kronecker's δ ties the letters, one vector δ
        return
    opening = next((t for t in tokens if t.kind not in ("newline", "&", "{", "}")), None)
    opens = opening is not None and opening.kind == "command" and opening.value == "delta"
    for sides in _sides(tokens):
        for left, right in itertools.pairwise(sides):
            for one, two in ((left, right), (right, left)):
                (held, bound), (other_held, _) = _letters(one), _letters(two)
                for first in sorted(held - bound - other_held):
                    other = next(iter(sorted(other_held - held)), None)
                    if other is not None and not (first in defined and not opens):  # δ_i as defined: one vector
                        raise ambiguous(
                            next(t for t in one if t.kind == "command" and t.value == "delta"),
                            f"\\delta_{first} on one side and \\delta_{other} on the other",
                            "one vector δ at two indices (an equation between its entries)",
                            f"the error signals of two layers that the letters {first} and {other} tell apart",
                        )


__all__ = ["refuse_crossed_errors", "refuse_layered_errors"]
