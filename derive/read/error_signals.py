"""δ with one index, ``\\delta_j``: a vector of error signals (a name of the page, often defined on it, as
δ_k = y_k − t_k), while ``\\delta_{ik}`` with two indices stays Kronecker's delta.

Backpropagation pages name two layers' error signals by the index letter alone: Bishop's ``\\delta_j = (1 - z_j^2)
\\sum_k w_{kj} \\delta_k`` gives the hidden units' δ_j from the outputs' δ_k. Read as one vector, that equation is
another claim than the page makes; so an equation whose left side is δ at one index and whose right side writes δ at
another is refused, naming both readings (unless the layers are labelled, δ^l_j and δ^{l+1}_k, or the front matter
states the network)."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous

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


__all__ = ["refuse_layered_errors"]
