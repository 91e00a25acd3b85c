"""Matrices written with dots at a symbolic size, read as the pattern their shown entries follow.

A reader of a matrix such as [s_1(1-s_1), -s_1 s_2, …, -s_1 s_n; ⋮ ⋱ ⋮; -s_n s_1, …, s_n(1-s_n)] continues the
pattern: the rows before the ⋮ row are 1, 2, …, the rows after it end at n, and likewise the columns around the
column of dots. Each shown entry, its row's label written P and its column's Q, says what every entry of its
kind is: on the diagonal (P = Q), above it or below it. The matrix is the n×n matrix whose entry is the diagonal
kind where P = Q and the other kind elsewhere, and an equation with it is proven or refuted entry by entry for
every n, like any whole matrix. Shown entries of one kind that disagree (which goes on at the dots?), or a kind
never shown, are refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from sympy import Expr, Indexed, Integer, KroneckerDelta, Symbol, expand

from derive.errors import InputError
from derive.read.shapes import Axes, Shaped

#: A cell: its expression, or None for a cell of dots (\dots, \vdots, \ddots).
Cell: TypeAlias = "Expr | None"


def _labels(count: int, dots: int, size: Expr) -> list[tuple[int, Expr]]:
    """Each position's (order, label): 1, 2, … before the dots, …, size − 1, size after them."""
    after = count - dots - 1
    return [
        (at, Integer(at + 1)) if at < dots else (at, size - (after - (at - dots))) for at in range(count) if at != dots
    ]


def _dots_at(cells: Sequence[Cell], what: str) -> int:
    found = [at for at, cell in enumerate(cells) if cell is None]
    if len(found) != 1 or found[0] in (0, len(cells) - 1):
        raise InputError(f"a matrix with dots needs one {what} of dots between shown ones, as 1, 2, …, n")
    return found[0]


def _size_symbol(cells: Sequence[Cell]) -> Symbol:
    """The letter the last row or column names (s_n: n), the matrix's size as the page writes it."""
    letters = {
        index
        for cell in cells
        if cell is not None
        for entry in cell.atoms(Indexed)
        for index in entry.indices
        if isinstance(index, Symbol)
    }
    if len(letters) != 1:
        shown = ", ".join(sorted(map(str, letters))) or "none"
        raise InputError(
            f"the last row of a matrix with dots must name its size with one letter, as s_n (found {shown})"
        )
    return letters.pop()


def _general(cell: Expr, row: Expr, column: Expr, axes: Axes) -> Expr:
    """The cell with its row's label written P and its column's Q, wherever an entry or a delta is indexed."""

    def index(value: Expr) -> Expr:
        if value == row:
            return axes.row
        if value == column:
            return axes.column
        return value

    entries = {entry: entry.base[tuple(index(i) for i in entry.indices)] for entry in cell.atoms(Indexed)}
    deltas = {delta: KroneckerDelta(index(delta.args[0]), index(delta.args[1])) for delta in cell.atoms(KroneckerDelta)}
    return cell.xreplace({**entries, **deltas})


def pattern_matrix(rows: list[list[Cell]], axes: Axes) -> Shaped:
    """The n×n matrix (or n×1 column) whose shown entries ``rows`` (None for dots) follow one pattern."""
    if len({len(row) for row in rows}) != 1:
        raise InputError("the rows of a matrix must have the same number of entries")
    dot_row = _dots_at([None if all(cell is None for cell in row) else Integer(0) for row in rows], "row")
    size = _size_symbol(rows[-1])
    columns = len(rows[0])
    dot_column = _dots_at(rows[0], "column") if columns > 1 else None
    n = axes.n
    row_labels = _labels(len(rows), dot_row, n)
    column_labels = _labels(columns, dot_column, n) if dot_column is not None else [(0, Integer(1))]
    kinds: dict[str, list[tuple[str, Expr]]] = {}
    for r_order, r_label in row_labels:
        for c_order, c_label in column_labels:
            cell = rows[r_order][c_order]
            if cell is None:
                continue
            cell = cell.xreplace({size: n})
            if columns == 1:
                kind, general = "entry", _general(cell, r_label, Integer(-1), axes)
            elif r_label == c_label:
                kind, general = "diagonal", _general(cell, r_label, Integer(-1), axes)
            else:
                far = {n: Integer(10**9)}  # n − 1 is after 2: labels compared at a large n
                kind = "above" if c_label.xreplace(far) > r_label.xreplace(far) else "below"
                general = _general(cell, r_label, c_label, axes)
            kinds.setdefault(kind, []).append((f"({r_label}, {c_label})", general))
    value = {kind: _one_reading(kind, shown) for kind, shown in kinds.items()}
    if columns == 1:
        return Shaped(n, Integer(1), value["entry"], axes)
    if "above" in value and "below" in value and expand(value["above"] - value["below"]) != 0:
        raise InputError(
            "the entries shown above and below the diagonal follow different patterns: write the entry in index "
            "notation"
        )
    off = value.get("above", value.get("below"))
    if off is None or "diagonal" not in value:
        missing = "on the diagonal" if "diagonal" not in value else "off the diagonal"
        raise InputError(f"a matrix with dots shows no entry {missing}: its pattern is not shown")
    delta = KroneckerDelta(axes.row, axes.column)
    return Shaped(n, n, delta * value["diagonal"].xreplace({axes.column: axes.row}) + (1 - delta) * off, axes)


def _one_reading(kind: str, shown: list[tuple[str, Expr]]) -> Expr:
    """The pattern the entries of one kind follow; two that disagree are refused, naming both."""
    (first_at, first), *rest = shown
    where = "" if kind == "entry" else f" {'on' if kind == 'diagonal' else kind} the diagonal"
    for at, general in rest:
        if expand(general - first) != 0:
            raise InputError(
                f"the entries shown{where} at {first_at} and {at} follow different patterns (which one goes on "
                "at the dots?): write the entry in index notation"
            )
    return first
