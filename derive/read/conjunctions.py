"""Two equations in one display, set apart as people write them: ``A = B \\quad\\text{and}\\quad C = D``,
``A = B \\quad \\text{where} \\quad c_j = …``, ``A = B, \\quad C = D``, ``A = B \\qquad C = D``,
``A = B \\hspace{1in} C = D``: each made a display of its own, at the same line, so that each is a definition
(``derive.read.page_definitions``) or a claim on its own.

Only where both parts hold an '=' of their own, and the part after is no case or remark: ``= -p_i p_j, \\quad
i \\neq j`` (no '='), ``\\quad i = j`` (a bare letter before its '=', set apart by a space only) and
``\\text{for } c = 1 \\cdots C`` keep their meaning. Without this, ``x_i \\qquad \\frac{…}{…}`` was read as a product
and a true display refuted, and ``\\text{and}`` or ``\\text{where}`` left a display unreadable.

Three or more are cut apart the same way (``z = \\sin(x^2 + y^2), \\qquad x = e^t, \\qquad y = t^2``: each judged up to
the next separator), and so are those of one row of an ``align`` that is a chain of its own (``z &= f(x, y), \\quad
x = g(t), \\quad y = h(t), \\\\`` above ``\\frac{dz}{dt} &= …``), which was unreadable ("unexpected ','").
"""

from __future__ import annotations

import dataclasses

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.latex_lexer import Token, tokenize
from derive.read.prose import environment_end
from derive.read.rows import at_top
from derive.read.trailing_labels import outside_environments, outside_matrices

#: Commands that write words: ``\\text{and}`` (``\\mathrm{softmax}`` is an upright name, not words).
PROSE = frozenset({"text", "textrm", "textit", "mbox"})
#: The words that join two equations.
JOINING = frozenset({"and", "where", "with"})
#: The words after which the equation defines what the one before uses: ``\\quad \\text{with } z_i = …``.
DEFINING = frozenset({"where", "with"})
WIDE = frozenset({"\\quad", "\\qquad"})
#: Commands that make what follows a remark, not an equation of the display: ``\\forall``, ``\\because``.
_REMARKS = frozenset({"forall", "because", "therefore"})


def and_at(tokens: list[Token], at: int, words: frozenset[str] = frozenset({"and"})) -> int | None:
    """Where ``\\text{and}`` (``\\text{ and }``, ``\\mbox{and}``; or another of ``words``) at ``at`` ends, else None."""
    token = tokens[at]
    if token.kind != "command" or token.value not in PROSE or at + 1 >= len(tokens) or tokens[at + 1].kind != "{":
        return None
    end = at + 2
    while end < len(tokens) and tokens[end].kind == "letter":
        end += 1
    spelled = "".join(t.value for t in tokens[at + 2 : end])
    return end + 1 if spelled in words and end < len(tokens) and tokens[end].kind == "}" else None


def _equation(part: list[Token], worded: bool) -> bool:
    """Whether ``part`` is an equation of its own: an '=' at its top level, no words (``\\text{for } …``), no
    ``\\forall`` nor ``\\because`` (the reason for the equation before it), no list before its '=' (``i, j = …``),
    and, set apart by a space only (not ``worded``), a left side that is no bare letter or number (``i = j``: a
    case) unless its right side is a formula (``e = a + d``)."""
    marked = list(outside_matrices(at_top(part)))
    if any(top and t.kind == "command" and (t.value in PROSE or t.value in _REMARKS) for t, top in marked):
        return False
    equals = [k for k, (t, top) in enumerate(marked) if top and t.kind == "="]
    if not equals:
        return False
    left, right = part[: equals[0]], part[equals[0] + 1 :]
    if not left or any(t.kind == "," for t in left):
        return False
    return worded or len(left) >= 2 or _formula(right)


def _formula(right: list[Token]) -> bool:
    """Whether a right side is a formula (``a + d``, ``2 * b``), not one letter or number, nor a list or range
    (``1, \\dots, n``): ``\\qquad e = a + d`` defines e, ``\\quad i = j`` states a case."""
    right = environment_end(right)[0]  # "\\quad i = j \\end{equation}": a case before the environment's end
    right = right[:-1] if right and right[-1].kind in (".", ",") else right
    marked = list(at_top(right))
    if len(right) < 3 or any(top and t.kind == "," for t, top in marked):
        return False
    return not any(t.kind == "command" and t.value in ("dots", "ldots", "cdots", "neq", "ne") for t in right)


