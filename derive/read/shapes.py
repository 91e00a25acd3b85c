"""Vectors and matrices written whole (∂L/∂z = s − y, x(ŷ − y)ᵀ, Wᵀx + b, diag(s) − s sᵀ), read entry by entry.

A whole vector or matrix is a ``Shaped``: its shape (rows × columns, each n or 1) and its entry at row P,
column Q, two index symbols of the file's own that no name in the text uses. Sums, products, transposes and
derivatives act on the entry as index notation says they do, and an equation between two shaped sides is the
equation between their entries, for every P and Q: what the checker proves for every n. Sides whose shapes differ
are a false equation (at n = 2 they are not even the same kind of object): ``entries_of`` names both shapes, and
the link is refuted with them, not sent to the provers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sympy import (
    Add,
    Basic,
    Dummy,
    Expr,
    ImmutableMatrix,
    Indexed,
    Integer,
    KroneckerDelta,
    MatrixBase,
    S,
    Sum,
    Symbol,
)

from derive.errors import InputError


@dataclass(frozen=True)
class Axes:
    """The row and column index symbols of a file's whole vectors and matrices, and the length n."""

    row: Symbol
    column: Symbol
    n: Expr
    depth: Symbol | None = None  #: the third index of a derivative by a matrix (``derive.read.three_index``)

    @classmethod
    def free_of(cls, taken: set[str], n: Expr) -> Axes:
        """The first three of ``AXES`` a page does not use (``taken``), with the length n."""
        free = [letter for letter in AXES if letter not in taken]
        free += ["p'", "q'", "r'"]  # every letter taken (a page of prose read as names): names no page can write
        row, column, depth = (Symbol(letter, integer=True) for letter in free[:3])
        return cls(row, column, n, depth)


#: Letters for the row and column of whole vectors and matrices, the first two the file does not use.
AXES = "pqrsuvabcfgh"


def _named(shaped: Shaped) -> tuple[list[str], list[str]]:
    """The vectors and matrices in a whole operand's entry, and the numbers (plain names) beside them."""
    entry = shaped.entry
    arrays = sorted({str(node.base.label) for node in entry.atoms(Indexed)})
    axes = {shaped.axes.row, shaped.axes.column, shaped.rows, shaped.columns}
    numbers = sorted(str(s) for s in entry.free_symbols - axes if isinstance(s, Symbol) and not s.is_integer)
    return arrays, [number for number in numbers if number not in arrays]


def _of(first: Shaped, second: Shaped) -> str:
    """`` (the first of X, θ; the second of y)``: what a shape mismatch's operands are made of, as written."""
    shown = [[_display(name) for name in (*arrays, *numbers)] for arrays, numbers in (_named(first), _named(second))]
    if not all(shown) or max(len(names) for names in shown) > 4:
        return ""
    return f" (the first of {', '.join(shown[0])}; the second of {', '.join(shown[1])})"


def _numbers_hint(*operands: Shaped) -> str:
    """Where a plain name stands beside a vector or matrix in a mismatch, that it was read as a number: the page
    may mean a vector (Xθ with θ undeclared), whose length the front matter gives under arrays."""
    numbers = sorted({number for operand in operands for number in _named(operand)[1]})
    if not numbers:
        return ""
    shown = ", ".join(_display(number) for number in numbers)
    example = f"arrays: {{{_display(numbers[0])}: [d]}}"
    return f" ({shown} read as a number: if it is a vector, give its length under arrays, as in {example})"


def _length_hint(vector: Shaped, other: Shaped) -> str:
    """Where one side is a vector written alone (CS229's Xθ − y, y never indexed) and the other has as many
    columns but other rows: that its length may be the other's, given under arrays."""
    entry, axes = vector.entry, vector.axes
    entry = -entry if entry.could_extract_minus_sign() else entry  # X\theta - y: the entry of -y
    if not (isinstance(entry, Indexed) and entry.indices == (axes.row,) and vector.columns == other.columns == 1):
        return ""
    name = _display(str(entry.base.label))
    return f" (if {name} has length {other.rows}, give it under arrays, as in arrays: {{{name}: [{other.rows}]}})"


