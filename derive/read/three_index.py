"""A derivative of a vector by a matrix, ∂θ/∂w: an array with three indices, ∂θ_P/∂w_{QR} at (P, Q, R).

No matrix shows it, so it is read as what it is: an equation between two such arrays is the equation between
their entries, for every P, Q and R; one between it and a vector, a matrix or a number is a shape mismatch,
refuted naming both shapes (``K×K×K`` and ``1×K``). In a chain rule written left to right, a row times it,
``\\frac{\\partial J}{\\partial \\theta} \\frac{\\partial \\theta}{\\partial w}``, sums over its first index (θ's):
Σ_t ∂J/∂θ_t ∂θ_t/∂w_{PQ}, the matrix shaped like w. Any other product with it is refused: which index it sums over
is not written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Basic, Dummy, Expr, ImmutableDenseNDimArray, Integer, Sum, Symbol

from derive.errors import InputError
from derive.read.shapes import Axes, Shaped
from derive.read.shapes import at_two as matrix_at_two
from derive.read.shapes import entries_of as matrix_entries_of


@dataclass(frozen=True)
class ThreeIndex:
    """An array with three indices, ``sizes`` long each, and its entry at (axes.row, axes.column, axes.depth)."""

    sizes: tuple[Expr, Expr, Expr]
    entry: Expr
    axes: Axes

    def shape(self) -> str:
        return "×".join(str(size) for size in self.sizes)

    def at(self, first: Expr, second: Expr, third: Expr) -> Expr:
        axes = self.axes
        assert axes.depth is not None
        return self.entry.xreplace({axes.row: first, axes.column: second, axes.depth: third})

    def atoms(self, *types: type) -> set[Basic]:
        return self.entry.atoms(*types)

    def _same(self, other: object, what: str) -> ThreeIndex:
        if not isinstance(other, ThreeIndex):
            shown = other.shape() if isinstance(other, Shaped) else "a number"
            raise InputError(f"{what} a {self.shape()} array and {shown}: their shapes differ")
        if other.sizes != self.sizes:
            raise InputError(f"{what} a {self.shape()} and a {other.shape()} array: their shapes differ")
        return other

    def __add__(self, other: object) -> ThreeIndex:
        return ThreeIndex(self.sizes, self.entry + self._same(other, "adds").entry, self.axes)

    def __radd__(self, other: object) -> ThreeIndex:
        if other == 0:
            return self
        return self.__add__(other)

    def __neg__(self) -> ThreeIndex:
        return ThreeIndex(self.sizes, -self.entry, self.axes)

    def __sub__(self, other: object) -> ThreeIndex:
        return self.__add__(-self._same(other, "subtracts"))

    def __rsub__(self, other: object) -> ThreeIndex:
        return (-self).__add__(other)

    def __mul__(self, other: object) -> ThreeIndex:
        if isinstance(other, (Shaped, ThreeIndex)):
            raise InputError(
                f"a product of a {self.shape()} array and a {other.shape()}: which of its indices it sums over is "
                "not written; write one entry, ∂θ_k/∂w_{ij}"
            )
        if not isinstance(other, (Basic, int)):
            return NotImplemented
        return ThreeIndex(self.sizes, self.entry * other, self.axes)

    def __rmul__(self, other: object) -> Shaped | ThreeIndex:
        if isinstance(other, Shaped):
            return self.contracted_by(other)
        if not isinstance(other, (Basic, int)):
            return NotImplemented
        return ThreeIndex(self.sizes, other * self.entry, self.axes)

    def contracted_by(self, row: Shaped) -> Shaped:
        """row · self, for a row as long as the first index: Σ_t row_t self[t, P, Q], shaped by the other two."""
        if row.rows != 1 or row.columns != self.sizes[0]:
            raise InputError(
                f"a product of a {row.shape()} and a {self.shape()} array: the inner sizes differ (a row before it "
                "sums over its first index)"
            )
        axes = self.axes
        t = Dummy("t", integer=True)
        entry = Sum(row.at(Integer(1), t) * self.at(t, axes.row, axes.column), (t, 1, self.sizes[0]))
        return Shaped(self.sizes[1], self.sizes[2], entry, axes)

    def transpose(self) -> ThreeIndex:
        raise InputError(f"a transpose of a {self.shape()} array: which two of its indices is not written")


def by_matrix(vector: Shaped, matrix: Shaped, differentiate: object) -> ThreeIndex:
    """∂v/∂M of a column vector v by a matrix M: ∂v_P/∂M_{QR} at (P, Q, R) (``differentiate``: the parser's)."""
    axes = matrix.axes
    if vector.columns != 1 or axes.depth is None:
        raise InputError(
            "a derivative of a matrix has four indices, ∂a_{ij}/∂w_{kl}: no matrix shows it; write one entry"
        )
    depth: Symbol = axes.depth
    by = matrix.entry.xreplace({axes.row: axes.column, axes.column: depth})
    assert callable(differentiate)
    return ThreeIndex((vector.rows, matrix.rows, matrix.columns), differentiate(vector.entry, by), axes)


def entries_of(exprs: list[Expr | ThreeIndex]) -> tuple[list[Expr], list[str]]:
    """``derive.read.shapes.entries_of``, with an array of three indices as its entry at (P, Q, R)."""
    plain = [Integer(0) if isinstance(e, ThreeIndex) else e for e in exprs]
    entries, shapes = matrix_entries_of(plain)
    for at, expr in enumerate(exprs):
        if isinstance(expr, ThreeIndex):
            entries[at], shapes[at] = expr.entry, expr.shape()
    return entries, shapes


def at_two(expr: Expr | ThreeIndex, n: Expr) -> Expr:
    """``derive.read.shapes.at_two``, with an array of three indices written out as a 2×2×2 array."""
    if not isinstance(expr, ThreeIndex):
        return matrix_at_two(expr, n)
    two = {n: Integer(2)} if isinstance(n, Symbol) else {}  # at a concrete n, that n
    sizes = [int(size.xreplace(two)) for size in expr.sizes]
    values = [
        expr.at(Integer(p + 1), Integer(q + 1), Integer(r + 1)).xreplace(two)
        for p in range(sizes[0])
        for q in range(sizes[1])
        for r in range(sizes[2])
    ]
    return ImmutableDenseNDimArray(values, tuple(sizes))