def _cuts(tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """Where the text between two equations of one display stands (start and end offsets), each separator once,
    and whether it is ``\\text{where}`` (the equation after it defines what the one before uses)."""
    cuts: list[tuple[int, int, bool]] = []
    part_start = 0
    marked = list(outside_matrices(at_top(tokens)))  # a row of cases is no equation of the display's
    at = 0
    while at < len(tokens):
        token, top = marked[at]
        end, worded = None, False
        if top:
            end = and_at(tokens, at, JOINING)
            worded = end is not None
            if end is None and token.kind == "," and at + 1 < len(tokens) and tokens[at + 1].gap in WIDE:
                end = at + 1
            elif end is None and token.gap in WIDE and at > part_start and tokens[at - 1].kind != ",":
                end = at  # a wide space alone: the separator is the gap before ``token``
            elif end is None and token.kind == "command" and token.value == "hspace" and at > part_start:
                end = _past_group(tokens, at + 1)  # \hspace{1in} between two equations (CS231n)
        if end is not None and end < len(tokens):
            before, after = tokens[part_start:at], tokens[end:]
            where = worded and and_at(tokens, at, DEFINING) is not None
            if where and _condition(_clause(_first_part(after))):  # -\log p_i \text{ where } y_i = 1: which i
                at += 1
                continue
            if and_at(tokens, at, frozenset({"with"})) is not None and not _formula_after(_first_part(after)):
                at += 1  # "\text{with } x = 1", "with w = 0": a point or a case, no definition of x for the page
                continue
            if _equation(before, worded) and _equation(_next(_first_part(after)), worded):
                cuts.append((tokens[at - 1].end, tokens[end].start, where))
                part_start = at = end
                continue
        at += 1
    return cuts


def _formula_after(part: list[Token]) -> bool:
    """Whether the equation after "with" sets its left side to a formula (z_i = \\mathbf{w}^\\top \\mathbf{x}_i),
    not to a number or a lone letter (x = 1, i = k)."""
    equals = [k for k, (t, top) in enumerate(at_top(part)) if top and t.kind == "="]
    return bool(equals) and _formula(part[equals[0] + 1 :]) and not any(t.kind == "=" for t in part[equals[0] + 1 :])


def _clause(part: list[Token]) -> list[Token]:
    """``part`` up to a comma or a wide space that sets another equation apart (``i = j, \\quad …``)."""
    for at, token in enumerate(part):
        if at and (token.kind == "," or token.gap in WIDE):
            return part[:at]
    return part


def _next(part: list[Token]) -> list[Token]:
    """``part`` up to a comma or a wide space at its top level that sets a third equation apart (``x = e^t,
    \\qquad y = t^2``): the one equation right after a separator, judged alone."""
    for at, (token, top) in enumerate(at_top(part)):
        if at and top and (token.kind == "," or token.gap in WIDE) and any(t.kind == "=" for t in part[at:]):
            return part[:at]
    return part


def _condition(part: list[Token]) -> bool:
    """Whether ``part`` is an entry set to a number, ``y_i = 1``, or a case of two letters, ``i = k``: after "where",
    the condition that picks the index of what comes before it, no equation of its own."""
    kinds = [t.kind for t in environment_end(part)[0] if t.kind not in (".", ",")]  # y_i = 1. \end{equation}
    shown = [t.value if t.kind == "command" else t.kind for t in environment_end(part)[0] if t.kind not in (".", ",")]
    case = shown in (["letter", "=", "letter"], ["letter", "neq", "letter"], ["letter", "ne", "letter"])  # i = k
    return case or kinds in (
        ["letter", "_", "letter", "=", "number"],
        ["letter", "_", "{", "letter", "}", "=", "number"],
    )


def _past_group(tokens: list[Token], at: int) -> int | None:
    """The index past the braced group at ``at`` (``{1in}``), else None."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return None
    closing = next((k for k in range(at, len(tokens)) if tokens[k].kind == "}"), None)
    return None if closing is None else closing + 1


def _first_part(tokens: list[Token]) -> list[Token]:
    """The tokens up to the next joining word, if any: the equation right after a separator."""
    for at in range(len(tokens)):
        if and_at(tokens, at, JOINING) is not None:
            return tokens[:at]
    return tokens


def split_joined(found: Found) -> Found:
    """The displays with each one that joins equations (``A = B \\quad\\text{and}\\quad C = D``) made one display per
    equation, each at the display's line, the rest of its text blanked (its line breaks kept)."""
    displays: list[Display] = []
    for display in found.displays:
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            displays.append(display)
            continue
        rows = any(t.kind in ("&", "newline") for t in outside_environments(tokens))  # not those of cases
        cuts = [] if rows else _cuts(tokens)
        if not cuts:
            displays += (_row_parts(display, tokens) if rows else []) or [display]
            continue
        starts = [0, *(end for _, end, _ in cuts)]
        ends = [*(start for start, _, _ in cuts), len(display.text)]
        order = [0]
        for part, (_, _, where) in enumerate(cuts, start=1):  # A \text{where} c_j = …: the definition first
            order.insert(order.index(part - 1), part) if where else order.append(part)
        for part in order:
            start, end = starts[part], ends[part]
            text = "".join(c if c == "\n" or start <= k < end else " " for k, c in enumerate(display.text))
            displays.append(dataclasses.replace(display, text=text))
    return dataclasses.replace(found, displays=tuple(displays))


#: What a row that goes on with the chain above it opens with: ``&= …``, ``&+ …``.
_GOES_ON = frozenset({"=", "+", "-"})


def _rows(tokens: list[Token]) -> list[list[Token]]:
    """The display's rows, apart at each ``\\\\`` outside a matrix or cases, each without its ``&`` and an
    environment's ``\\begin{…}`` that opens it."""
    outside = {id(t) for t in outside_environments(tokens)}
    rows: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "newline" and id(token) in outside:
            rows.append([])
        elif token.kind != "&":
            rows[-1].append(token)
    if rows[0] and rows[0][0].kind == "command" and rows[0][0].value == "begin":
        closing = next((k for k, t in enumerate(rows[0]) if t.kind == "}"), len(rows[0]) - 1)
        rows[0] = rows[0][closing + 1 :]
    return rows


def _blanked(display: Display, keep: list[tuple[int, int]]) -> Display:
    """The display with its text outside the spans ``keep`` blanked, its line breaks kept."""
    text = "".join(c if c == "\n" or any(a <= k < b for a, b in keep) else " " for k, c in enumerate(display.text))
    return dataclasses.replace(display, text=text)


def _row_end(row: list[Token]) -> int:
    """Where a row's mathematics ends: before a ``\\label``, ``\\tag``, ``\\notag`` or the environment's end."""
    stop = next((k for k, t in enumerate(row) if t.kind == "command" and t.value in _NOT_MATH), len(row))
    return row[stop - 1].end if stop else row[0].start


#: Commands that end a row's mathematics.
_NOT_MATH = frozenset({"label", "tag", "notag", "nonumber", "end"})


def _row_parts(display: Display, tokens: list[Token]) -> list[Display]:
    """A display of rows, one of which joins equations and is a chain of its own (``z &= f(x, y), \\quad x = g(t),
    \\quad y = h(t), \\\\`` above ``\\frac{dz}{dt} &= …``): the display with that row's second equation on blanked,
    and each of those equations a display of its own; none where no row does so. A row that goes on with the chain
    above it, or that the row below goes on with, is left whole."""
    rows = _rows(tokens)
    blanked: list[tuple[int, int]] = []  # from the first separator to the row's end, in the display itself
    parts: list[tuple[int, int]] = []  # the equations set apart: each a display of its own
    for at, row in enumerate(rows):
        below = rows[at + 1] if at + 1 < len(rows) else []
        if not row or row[0].kind in _GOES_ON or (below and below[0].kind in _GOES_ON):
            continue
        cuts = _cuts(row)
        if not cuts or any(where for _, _, where in cuts):
            continue
        end = _row_end(row)
        blanked.append((cuts[0][0], end))
        parts += list(zip((after for _, after, _ in cuts), [*(start for start, _, _ in cuts[1:]), end], strict=True))
    if not parts:
        return []
    kept = [(0, len(display.text))]
    for start, end in blanked:
        kept = [piece for a, b in kept for piece in ((a, min(b, start)), (max(a, end), b)) if piece[0] < piece[1]]
    return [_blanked(display, kept), *(_blanked(display, [span]) for span in parts)]