def _display(name: str) -> str:
    from derive.read.names import display_name  # names imports this module

    return display_name(name)


@dataclass(frozen=True)
class Shaped:
    """A vector or matrix: ``rows`` × ``columns`` (each n or 1), and its entry at (axes.row, axes.column)."""

    rows: Expr
    columns: Expr
    entry: Expr
    axes: Axes

    def shape(self) -> str:
        return f"{self.rows}×{self.columns}"

    def at(self, row: Expr, column: Expr) -> Expr:
        """The entry at (row, column): a row of a row vector, or a column of a column vector, is 1."""
        return self.entry.xreplace({self.axes.row: row, self.axes.column: column})

    def _same(self, other: object, what: str) -> Shaped:
        if not isinstance(other, Shaped):
            # an array of three indices (derive.read.three_index); SymPy's own shape of an entry z_i raises
            shape = None if isinstance(other, Basic) else getattr(other, "shape", None)
            kind = f"a {shape()} array: their shapes differ" if callable(shape) else "a number"
            raise InputError(f"{what} a {self.shape()} vector or matrix and {kind}")
        if (self.rows, self.columns) != (other.rows, other.columns):
            raise InputError(
                f"{what} a {self.shape()} and a {other.shape()}: their shapes differ{_of(self, other)}"
                + (_numbers_hint(self, other) or _length_hint(self, other) or _length_hint(other, self))
            )
        return other

    def __add__(self, other: object) -> Shaped:
        if other == 0:
            return self
        if self._broadcast(other):  # softmax(z + c): the number added to every entry of the vector
            return Shaped(self.rows, self.columns, self.entry + other, self.axes)
        return Shaped(self.rows, self.columns, self.entry + self._same(other, "adds").entry, self.axes)

    def _broadcast(self, other: object) -> bool:
        """Whether ``other`` is a number that a vector plus it adds to each entry, as pages mean z + c: a vector
        (a matrix plus a number could mean A + cI), and a number without a free index (z + x_i reads two ways) nor
        Euler's e (e − s: pages write e for the vector of ones)."""
        vector = S.One in (self.rows, self.columns)
        if not vector or not isinstance(other, Expr) or other.has(S.Exp1):  # s_k (e - s): e a vector of ones?
            return False
        return not any(s.is_integer and not s.is_positive for s in other.free_symbols)

    def __radd__(self, other: object) -> Shaped:
        return self.__add__(other)

    def __neg__(self) -> Shaped:
        return Shaped(self.rows, self.columns, -self.entry, self.axes)

    def __mul__(self, other: object) -> Expr | Shaped:
        if isinstance(other, Shaped):
            return product(self, other)
        if not isinstance(other, (Basic, int)):
            return NotImplemented  # an array of three indices: its own product (derive.read.three_index)
        return Shaped(self.rows, self.columns, self.entry * other, self.axes)

    def __rmul__(self, other: object) -> Shaped:
        if not isinstance(other, (Basic, int)):
            return other * self  # an array of three indices: its own product (derive.read.three_index)
        return Shaped(self.rows, self.columns, other * self.entry, self.axes)

    def transpose(self) -> Shaped:
        axes = self.axes
        return Shaped(self.columns, self.rows, self.at(axes.column, axes.row), axes)


def inner_or_product(left: Expr, sign: str, right: Expr) -> list[Expr]:
    """The factors ``left`` and ``right`` that a product sign joins, or, for ``w \\cdot x`` of two vectors of one
    length, their inner product wᵀx alone: the dot between vectors is the dot product, as every text writes it."""
    vectors = isinstance(left, Shaped) and isinstance(right, Shaped) and left.columns == right.columns == 1
    if sign == "cdot" and vectors and left.rows == right.rows and left.rows != 1:
        return [product(left.transpose(), right)]
    return [left, right]


