"""A matrix written by its entries: ``\\left( \\frac{2}{N} (\\hat y_{ij} - y_{ij}) \\right)_{ij}``, the matrix whose
entry at row i, column j is the number inside (as ``\\Big( \\frac{\\partial f}{\\partial A_{ij}} \\Big)_{ij}``
defines a gradient). A number that holds both indices free, with a subscript of two indices after its parentheses,
reads only so: a number has no entry (i, j). Its shape is that of the arrays inside written at exactly (i, j)
(ŷ_{ij}: ŷ's), each of one shape; where none is, or two differ, which size i and j run over is not for derive to
guess, and the subscript is refused as before; so is one whose letters a sum inside also binds
(``\\frac{\\partial}{\\partial \\hat y_{ij}} \\sum_{i, j} …``: the i of the derivative, or the sum's?).
Parentheses around a whole matrix, ``(A B)_{ij}`` (its entry), are not read here. Beside a number, the matrix so
read may be meant as its entry (i, j): such a link is refused (``refuse_built_beside_numbers``)."""

from __future__ import annotations

import re

from sympy import Expr, Indexed, Sum, Symbol

from derive.errors import InputError
from derive.read.cursor import Cursor
from derive.read.names import Names
from derive.read.shapes import Shaped
from derive.read.word_labels import labelled_part, word_label

#: What the parser said of a subscript after parentheses before this reading, and still says where it fails.
NOTHING_TO_ATTACH = "a subscript here has nothing to attach to: write it right after its name, as in z_k"


def _two_indices(cursor: Cursor, names: Names) -> tuple[Symbol, Symbol, int] | None:
    """The two index symbols of ``_{ij}`` or ``_{i, j}`` at the cursor (on the ``_``), and how many tokens it
    takes; None for any other subscript."""
    tokens = cursor.tokens[cursor.position + 1 : cursor.position + 7]
    kinds = [t.kind for t in tokens]
    if kinds[:4] == ["{", "letter", "letter", "}"]:
        letters, length = (tokens[1].value, tokens[2].value), 5
    elif kinds[:5] == ["{", "letter", ",", "letter", "}"]:
        letters, length = (tokens[1].value, tokens[3].value), 6
    else:
        return None
    if letters[0] == letters[1] or not all(letter in names.indices for letter in letters):
        return None
    return names.indices[letters[0]], names.indices[letters[1]], length


def _shape(inside: Expr, row: Symbol, column: Symbol, names: Names) -> tuple[Expr, Expr] | None:
    """The shape of the arrays ``inside`` writes at exactly (row, column), if there is one and only one."""
    shapes = set()
    for node in inside.atoms(Indexed):
        name = str(node.base.label)
        if node.indices == (row, column) and name in names.arrays:
            rows, columns = names.shapes.get(name, (names.n, names.n))
            shapes.add((rows, columns))
    return next(iter(shapes)) if len(shapes) == 1 else None


def entry_builder(cursor: Cursor, names: Names, inside: object) -> Shaped:
    """``(E)_{ij}`` at the cursor (on the ``_``), E a number that holds i and j free: the matrix of the E's; the
    cursor moves past the subscript. Anything else is refused, as a subscript with nothing to attach to."""
    found = _two_indices(cursor, names)
    if found is None or not isinstance(inside, Expr) or names.axes is None:
        label = word_label(cursor.tokens, cursor.position)  # \\frac{∂X̂}{∂X}_{\\text{direct}}: a part of it
        raise cursor.error(NOTHING_TO_ATTACH if label is None else labelled_part(label))
    row, column, length = found
    bound = {limit[0] for node in inside.atoms(Sum) for limit in node.limits}  # ∂/∂ŷ_{ij} Σ_{i,j}: which i?
    shape = _shape(inside, row, column, names) if {row, column} <= inside.free_symbols - bound else None
    if shape is None:
        raise cursor.error(NOTHING_TO_ATTACH)
    cursor.position += length
    axes = names.axes
    return Shaped(shape[0], shape[1], inside.xreplace({row: axes.row, column: axes.column}), axes)


#: A side that writes a matrix by its entries: parentheses closed, then a subscript of two letters.
_BUILT = re.compile(r"\)\s*_\s*(?:\{\s*[A-Za-z]\s*,?\s*[A-Za-z]\s*\}|[A-Za-z]{2})")


def refuse_built_beside_numbers(sides_latex: list[str], shapes: list[str], line: int) -> None:
    """A link between ``(E)_{ij}``, read as the matrix of the E's, and a number (∂L/∂H_{ij} = (…)_{ij}): the page may
    mean the entry (i, j) itself, and the sides then agree in shape. It reads two ways, and is refused, naming both."""
    for k in range(1, len(shapes)):
        pair = (shapes[k - 1], shapes[k])
        if pair[0] == pair[1] or "a number" not in pair:
            continue
        built = [side for side, shape in zip(sides_latex[k - 1 : k + 1], pair, strict=True) if shape != "a number"]
        if any(_BUILT.search(side) for side in built):
            raise InputError(
                f"line {line}: (…)_{{ij}} beside a number can be read two ways: the matrix whose entry (i, j) is the "
                f"number inside, so that the sides have different shapes ({pair[0]} and {pair[1]}), or that entry "
                "itself: write the entry without the parentheses, or the other side whole"
            )


__all__ = ["NOTHING_TO_ATTACH", "entry_builder", "refuse_built_beside_numbers"]
