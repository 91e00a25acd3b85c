"""The entries of a claim between matrices, one at a time: a sum or product of explicit matrices (diag(s) − s sᵀ)
is not multiplied out as a whole (SymPy takes minutes for that at n = 256); each entry is a small tree over the
entries of the explicit matrices, from which both its SymPy expression and its template for the relabeling
lemma (``derive.check.symmetry``) are read. The tree is the matrix arithmetic as written: entry (a, b) of A + B
is A_ab + B_ab, of c·A·B it is c·Σ_r A_ar B_rb.
"""

from __future__ import annotations

from typing import Any

from sympy import Add, Basic, MatAdd, MatMul, MatrixBase, MatrixExpr, Mul

from derive.check.prove import as_matrix
from derive.check.symmetry import Shape, joined, shape

#: An entry as a tree: a leaf (a SymPy expression) or (Add or Mul, children).
Tree = Any
#: How to read an entry: ("matrix", rows) | ("add", parts) | ("mul", scalars, factors with their shapes).
Plan = tuple[Any, ...]


class Entries:
    """The entries of a matrix expression made of explicit matrices, scalars, sums and products."""

    def __init__(self, expr: MatrixBase | MatrixExpr) -> None:
        self.rows, self.cols = expr.shape
        self.plan = _plan(expr)

    def __len__(self) -> int:
        return int(self.rows * self.cols)

    def tree(self, position: int) -> Tree:
        return _entry(self.plan, *divmod(position, self.cols))

    def __getitem__(self, position: int) -> Basic:
        return build(self.tree(position))

    def shape(self, position: int, n: int) -> Shape | None:
        return tree_shape(self.tree(position), n)


def _plan(expr: Basic) -> Plan:
    if isinstance(expr, MatAdd):
        return ("add", tuple(_plan(arg) for arg in expr.args))
    if isinstance(expr, MatMul):
        scalars = tuple(arg for arg in expr.args if not arg.is_Matrix)
        factors = tuple((_plan(arg), arg.shape) for arg in expr.args if arg.is_Matrix)
        return ("mul", scalars, factors)
    matrix = as_matrix(expr)
    if matrix is None:
        raise ValueError(f"not a matrix: {expr}")
    return ("matrix", matrix.tolist())


def _entry(plan: Plan, a: int, b: int) -> Tree:
    kind = plan[0]
    if kind == "matrix":
        leaf: Basic = plan[1][a][b]
        return leaf
    if kind == "add":
        return (Add, tuple(_entry(part, a, b) for part in plan[1]))
    scalars, factors = plan[1], plan[2]
    product = _product(factors, a, b)
    return (Mul, (*scalars, product)) if scalars else product


def _product(factors: tuple[tuple[Plan, tuple[int, int]], ...], a: int, b: int) -> Tree:
    """Entry (a, b) of a product of matrices: Σ_r (F_1 ⋯ F_{m−1})_ar (F_m)_rb."""
    *first, (last, (inner, _)) = factors
    if not first:
        return _entry(last, a, b)
    terms = tuple((Mul, (_product(tuple(first), a, r), _entry(last, r, b))) for r in range(inner))
    return terms[0] if inner == 1 else (Add, terms)


def build(tree: Tree) -> Basic:
    """The SymPy expression of an entry, its sums and products kept as written."""
    if isinstance(tree, Basic):
        return tree
    op, children = tree
    return op(*(build(child) for child in children), evaluate=False)


def tree_shape(tree: Tree, n: int) -> Shape | None:
    if isinstance(tree, Basic):
        return shape(tree, n)
    op, children = tree
    return joined(op, [tree_shape(child, n) for child in children])
