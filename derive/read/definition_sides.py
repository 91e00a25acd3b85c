"""A display read as a definition's sides: ``NAME = A`` (or ``:=``), alone or opening a chain ``NAME = A = B``, also
as aligned rows; and the display with ``NAME =`` blanked, whose rest is read in turn."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass

from derive.errors import InputError
from derive.read import trailing_labels as around
from derive.read.carried_rows import carried_rows, math_from
from derive.read.definition_signs import DEFINING
from derive.read.find import Display
from derive.read.latex_lexer import Token, tokenize
from derive.read.macros import Macros
from derive.read.prose import full_range_from
from derive.read.relation_names import IMPLIES
from derive.read.rows import at_top, other_relation

#: What ends a display's sentence: dropped after the definition's right side.
PUNCTUATION = frozenset({".", ","})


@dataclass(frozen=True)
class Sides:
    """A display's definition: what it defines, the definition, its line, and where in the display's text the
    defining ``NAME =`` ends when a chain goes on after the definition (None: the display is the definition)."""

    head: str
    body: str
    line: int
    rest_from: int | None
    inline: bool = False
    rows_after: bool = False  # rest_from starts the next row of an align: rows that may define in turn
    doubt: str = ""  # why it is no definition: y_{ij} &= … && \text{if } i = j, a case beside it (``CASED``)


#: Why a row with a case beside it defines nothing.
CASED = "a case is written beside it; a definition holds at every index"
#: Environments whose rows are equations (or one equation broken over rows): a definition may open them.
_ONE_OR_ROWS = frozenset(
    {"", "inline", "equation", "equation*", "aligned", "align", "align*", "gathered", "gather", "gather*", "split"}
    | {"multline", "multline*", "eqnarray", "eqnarray*", "alignat", "alignat*", "alignedat", "flalign", "flalign*"}
)


def split_definition(display: Display, macros: Macros) -> Sides | None:
    """``NAME = A`` (or ``:=``), alone or opening a chain ``NAME = A = B`` (also as aligned rows)."""
    if display.environment not in _ONE_OR_ROWS:
        return None
    text = display.text
    try:
        tokens = tokenize(text, display.line)
        expanded = macros.expand(tokens) != tokens  # the page's \newcommand, or an array defined by its entries
        others = Macros((), macros.operators, (), macros.hypotheses, macros.functions)  # h_θ(x), H(q', p): claims
        if not tokens or (expanded and others.expand(tokens) != tokens):
            return None
    except InputError:
        return None
    tokens = around.without_trailing_labels(tokens)
    ranged = full_range_from(tokens)  # y_c = … \\quad \\text{for} \\; c = 1 \\cdots C: every c, no case
    tokens = tokens if ranged is None else tokens[:ranged]
    while tokens and tokens[-1].kind in PUNCTUATION:
        tokens = tokens[:-1]
    marked = list(around.outside_matrices(at_top(tokens)))
    at = next((k for k, (t, top) in enumerate(marked) if top and (t.kind == "=" or t.value in DEFINING)), None)
    if at is None:
        return None
    left = tokens[:at]
    if expanded and macros.expand(left) != left:  # a macro on the left: what it names is not the page's to define
        return None
    while left and left[0].value == "begin" and "}" in (t.kind for t in left):  # \begin{equation}\begin{split}
        left = left[[t.kind for t in left].index("}") + 1 :]  # \begin{aligned} L &= …
        left = left[[t.kind for t in left].index("}") + 1 :] if left and left[0].kind == "{" else left  # alignat{2}
    if left and left[-1].kind == "&":
        left = left[:-1]
    if left and left[-1].kind == ":" and left[-1].end == tokens[at].start:  # :=
        left = left[:-1]
    stops = {"=", "&", "newline", *IMPLIES}
    start = math_from(tokens, at + 1, len(tokens))  # L ={} & x^2: its alignment point after the '='
    end = next((k for k in range(start, len(tokens)) if marked[k][1] and _key(tokens[k]) in stops), len(tokens))
    spans = [(start, end)]  # L = x^2 \\ + x: one body over its rows, each row's label column left out
    multline = any(t.value == "begin" and t.end < len(text) and text[t.end :].lstrip("{ ").startswith("multline")
                   for t in tokens)  # fmt: skip
    more, end, doubt = carried_rows(tokens, [top for _, top in marked], around.prose_end(tokens, end), multline)
    spans += more  # μ_j &= … && \text{(mean)} \\: the row ends at its prose label
    right = [t for start, stop in spans for t in tokens[start:stop]]
    if end == len(tokens) or (tokens[end].kind == "newline" and not around.goes_on(tokens[end + 1 :])):
        rest_from = None
    elif _key(tokens[end]) in IMPLIES and not any(t.kind == "letter" for t in tokens[start:end]):
        return None  # x = 3 \implies x^2 = 9: a condition of what follows, no value of x for the page (s54-2's h5)
    elif _key(tokens[end]) in IMPLIES:  # f(t) = [g(t)]^2 \implies f'(t) = 2g(t)g'(t): what follows is read in turn
        rest_from = tokens[end].end
    elif tokens[end].kind == "newline" and not around.continues(tokens[end + 1 :]):
        rest_from = tokens[end].end  # L &= A \\ M &= B: the row defines, the rows after are read in turn
    else:
        rest_from = tokens[at].end
    inner = {id(t) for t, top in marked if not top}
    if any((t.kind in ("&", "newline") or t.value in ("begin", "end")) and id(t) not in inner for t in (*left, *right)):
        return None
    if not left or not right or other_relation(left) is not None or other_relation(around.outside_environments(right)):
        return None
    if end < len(tokens) and tokens[end].kind == "=" and tokens[at].kind != "=":
        return None  # L := A = B: keep it simple, a definition is one relation
    head, body = text[left[0].start : left[-1].end].strip(), text[right[0].start : right[-1].end]
    for (_, stop), (start, _) in reversed(list(itertools.pairwise(spans))):  # between rows: blanked, read as one
        cut, to = tokens[stop - 1].end - right[0].start, tokens[start].start - right[0].start
        body = body[:cut] + " " * (to - cut) + body[to:]
    body = body.strip()
    if expanded and Macros(macros.macros).expand(right) != right:  # the page's \newcommand: its body written out
        body = " ".join(t.describe() for t in Macros(macros.macros).expand(right))
    rest_from = None if doubt else rest_from  # rows in doubt: none of them read as a claim of its own either
    rows = rest_from is not None and tokens[end].kind == "newline"
    cased = tokens[end].kind == "&" and around.beside_case(tokens[end:]) if end < len(tokens) else False
    doubt = CASED if cased else doubt
    return Sides(head, body, left[0].line, rest_from, display.environment == "inline", rows, doubt)


def _key(token: Token) -> str:
    return str(token.value) if token.kind == "command" else token.kind


def without_head(display: Display, until: int) -> Display:
    """The display with ``NAME =`` blanked (its line breaks kept): what follows is a chain of its own."""
    text = display.text
    start = len(text) - len(text.lstrip())
    if text.lstrip().startswith("\\begin"):
        start = text.index("}", start) + 1
    blank = "".join(c if c == "\n" else " " for c in text[start:until])
    return dataclasses.replace(display, text=text[:start] + blank + text[until:])


__all__ = ["CASED", "DEFINING", "PUNCTUATION", "Sides", "split_definition", "without_head"]
