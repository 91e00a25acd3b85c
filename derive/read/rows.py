"""A display's tokens into equality chains, row by row, as the page shows them.

A row (``\\\\`` ends one) whose left cell is empty and that starts with ``=`` continues the chain of the row
before it; one that starts with ``+``, ``-``, ``\\cdot`` or ``\\times`` continues the expression before it; a row
with a left side of its own starts a new chain. ``\\\\`` never multiplies. In ``multline`` every row continues
the one before. Environment markers, ``&``, ``\\label``, ``\\tag``, ``\\notag`` and a closing ``.`` or ``,`` are
what the page does not show as mathematics, and are dropped; a relation other than ``=`` makes the display one
that is not checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from derive.errors import InputError
from derive.read.array_alignment import aligning_array
from derive.read.array_matrices import bracketed_array
from derive.read.bracket_columns import bracket_columns
from derive.read.factor_gaps import measured_gap
from derive.read.find import DISPLAY_ENVIRONMENTS, INNER_ENVIRONMENTS
from derive.read.latex_lexer import WIDE_GAPS, Token
from derive.read.relation_names import IMPLIES, RELATIONS
from derive.read.row_indents import flush_left_sign, indented_equation

CONTINUES_EXPRESSION, PRODUCT_COMMANDS = frozenset({"+", "-"}), frozenset({"cdot", "times"})
_KNOWN, _INVISIBLE = {*DISPLAY_ENVIRONMENTS, *INNER_ENVIRONMENTS}, frozenset({"notag", "nonumber"})
#: Commands dropped with their group: labels, tags, and spacing (\\hspace{0.3in}, \\phantom{x}) that shows no math.
_LABELS = frozenset({"label", "tag", "hspace", "vspace", "phantom", "hphantom", "vphantom", "require"})
#: Marks a column after the equation may hold (derive's own verdict marks).
MARKS = frozenset({"checkmark", "times", "emptyset"})


@dataclass(frozen=True)
class Chain:
    """One equality chain: its rows' tokens (``&`` and closing punctuation dropped), and for each row the
    parenthesized note in a column of its own (``&& (i \\neq k)``), if any."""

    rows: tuple[tuple[Token, ...], ...]
    notes: tuple[tuple[Token, ...], ...] = ()
    #: The display starts with "=": the chain goes on from the previous display's.
    continued: bool = False

    def sides(self) -> list[list[Token]]:
        """The sides a = b = c of the chain, its rows joined (a row break is never a product)."""
        return split_top([t for row in self.rows for t in row], "=")


def group_end(tokens: list[Token], at: int) -> int:
    """The index just past the balanced ``{…}`` that starts at ``at``."""
    level = 0
    for position in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[position].kind, 0)
        if level == 0:
            return position + 1
    raise InputError(f"line {tokens[at].line}: a '{{' is not closed")


@dataclass(frozen=True)
class Layout:
    """What the environments say of the rows: ``multline`` (every row continues the one before) and how many
    ``&`` cells make one equation (three in ``eqnarray``: left, relation, right)."""

    multline: bool = False
    width: int = 2


#: Environments that are one value, not rows: \begin{cases} 1 & i = k \\\\ 0 & i \neq k \end{cases}.
CASES = frozenset({"cases", "dcases"})
#: Matrices written out entry by entry (a vmatrix is a determinant: not read).
MATRICES = frozenset({"matrix", "bmatrix", "pmatrix", "Bmatrix", "smallmatrix"})


def _cases(tokens: list[Token], begin: int, after: int, kept: list[Token]) -> int:
    """A cases environment as one braced value, ``\\cases{value \\casesif condition \\casesor …}``, so that
    its ``&`` and ``\\\\`` are not read as the display's columns and rows; the index just past its end."""
    return _one_value(tokens, begin, after, kept, CASES, "cases", "casesif", "casesor")


def _brace_cases(tokens: list[Token], at: int, kept: list[Token]) -> int | None:
    """``\\left\\{ \\begin{matrix} v & c \\\\ … \\end{matrix} \\right.`` (or an ``array``): cases written with a
    brace, as notes wrote them before amsmath's ``cases``; read as ``cases``. The index past ``\\right.``, or None."""
    opener = tokens[at : at + 3]
    if len(opener) < 3 or [(t.kind, t.value) for t in opener[:2]] not in (
        [("command", "left"), ("command", "{")],
        [("command", "left"), ("command", "lbrace")],
    ):
        return None
    if (opener[2].kind, opener[2].value) != ("command", "begin"):
        return None
    begin = at + 2
    end = group_end(tokens, begin + 1)
    name = "".join(t.value for t in tokens[begin + 2 : end - 1])
    if name not in ("matrix", "array"):
        return None
    if name == "array" and end < len(tokens) and tokens[end].kind == "{":
        end = group_end(tokens, end)  # its column types
    closed: list[Token] = []
    after = _one_value(tokens, begin, end, closed, frozenset({name}), "cases", "casesif", "casesor")
    if [(t.kind, t.value) for t in tokens[after : after + 2]] != [("command", "right"), (".", ".")]:
        return None  # not closed by \right.: left to the parser, which says what it reads
    shown = tokens[at].start, tokens[after + 1].end  # the brace and \right. are part of what the page shows
    kept += [replace(closed[0], start=shown[0]), *closed[1:-1], replace(closed[-1], start=shown[1], end=shown[1])]
    return after + 2


