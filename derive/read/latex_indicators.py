"""Values chosen by a case on indices: ``\\mathbb{1}(i = k)``, ``\\mathbb{1}[i = k]`` and ``\\begin{cases}``.

Each is read as the Kronecker delta it stands for: 𝟙(i = k) = δ_ik, 𝟙(i ≠ k) = 1 − δ_ik, and cases on i = k and
i ≠ k (or "otherwise") as v₁ δ_ik + v₂ (1 − δ_ik). A case on two entries of the vector of variables,
𝟙(x_i = x_k) as seed 003 writes ∂x_i/∂x_k, is the case i = k: x is a vector of independent variables (declared or
inferred, not defined, under no assumption), and "x_i is x_k" there means the same variable. Entries of a
defined or constrained vector (s_i = s_k, y_i = y_k with y one-hot) can be equal at i ≠ k: refused, naming both
readings, as is a case on anything else.
"""

from __future__ import annotations

from sympy import Basic, Expr, ImmutableMatrix, Indexed, KroneckerDelta, Symbol

from derive.errors import InputError
from derive.read.conditions import entry_at_number, holds_inequality, scalar_at_number
from derive.read.latex_calculus import CalculusParser
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import display_name
from derive.read.patterns import pattern_matrix
from derive.read.shapes import Shaped

#: Words that may stand around a case's condition: "if i = k", "for i ≠ k", "otherwise".
FILLER = frozenset({"if", "for", "when", "where"})
OTHERWISE = frozenset({"otherwise", "else", "elsewhere"})


def _words(tokens: list[Token]) -> tuple[list[Token], bool]:
    """The condition's tokens without \\text{if}-like words and spacing; whether it said "otherwise"."""
    kept: list[Token] = []
    otherwise = False
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in ("text", "textrm", "mathrm", "mbox"):
            end = at + 1
            if end < len(tokens) and tokens[end].kind == "{":
                level, start = 0, end
                for end in range(start, len(tokens)):
                    level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
                    if level == 0:
                        break
                word = "".join(t.value for t in tokens[start + 1 : end]).strip().lower().rstrip(".,")  # otherwise.
                if word in OTHERWISE:
                    otherwise = True
                elif word not in FILLER and word:
                    kept.extend(tokens[start + 1 : end])
                at = end + 1
                continue
        if token.kind == "command" and token.value in ("quad", "qquad", ",", ";", ":"):
            at += 1
            continue
        if token.kind == ",":
            at += 1
            continue
        kept.append(token)
        at += 1
    return kept, otherwise


#: Dots in a matrix: a pattern for a reader to continue, not entries.
DOTS = frozenset({"dots", "cdots", "vdots", "ddots", "ldots"})