#: What a product of two like vectors side by side reads as, the first of its two readings (``product``).
LIKE_VECTORS = "can be read two ways: entry by entry"


def product(left: Shaped, right: Shaped) -> Expr | Shaped:
    """The matrix product: Σ_t left[P, t] right[t, Q]; a 1×1 result is the number it holds."""
    alike = (left.rows, left.columns) == (right.rows, right.columns) and 1 in (left.rows, left.columns)
    if left.columns != right.rows and alike:  # ŷ(1 − ŷ) of a column ŷ: entry by entry, as pages mean it, or no matrix
        raise InputError(
            f"a product of two {left.shape()} vectors {LIKE_VECTORS} (write \\odot, or one entry, \\hat{{y}}_i (1 - "
            "\\hat{y}_i)), or a matrix product, whose inner sizes differ (transpose one?)"
        )
    if left.columns != right.rows:
        raise InputError(
            f"a product of a {left.shape()} and a {right.shape()}: the inner sizes differ (transpose one of them?)"
        )
    axes = left.axes
    if left.columns == 1:
        entry = left.at(axes.row, Integer(1)) * right.at(Integer(1), axes.column)
    else:
        t = Dummy("t", integer=True)
        entry = Sum(left.at(axes.row, t) * right.at(t, axes.column), (t, 1, left.columns))
    if left.rows == 1 and right.columns == 1:
        return entry.xreplace({axes.row: Integer(1), axes.column: Integer(1)})
    return Shaped(left.rows, right.columns, entry, axes)


def column(entry_at: Expr, axes: Axes) -> Shaped:
    """A column vector whose entry at row P is ``entry_at`` (written with axes.row)."""
    return Shaped(axes.n, S.One, entry_at, axes)


def diagonal(vector: Shaped) -> Shaped:
    """diag(v): v_P on the diagonal, 0 off it."""
    if vector.columns != 1 and vector.rows != 1:
        raise InputError(f"diag of a {vector.shape()} matrix: diag takes a vector")
    axes = vector.axes
    values = vector if vector.columns == 1 else vector.transpose()
    return Shaped(values.rows, values.rows, KroneckerDelta(axes.row, axes.column) * values.at(axes.row, 1), axes)


def written_out(matrix: MatrixBase, axes: Axes) -> Expr | Shaped:
    """A matrix written out entry by entry (``\\begin{bmatrix}``) as a ``Shaped``, to be compared with a side
    written whole (diag(s) − s sᵀ): its entry at (P, Q) is Σ_ij δ_Pi δ_Qj M_ij; a 1×1 matrix is its number."""
    rows, columns = matrix.shape
    if rows == 1 and columns == 1:
        return matrix[0, 0]
    entry = Add(
        *(
            (KroneckerDelta(axes.row, i + 1) if rows > 1 else S.One)
            * (KroneckerDelta(axes.column, j + 1) if columns > 1 else S.One)
            * matrix[i, j]
            for i in range(rows)
            for j in range(columns)
        )
    )
    if rows == 1:  # a row vector's entry is at its column, as a transposed column's is
        return Shaped(Integer(1), Integer(columns), entry, axes)
    return Shaped(Integer(rows), Integer(columns), entry, axes)


def uses(size: Expr, *sides: Expr | Shaped) -> bool:
    """Whether a length appears in a side: its entry or its shape (a matrix written out at 2×1 uses none)."""
    parts = [(s.rows, s.columns, s.entry) if isinstance(s, Shaped) else (s,) for s in sides]
    return any(size in getattr(part, "free_symbols", ()) for group in parts for part in group)