def _one_value(
    tokens: list[Token],
    begin: int,
    after: int,
    kept: list[Token],
    names: frozenset[str],
    head: str,
    column: str,
    row: str,
) -> int:
    """An environment that is one value (cases, a matrix) as ``\\head{… \\column … \\row …}``: its ``&`` and
    ``\\\\`` are its own, not the display's columns and rows; the index just past its end."""
    level = 0
    for at in range(after, len(tokens)):
        token = tokens[at]
        if token.kind == "command" and token.value in ("begin", "end"):
            name = "".join(t.value for t in tokens[at + 2 : group_end(tokens, at + 1) - 1])
            if name in names:
                if token.value == "begin":
                    level += 1
                elif level == 0:
                    inner = tokens[after:at]
                    line, start = tokens[begin].line, tokens[begin].start
                    close = group_end(tokens, at + 1)
                    kept += [Token("command", head, line, start, start), Token("{", "{", line, start, start)]
                    for item in inner:
                        if item.kind == "&":
                            kept.append(Token("command", column, item.line))
                        elif item.kind == "newline":
                            kept.append(Token("command", row, item.line))
                        else:
                            kept.append(item)
                    kept.append(Token("}", "}", line, tokens[close - 1].end, tokens[close - 1].end))
                    return close
                else:
                    level -= 1
    raise InputError(f"line {tokens[begin].line}: \\begin{{{head}}} without its \\end")


def strip_markup(tokens: list[Token]) -> tuple[list[Token], Layout]:
    """The tokens without environment markers, labels, tags and \\notag; and the rows' layout."""
    tokens = bracket_columns(tokens)  # [x_1, x_2]^T: a column, as a bmatrix's
    kept: list[Token] = []
    multline = False
    gap = ""  # of a \\hspace{…} dropped just before
    width, arrayed = 2, False
    at = 0
    while at < len(tokens):
        token = tokens[at]
        braced = _brace_cases(tokens, at, kept)
        if braced is not None:
            at = braced
            continue
        if token.kind == "command" and token.value in ("begin", "end") and at + 1 < len(tokens):
            end = group_end(tokens, at + 1)
            name = "".join(t.value for t in tokens[at + 2 : end - 1])
            if name in CASES:
                at = _cases(tokens, at, end, kept)
                continue
            if name in MATRICES or (name == "array" and bracketed_array(tokens, end, kept)):
                end = group_end(tokens, end) if name == "array" else end  # its column types
                at = _one_value(tokens, at, end, kept, frozenset({name}), "matrixenv", "matcol", "matrow")
                continue
            aligning = aligning_array(tokens, end, kept) if (name, token.value) == ("array", "begin") else None
            if aligning is not None or (name == "array" and token.value == "end" and arrayed):
                at, width, arrayed = (aligning[0], aligning[1], True) if aligning is not None else (end, width, False)
                continue  # an array of equations, {rcl}: as eqnarray
            if name.rstrip("*") not in _KNOWN:
                raise InputError(f"line {token.line}: the environment {name} is not one this reader knows")
            multline = multline or name.startswith("multline")
            width = 3 if name.startswith("eqnarray") else width
            if token.value == "begin" and name.rstrip("*") in ("alignat", "alignedat") and end < len(tokens):
                end = group_end(tokens, end)  # its column count
            at = end
            continue
        if token.kind == "command" and token.value in _INVISIBLE:
            at += 1
            continue
        numbered = hand_number_end(tokens, at)
        if numbered is not None:  # y(p_t - 1) \qquad (14): the equation's number, no factor
            at = numbered
            continue
        if token.kind == "command" and token.value in _LABELS:
            at += 1
            if at < len(tokens) and tokens[at].kind == "*":
                at += 1
            if at < len(tokens) and tokens[at].kind == "{":
                end = group_end(tokens, at)
                gap = (
                    measured_gap("".join(t.value for t in tokens[at + 1 : end - 1])) if token.value == "hspace" else ""
                )
                at = end
            continue
        kept.append(replace(token, gap=gap) if gap and token.gap not in WIDE_GAPS else token)
        gap = ""
        at += 1
    return kept, Layout(multline, width)