class IndicatorParser(CalculusParser):
    """The indicator, cases and matrix constructs of derive's TeX grammar."""

    def matrix(self) -> Expr:
        """A matrix written entry by entry (as rows.strip_markup hands it over): each entry read as any side is."""
        inner = self.raw_group()
        rows: list[list[list[Token]]] = [[[]]]
        for token in inner:
            if token.kind == "command" and token.value == "matrow":
                rows.append([[]])
            elif token.kind == "command" and token.value == "matcol":
                rows[-1].append([])
            else:
                rows[-1][-1].append(token)
        rows = [row for row in rows if any(row)]
        if any(t.kind == "command" and t.value in DOTS for t in inner):
            return self.pattern(rows)
        if not rows or len({len(row) for row in rows}) != 1:
            raise self.error("the rows of a matrix must have the same number of entries")
        entries = [[self.sub(cell).parse() for cell in row] for row in rows]
        if any(not isinstance(entry, Basic) for row in entries for entry in row):  # s3: the whole vector s times 3
            raise self.error(
                "an entry of a matrix written out is a whole vector or matrix (s3 for s_3?): write each entry "
                "with its indices"
            )
        return ImmutableMatrix(entries)

    def pattern(self, rows: list[list[list[Token]]]) -> Expr:
        """A matrix with \\dots, \\vdots, \\ddots at a symbolic size: the pattern its shown entries follow."""
        axes = self.names.axes
        if axes is None or not isinstance(self.names.n, Symbol):
            raise self.error("a matrix with \\dots is a pattern at a symbolic size: write every entry at a given n")
        shown = max(len(rows), max(len(row) for row in rows))

        def read(cell: list[Token]) -> Expr | None:
            if all(t.kind == "command" and t.value in DOTS for t in cell):
                return None
            parser = self.sub(cell)
            parser.shown_positions = shown
            value = parser.parse()
            if isinstance(value, Shaped):  # [y^{(1)} … y^{(m)}]: columns that are vectors, a block matrix
                raise self.error("a matrix with \\dots whose entries are vectors is not read: write its entries")
            return value

        cells = [[read(cell) for cell in row] for row in rows]
        try:
            return pattern_matrix(cells, axes)
        except InputError as error:
            raise self.error(str(error)) from None

    def index_condition(self, tokens: list[Token]) -> Expr:
        """δ_ik for ``i = k``, 1 − δ_ik for ``i \\neq k``, both sides indices (letters or numbers)."""
        if len(tokens) == 3 and tokens[1].kind in ("=", "command"):
            relation = tokens[1]
            equal = relation.kind == "="
            unequal = relation.kind == "command" and relation.value in ("neq", "ne")
            numbers = [t.value for t in (tokens[0], tokens[2]) if t.value in self.names.scalars]
            if (equal or unequal) and numbers:  # y = 1 of CE(p, y), y ∈ {±1}: a number, no index
                raise self.error(
                    f"a case on {numbers[0]} {relation.describe()} …, {numbers[0]} a number: derive reads cases on "
                    "two indices (i = k) or inequalities of numbers (y > 0), not an equality of numbers"
                )
            if (equal or unequal) and all(t.kind in ("letter", "number") for t in (tokens[0], tokens[2])):
                delta = KroneckerDelta(self.index_value(tokens[0]), self.index_value(tokens[2]))
                return delta if equal else 1 - delta
        split = next((at for at, t in enumerate(tokens) if t.kind == "=" or t.value in ("neq", "ne")), None)
        if split is not None and 0 < split < len(tokens) - 1:
            delta = self.same_variable(tokens[:split], tokens[split + 1 :], tokens[split])
            if delta is not None:
                return delta if tokens[split].kind == "=" else 1 - delta
        shown = " ".join(t.describe() for t in tokens)[:40]
        raise self.error(
            f"a case on {shown!r}: derive reads cases on two indices, i = k or i \\neq k (x_i = x_k is another "
            "statement: it can hold for i \\neq k)"
        )

    def same_variable(self, left: list[Token], right: list[Token], relation: Token) -> Expr | None:
        """δ_ik for ``x_i = x_k`` with x a vector of independent variables (the same variable: i = k); None when
        the sides are not two entries of one vector; two readings named for a defined or constrained vector."""
        sides = []
        for side in (left, right):
            try:
                sides.append(self.sub(side).parse())
            except InputError:
                return None
        first, second = sides
        if not (isinstance(first, Indexed) and isinstance(second, Indexed) and first.base == second.base):
            return None
        if not all(len(e.indices) == 1 and isinstance(e.indices[0], Symbol) for e in (first, second)):
            return None
        base, (i,), (k,) = first.base, first.indices, second.indices
        names = self.names
        if base in names.vectors.values() and base not in names.constrained:
            return KroneckerDelta(i, k)
        shown = display_name(str(base))
        raise ambiguous(
            relation,
            f"a case on {shown}_{i} = {shown}_{k}",
            f"the same entry, i = k, written ({i} = {k})",
            f"equal values, which {shown} (defined or constrained) can have at {i} \\neq {k}",
        )

    def indicator(self) -> Expr:
        """``\\mathbb{1}`` followed by its condition in (), [], \\{\\} or a subscript."""
        inner = self.raw_group()
        if len(inner) != 1 or inner[0].value != "1":
            raise self.error("\\mathbb{…} stands here only as the indicator \\mathbb{1}(i = k)")
        if self.at("_"):
            condition = self.subscript_tokens() or []
        else:
            opener = self.next()
            closers = {"(": ")", "[": "]", "{": "}"}
            if opener.kind == "command" and opener.value == "left":
                opener = self.next()
            if opener.kind not in closers and not (opener.kind == "command" and opener.value == "{"):
                raise self.error("the indicator \\mathbb{1} needs its condition, as in \\mathbb{1}(i = k)")
            closer = closers.get(opener.kind, "}")
            condition = []
            while not (self.at(closer) or self.at("command", closer) or self.at("command", "right")):
                condition.append(self.next())
            if self.at("command", "right"):
                self.next()
            self.next()
        kept, _ = _words(condition)
        if entry_at_number(kept, self.names.vectors):  # 𝟙(y_i = 1): read where y's values are stated
            return self.entry_indicator(kept)
        if holds_inequality(kept) or scalar_at_number(kept, self.names.scalars):  # 𝟙(x > 0), 𝟙(y = 1): on values
            return self.value_indicator(kept)
        return self.index_condition(kept)

    def entry_indicator(self, tokens: list[Token]) -> Expr:
        """𝟙(y_i = 1) of a label whose values the page states (y_i ∈ {0, 1}: an integer vector): 1 where the entry
        has the value, 0 elsewhere. A page that leaves them unstated relies on them (Murphy's 8.2 = 8.3 holds for
        y_i ∈ {0, 1} only): refused, naming the front matter that states them."""
        vector = tokens[0].value
        if not self.names.vectors[vector].is_integer:
            shown = display_name(vector)
            raise self.error(
                f"an indicator of {shown}_… at a value, whose values the page does not state (a claim about it may "
                f"hold only at them): state them, as assume: ['{shown}_i \\in \\{{0, 1\\}}']"
            )
        return self.value_indicator(tokens)

    def at_value(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` set a scalar or an entry of a vector to a number (``y = 1``, ``y_k = 0``)."""
        return scalar_at_number(tokens, self.names.scalars) or bool(entry_at_number(tokens, self.names.vectors))

    def cases_on_values(self, pieces: list[list[Token]]) -> Expr:
        """Cases whose rows hold conditions on values (``x > 0``): each row's value and condition, read by
        ``value_cases``."""
        values: list[Expr] = []
        conditions: list[list[Token] | None] = []
        for piece in pieces:
            split = next((at for at, t in enumerate(piece) if t.kind == "command" and t.value == "casesif"), None)
            if split is None:
                raise self.error("each row of cases needs a value & its condition")
            values.append(self.sub(_unpunctuated(piece[:split])).parse())
            condition, otherwise = _words(_unpunctuated(piece[split + 1 :]))
            conditions.append(None if otherwise and not condition else condition)
        return self.value_cases(values, conditions)

    def value_cases(self, values: list[Expr], conditions: list[list[Token] | None]) -> Expr:
        """Cases on values (``derive.read.extrema``)."""
        raise self.error("cases on values are not read here")

    def value_indicator(self, tokens: list[Token]) -> Expr:
        """An indicator of a condition on values (``derive.read.extrema``)."""
        raise self.error("an indicator of a condition on values is not read here")

    def cases(self) -> Expr:
        """``\\begin{cases} v_1 & i = k \\\\ v_2 & i \\neq k \\end{cases}`` (as rows.strip_markup hands it over)."""
        inner = self.raw_group()
        pieces: list[list[Token]] = [[]]
        for token in inner:
            if token.kind == "command" and token.value == "casesor":
                pieces.append([])
            else:
                pieces[-1].append(token)
        pieces = [piece for piece in pieces if piece]
        if any(holds_inequality(piece) for piece in pieces):  # 1 & x > 0 \\ 0 & x < 0: cases on values
            return self.cases_on_values(pieces)
        if any(self.at_value(_words(_unpunctuated(_condition(piece)))[0]) for piece in pieces):
            return self.cases_on_values(pieces)  # -\log(p) & \text{if } y = 1 (or y_k = 1): a case on a label's value
        if len(pieces) != 2:
            raise self.error("derive reads cases with two rows, i = k and i \\neq k (or otherwise)")
        values: list[Expr] = []
        conditions: list[Expr | None] = []
        for piece in pieces:
            split = next((at for at, t in enumerate(piece) if t.kind == "command" and t.value == "casesif"), None)
            if split is None:
                raise self.error("each row of cases needs a value & its condition")
            values.append(self.sub(_unpunctuated(piece[:split])).parse())
            condition, otherwise = _words(_unpunctuated(piece[split + 1 :]))
            conditions.append(None if otherwise and not condition else self.index_condition(condition))
        first, second = conditions
        if first is None and second is None:
            raise self.error("cases with no condition: state i = k or i \\neq k")
        if first is None:
            return values[1] * second + values[0] * (1 - second)  # type: ignore[operator]
        if second is None:
            return values[0] * first + values[1] * (1 - first)
        if (first + second).expand() != 1:
            raise self.error("the two cases must be complementary: i = k and i \\neq k, or one and 'otherwise'")
        return values[0] * first + values[1] * second


def _condition(piece: list[Token]) -> list[Token]:
    """A row of cases after its ``&`` (nothing when it has none)."""
    split = next((at for at, t in enumerate(piece) if t.kind == "command" and t.value == "casesif"), None)
    return [] if split is None else piece[split + 1 :]


def _unpunctuated(tokens: list[Token]) -> list[Token]:
    """A cell of cases without the comma or full stop that closes it (``v, & i = k``, ``i \\neq k.``)."""
    end = len(tokens)
    while end and tokens[end - 1].kind in (",", "."):
        end -= 1
    return tokens[:end]
