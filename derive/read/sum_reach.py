"""How far a sum reaches in a definition, as CS229 writes the log likelihood:
``\\ell(\\theta) = \\sum_{i=1}^m y^{(i)} \\log h(x^{(i)}) + (1 - y^{(i)}) \\log (1 - h(x^{(i)}))``.

By TeX's grammar the sum ends at the first ``+``, which leaves i free in the terms after it; a definition with a
free index cannot be read, so the one reading that defines anything is the sum over every term, and it is read so
when every term after the sum uses its index (and holds no sum of its own that could bind it). Where some terms
use the index and others do not, both readings define something (the sum over all of them, or over the first
with the rest added once) and the definition is refused, naming both. In a chain's side, where TeX
leaves the index free, the two readings are named and the side refused (``derive.read.chain_sides``).
"""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token

_OPEN = frozenset({"{", "(", "["})
_CLOSE = frozenset({"}", ")", "]"})


def _top_level(tokens: list[Token]) -> list[bool]:
    depth, marks = 0, []
    for token in tokens:
        depth -= token.kind in _CLOSE
        marks.append(depth == 0)
        depth += token.kind in _OPEN
    return marks


def _script_end(tokens: list[Token], at: int) -> int:
    """The end of the script whose argument starts at ``at`` (one token or a braced group)."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return at + 1
    depth = 0
    for end in range(at, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if depth == 0:
            return end + 1
    return len(tokens)


def extend_sum(tokens: list[Token], keep: set[str]) -> list[Token]:
    """A definition's body with its one top-level sum reaching over the terms after it that use its index (none
    of ``keep``: the definition's own parameter, a declared index); refused where only some of them do."""
    top = _top_level(tokens)
    signs = [k for k, t in enumerate(tokens) if top[k] and t.kind in ("+", "-") and k > 0]
    sums = [k for k, t in enumerate(tokens) if top[k] and (t.kind, t.value) == ("command", "sum")]
    if len(sums) != 1 or any(k < sums[0] for k in signs) or not signs:
        return tokens
    at = sums[0] + 1
    if at >= len(tokens) or tokens[at].kind != "_":
        return tokens
    below_end = _script_end(tokens, at + 1)
    below = tokens[at + 1 : below_end]
    variable = (below[1] if below and below[0].kind == "{" else below[0]) if below else None
    if variable is None or variable.kind != "letter" or variable.value in keep:
        return tokens
    above = below_end < len(tokens) and tokens[below_end].kind == "^"
    start = _script_end(tokens, below_end + 1) if above else below_end
    signs = [k for k in signs if k > start]  # \\sum_i -2(x_i - μ) + 1: the summand's own sign starts no term
    if not signs:
        return tokens
    bounds = [start, *signs, len(tokens)]
    terms = [tokens[bounds[k] : bounds[k + 1]] for k in range(1, len(bounds) - 1)]
    uses = [any(t.kind == "letter" and t.value == variable.value for t in term) for term in terms]
    if not any(uses):
        return tokens
    if not all(uses) or any(any(t.value == "sum" for t in term) for term in terms):
        raise InputError(
            f"line {variable.line}: the sum over {variable.value} is followed by terms, some with {variable.value} "
            f"and some without: read two ways, the sum over every term, or over its first term with the others "
            f"added once; write the sum's terms in parentheses, \\sum_{variable.value} \\left( … \\right)"
        )
    first, last = tokens[start], tokens[-1]
    opening = [Token("command", "left", first.line, first.start, first.start, " "), Token("(", "(", first.line)]
    closing = [Token("command", "right", last.line, last.end, last.end, " "), Token(")", ")", last.line)]
    return [*tokens[:start], *opening, *tokens[start:], *closing]


__all__ = ["extend_sum"]