def hand_number_end(tokens: list[Token], at: int) -> int | None:
    """Where an equation number written by hand, ``\\qquad (14)``, starting at ``at`` ends: a number in parentheses
    set apart by a wide space, last in its row (before ``\\\\``, ``&``, an environment's end, or the end); else None.
    Read as a factor it would multiply the row by 14."""
    group = tokens[at : at + 3]
    if [t.kind for t in group] != ["(", "number", ")"] or group[0].gap not in ("\\quad", "\\qquad"):
        return None
    after = tokens[at + 3] if at + 3 < len(tokens) else None
    last = after is None or after.kind in ("newline", "&") or (after.kind == "command" and after.value == "end")
    return at + 3 if last else None


def at_top(tokens: Iterable[Token]) -> Iterator[tuple[Token, bool]]:
    """Each token, and whether it stands outside every brace, parenthesis and bracket. A closer with nothing open
    (a typo's stray ')') leaves the level at 0, so it costs only its own side, not every '=' after it."""
    level = 0
    for token in tokens:
        if token.kind in ("{", "(", "["):
            level += 1
        elif token.kind in ("}", ")", "]"):
            level = max(level - 1, 0)
        yield token, level == 0


def split_top(tokens: Iterable[Token], kind: str) -> list[list[Token]]:
    """Split at ``kind`` tokens outside braces, parentheses and brackets."""
    parts: list[list[Token]] = [[]]
    for token, top in at_top(tokens):
        if token.kind == kind and top:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def split_rows(tokens: Iterable[Token], kind: str) -> list[list[Token]]:
    """Split at ``kind`` (a row break or ``&``) outside braces and ``\\left … \\right``: TeX's groups. A parenthesis
    groups nothing there (``\\Bigg( a \\\\ +& b \\Bigg)`` is two rows of one side)."""
    parts: list[list[Token]] = [[]]
    level = 0
    for token in tokens:
        if token.kind == "{" or (token.kind == "command" and token.value == "left"):
            level += 1
        elif token.kind == "}" or (token.kind == "command" and token.value == "right"):
            level = max(level - 1, 0)
        if token.kind == kind and not level:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def outside_scripts(tokens: list[Token]) -> list[Token]:
    """The tokens without the braced groups of subscripts and superscripts (``_{i=1}``, ``^{(2)}``)."""
    out, depth = [], 0
    for at, token in enumerate(tokens):
        if depth:
            depth += {"{": 1, "}": -1}.get(token.kind, 0)
        elif token.kind == "{" and at and tokens[at - 1].kind in ("_", "^"):
            depth = 1
        else:
            out.append(token)
    return out


def has_equality(tokens: list[Token]) -> bool:
    """An '=' outside scripts: ``\\sum_{i=1}^m a_i`` alone holds none (it was "a chain with no '='")."""
    return any(t.kind == "=" for t in outside_scripts(tokens))


def chain_sides(tokens: list[Token]) -> list[list[Token]]:
    """The sides of an equality chain; a trailing '=' (a blog's ``= A =`` whose chain goes on in the display below,
    which starts with '=') ends no side of its own: it was "an empty side", and the display refused."""
    sides = split_top(tokens, "=")
    return sides[:-1] if len(sides) > 2 and not sides[-1] else sides


def split_implications(tokens: list[Token]) -> list[Token]:
    """The tokens with each top-level ⇒ (``\\Rightarrow``, ``\\implies``) made a row break: what follows it is an
    equation of its own."""
    out = []
    for token, top in at_top(tokens):
        if top and token.kind == "command" and token.value in IMPLIES:
            out.append(Token("newline", "\\\\", token.line, token.start, token.end, token.gap))
        else:
            out.append(token)
    return out


def other_relation(tokens: list[Token]) -> str | None:
    """A relation other than "=" at the top level of ``tokens`` (its symbol), or None."""
    for token, top in at_top(tokens):
        if top:
            key = token.value if token.kind == "command" else token.kind
            if key in RELATIONS and (token.kind == "command" or token.kind in "<>:"):
                return RELATIONS[key]
    return None


def _starts(row: list[Token]) -> str:
    """How a row begins: "chain" (with =), "expression" (with + − · ×), or "new" (a left side of its own)."""
    first = row[0]
    if first.kind == "=":
        return "chain"
    if first.value in ("underbrace", "overbrace") and row[1:2] and row[1].kind in ("+", "-"):  # &\underbrace{-2x}
        return "expression"  # _{…} = …: the brace is a note; what TeX shows starts with − (probe s52-2's a_13)
    if first.kind in CONTINUES_EXPRESSION or (first.kind == "command" and first.value in PRODUCT_COMMANDS):
        return "expression"
    return "new"