def shape_of(expr: Expr) -> str:
    """How a side's shape is shown: "K×1", or "a number"; a matrix written out on a page of numbers, "2×1"."""
    if isinstance(expr, MatrixBase) and expr.shape != (1, 1):
        return "{}×{}".format(*expr.shape)
    return expr.shape() if isinstance(expr, Shaped) and not _one_by_one(expr) else "a number"


def _one_by_one(expr: Shaped) -> bool:
    return expr.rows == 1 and expr.columns == 1


def entries_of(exprs: list[Expr]) -> tuple[list[Expr], list[str]]:
    """Each side as its entry at (P, Q) (a number as itself; a 1×1 matrix as the number it holds), and each side's
    shape as ``shape_of`` shows it: two sides of a link with different shapes are no equation."""
    entries = [
        (e.at(Integer(1), Integer(1)) if _one_by_one(e) else e.entry) if isinstance(e, Shaped) else e for e in exprs
    ]
    return entries, [shape_of(e) for e in exprs]


def at_two(expr: Expr, point: dict[Expr, Expr]) -> Expr:
    """A side at small lengths (``point``: n = 2, and each other length its own value), written out: a shaped side
    as its explicit matrix (what a counterexample shows)."""
    if not isinstance(expr, Shaped):
        return expr.xreplace(point)
    rows, columns = (int(size.xreplace(point)) for size in (expr.rows, expr.columns))
    return ImmutableMatrix(rows, columns, lambda r, c: expr.at(Integer(r + 1), Integer(c + 1)).xreplace(point))


def small_lengths(n: Expr, sizes: list[Expr]) -> dict[Expr, Expr]:
    """n = 2 and every other symbolic length a value of its own (3, 4, …): sides of shapes H×1 and d×1 are
    then not the same kind of object either."""
    point: dict[Expr, Expr] = {} if n.is_Integer else {n: Integer(2)}
    for size in sizes:
        if isinstance(size, Symbol) and size not in point:
            point[size] = Integer(len(point) + 2)
    return point


#: Where a side stands that names no matrix (W_2 (ŷ − y) with W_2 n×H): a side of a link refuted by its shape.
NO_MATRIX = Symbol("no matrix")
#: What a side that names no matrix is shown as (its shape), before why.
NO_MATRIX_SHAPE = "no matrix"


def names_no_matrix(error: InputError, refuting: bool = False) -> str | None:
    """Why a side names no matrix, from the error its reading raised (a product whose inner sizes differ, a sum
    of two shapes), or None for any other error; ``refuting``: None too for two like vectors side by side, which read
    two ways (refused, never refuted by shape)."""
    message = str(error)
    if refuting and LIKE_VECTORS in message:
        return None
    if "inner sizes differ" not in message and "their shapes differ" not in message:
        return None
    return re.sub(r"^line \d+: ", "", message)


def power_refusal(exponent: Expr) -> str:
    """Why a whole vector or matrix is not raised to a power: W^t reads two ways (a transpose, or a power t)."""
    if isinstance(exponent, Symbol) and exponent.name in ("t", "T"):
        return "W^t can be read two ways: W transposed (write W^T or W^\\top), or W to the power t"
    return "a power of a whole vector or matrix: elementwise? write one entry, z_i^2"


def entrywise(whole: Shaped | None, total: Expr) -> Expr:
    """A sum of vectors or matrices is the one of their entries: Σ_k v_k has entry Σ_k (v_k)_p, ``total`` being
    the sum of ``whole``'s entry (the axes' letters are ones the file does not use, so no sum binds them)."""
    return total if whole is None else Shaped(whole.rows, whole.columns, total, whole.axes)


def zero_beside(left: Expr, right: Expr) -> bool:
    """Whether one side is the number 0 and the other a whole vector or matrix: ∇_w L = 0 writes the zero vector
    as 0, each entry of the other side 0 (its entries are compared with 0)."""
    return any(
        not isinstance(one, Shaped) and one == 0 and isinstance(other, Shaped)
        for one, other in ((left, right), (right, left))
    )
