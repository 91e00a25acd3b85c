"""A condition on values stated in the line before a chain: "When $y w^\\top x < 1$,", "If $x > 0$:", "For $z < 0$,"
(the whole line, or its last clause). It is an assumption of the chain: printed, and every point drawn satisfies
it. A condition on one scalar and a number is a domain (x ∈ (0, ∞)), "When $y = 1$," the value {1}; any other
inequality is kept as the relation."""

from __future__ import annotations

import contextlib
import re

from sympy import And, Basic, Expr

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.conditions import INEQUALITIES, holds_inequality, key
from derive.read.front_assumptions import sum_to_one
from derive.read.frontmatter import Entry
from derive.read.index_bounds import refuse_index_range
from derive.read.latex_lexer import Token, tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.rows import at_top
from derive.read.shapes import Shaped
from derive.read.stated_domains import fixed_value, stated_domain

#: "If $x > 0$:", "…. When $y w^\\top x < 1$,", "and for \\(z < 0\\), then": a keyword, then one formula.
LEAD_VALUE = re.compile(
    r"(?:^|[.,;:]\s+)(?:(?:and|but|now|so)\s+)?(?:if|when|whenever|for|where)\s+(?:\$|\\\()([^$]*?)(?:\$|\\\))"
    r"(?:\s*for\s+(?:every|all|each)\s+(?:\$[a-z]\$|\\\([a-z]\\\)))?"  # "When $z_i > 0$ for every $i$:"
    r"\s*(?:,?\s*then)?(?:,?\s*(?:we|one)\s+(?:define|set|write|have|get|obtain|find|see)(?:\s+(?:that|it|f))?"
    r"|,?\s*(?:the|this|it)\b(?![^$]*\b(?:not|otherwise|other|fails?|never|else|rest|remaining|wrong|differs?|but)\b"
    r"|[^$]*n't)[^$:.;]{0,40}?)?"
    r"\s*[:,.]?\s*$",  # "If $x > 0$, we define:", "For $x > 0$ we have", "When $y = 1$, the gradient is"
    re.IGNORECASE,
)


def stated_condition(lead: str) -> re.Match[str] | None:
    """The condition "If/When/For $…$" a line states, or None: not a "where", which defines ("where $z = wx + b$"),
    nor a range ("for $i = 1, \\dots, n$", "for $i \\in C$")."""
    match = LEAD_VALUE.search(lead.strip())
    if match is None or re.match(r"[.,;:\s]*where\b", match.group(0), re.I):
        return None
    return None if re.search(r",|\\[lc]?dots|\\in\b", match.group(1)) else match


def value_condition(lead: str, names: Names, line: int) -> Assumption | None:
    """The condition on values the line before a chain states, or None when it states none."""
    match = LEAD_VALUE.search(lead.strip())
    if match is None:
        return None
    math = match.group(1).strip()
    tokens = tokenize(math, line)
    if not holds_inequality(tokens) and any(t.kind == "=" for t in tokens):  # "When $y = 1$,": y at 1 there
        return _value(math, tokens, names, line, match.group(0))
    if not holds_inequality(tokens) or any(t.kind == "=" for t in tokens):
        return None
    try:
        domain = stated_domain(Entry(math, line), names)
    except InputError:
        domain = None
    if domain is not None:
        return domain
    cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and key(t) in INEQUALITIES]
    pieces = [tokens[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(tokens)], strict=True)]
    if len(cuts) > 2 or any(not piece for piece in pieces):
        raise InputError(f"line {line}: cannot read the condition ${math}$ stated before this display")
    values: list[Expr] = []
    for piece in pieces:
        value, _ = read_expression(piece, names, line)
        if isinstance(value, Shaped) or not isinstance(value, Expr):
            raise InputError(f"line {line}: the condition ${math}$ is on a whole vector or matrix: state it of numbers")
        values.append(value)
    pairs = zip(cuts, values, values[1:], strict=False)
    relations: list[Basic] = [INEQUALITIES[key(tokens[at])](a, b) for at, a, b in pairs]
    relation = And(*relations)
    if relation.free_symbols & set(names.indices.values()):  # "For $1 \\le i \\le n$:", a range of an index, is
        refuse_index_range(relation, math, names, line)  # not a condition on values; "For $i > n$": none
        return None
    if relation.free_symbols == set():
        raise InputError(f"line {line}: the condition ${math}$ has no variable in it")
    return Assumption("domain", math, relation)


def _value(math: str, tokens: list[Token], names: Names, line: int, said: str) -> Assumption | None:
    """The value "When $y = 1$," sets (``said``: the words and formula that state it): a scalar at a number. A case
    on an index ("For $k = 1$:", read as the chain's case), a range or a "where" (``stated_condition``) is none; any
    other equation is refused, never dropped: a counterexample would break it (y defined as 2x, a vector y, the
    length n)."""
    value = fixed_value(tokens, names, Entry(math, line))
    if value is not None or stated_condition(said) is None:  # a "where" defines, a range ranges
        return value
    if len(tokens) > 1 and tokens[1].kind == "=" and tokens[0].value in names.indices:  # "For $k = 1$:": a case
        return None
    with contextlib.suppress(InputError):  # "If $\\sum_i y_i = 1$, then": the chain's sum to one
        return sum_to_one(Entry(math, line), names)
    raise InputError(f"line {line}: cannot read the condition ${math}$ stated with this display: only a number set "
                     "to a value ($y = 1$), a domain or a case on indices is read")  # fmt: skip


#: A condition on values in words alone, no formula, which derive does not read: a counterexample that may break it
#: refutes nothing (it had refuted Σ(y_i² − y_i)x_i + Σ(p_i − y_i)x_i = Σ(p_i − y_i)x_i below "When every label is
#: either 0 or 1,", at y_1 = 61/100).
_WORDED = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:if|when|whenever|provided|assuming|given\s+that)\b[^.$]*?\b(?:is|are|be)\s+"
    r"(?:(?:all|each|either|both|only|always|strictly)\s+)*(?:\d+|zero|positive|negative|non-?zero|non-?negative"
    r"|binary|one-hot|integers?)\b[^.$]*[,:]\s*$",
    re.I,
)


def in_words(sentence: str) -> bool:
    """Whether ``sentence``, a lead's last, states such a condition: a condition word, a value in words, no formula,
    and a comma or colon that leads to the display."""
    return "$" not in sentence and "\\(" not in sentence and _WORDED.match(sentence) is not None