def _columns(row: list[Token], width: int) -> tuple[list[Token], list[Token]]:
    """A row's equation (its first ``width`` cells) and its note: a parenthesized group in the columns after it.
    Prose (``\\text{…}``) there is dropped; another equation side by side is refused."""
    cells = split_rows(row, "&")
    main = [t for cell in cells[:width] for t in cell]
    extra = [t for cell in cells[width:] for t in cell]
    at, note, prose = 0, [], True
    while at < len(extra):
        token = extra[at]
        if token.kind == "command" and token.value in ("text", "textrm", "mbox") and at + 1 < len(extra):
            at = group_end(extra, at + 1) if extra[at + 1].kind == "{" else at + 2
            continue
        if (token.kind == "command" and token.value in MARKS) or token.kind in ("?", "!"):
            at += 1  # a verdict mark beside the step, as derive's own LaTeX writes it: \checkmark\ \text{(1) rule}
            continue
        prose = False
        break
    if not prose:
        if [t.kind for t in extra] == ["(", "number", ")"]:
            note = extra[:0]  # && (6.51): the equation's number, as a book prints it beside each row
        elif extra[0].kind == "(" and extra[-1].kind == ")" and len(split_top(extra, "newline")) == 1:
            note = extra
        else:
            raise InputError(
                f"line {extra[0].line}: equations side by side in one row ('&' columns): write one equation per row"
            )
    return main, note


def chains_of(tokens: list[Token], layout: Layout) -> list[Chain]:
    """The chains of a display's tokens (markup already stripped)."""
    rows = []
    for row in split_rows(tokens, "newline"):
        cells, note = _columns(row, layout.width)
        aligned = any(t.kind == "&" for t in row)
        left = split_rows(row, "&")[0] if aligned else None
        while cells and cells[-1].kind in (".", ","):
            cells.pop()
        if cells:
            rows.append((cells, left, note))
    chains: list[list[list[Token]]] = []
    notes: list[list[list[Token]]] = []
    at_relation = False  # the chain's first row is aligned at its relation (a &= b): a row indented below goes on
    for cells, left, note in rows:
        how = _starts(cells)
        if chains and how == "expression" and len(split_top(cells, "=")) > 1 and left is not None:
            indented = left == [] and at_relation and cells[0].gap in WIDE_GAPS  # a &= b \\ &\quad - c = d
            if not indented and (left == [] or (_starts(left) == "expression" and len(split_top(left, "=")) > 1)):
                raise InputError(flush_left_sign(cells))
        if chains and (why := indented_equation(cells, left, at_relation, how, len(split_top(cells, "=")))):
            raise InputError(why)  # a &= b \\ &\quad (x + 1) = c: a product going on, or an equation?
        if not chains or (left and (len(left) > 1 or _starts(left) == "new")) or (left == [] and how == "new"):
            at_relation = bool(left)
        if chains and left and (len(left) > 1 or _starts(left) == "new"):  # a left cell of its own: a new equation
            how = "new"  # =& B and +& B go on: the relation or operator before the mark (a =& b \\ +& c)
        elif chains and left == [] and how == "new" and len(split_top(cells, "=")) > 1:
            left = None  # & \frac{d}{dx} x^2 = 2x \\ & …: rows aligned at their left, each an equation of its own
        elif chains and left is None and how == "expression" and not layout.multline and len(split_top(cells, "=")) > 1:
            raise InputError(
                f"line {cells[0].line}: a row that starts with '{cells[0].describe()}' and holds '=' can continue "
                f"the expression above or be an equation of its own: indent it below a row aligned at its relation "
                f"(a &= b \\\\ &\\quad {cells[0].describe()} c), or start the equation with its left side"
            )
        if chains and (layout.multline or how != "new" or left == []):
            if how == "new":
                raise InputError(
                    f"line {cells[0].line}: a row that continues the one before without '=' or an operator: "
                    "it reads as a product across the line break; start the row with =, + or \\cdot"
                )
            chains[-1].append(cells)
            notes[-1].append(note)
        else:  # a new equation (a leading + or − is its sign), or one that goes on from the display before
            chains.append([cells])
            notes.append([note])
    return [
        Chain(tuple(tuple(row) for row in chain), tuple(tuple(note) for note in row_notes), chain[0][0].kind == "=")
        for chain, row_notes in zip(chains, notes, strict=True)
    ]
