"""A page that writes its vectors as rows ("We use row vectors", "turns a row vector x = [x_1 … x_n]", Matt
Petersen's softmax post): there xᵀx is an n×n outer product and y (log s)ᵀ a number, where derive, which reads
every vector as a column, reads a number and an n×n matrix. A correct link of such a page was refuted by its
shapes, and x yᵀ = y xᵀ (a number to derive, true; an outer product to the page, false) would be proven. So on
such a page a link that transposes reads two ways, and is refused, naming both."""

from __future__ import annotations

import re

from derive.errors import InputError

_ROWS = re.compile(r"\brow[- ]vectors?\b", re.I)
_COLUMNS = re.compile(r"\bcolumn[- ]vectors?\b", re.I)
#: Math on the page, set aside: "(row vector)" in a display's \\text labels one quantity, not the page's vectors.
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{([a-z]+\*?)\}.*?\\end\{\1\}", re.S)
#: A transpose mark: ^T, ^{T}, ^\\top, ^{\\intercal}, ^{\\mathsf{T}}.
_TRANSPOSE = re.compile(r"\^\s*\{?\s*(?:\\top|\\intercal|\\math(?:sf|rm)\s*\{?\s*T\s*\}?|T)(?![A-Za-z])")


def row_vectors(text: str) -> int:
    """The line where the page's prose first calls its vectors rows, where it never calls any a column; else 0."""
    prose = _MATH.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    rows = _ROWS.search(prose)
    return 0 if rows is None or _COLUMNS.search(prose) else prose.count("\n", 0, rows.start()) + 1


def refuse_row_transposes(sides_latex: list[str], rows_line: int, line: int) -> None:
    """Refuse a link that transposes on a page whose vectors are rows (``rows_line``, 0 for none)."""
    if rows_line and any(_TRANSPOSE.search(side) for side in sides_latex):
        raise InputError(
            f"line {line}: a transpose on a page whose vectors are rows (line {rows_line}) can be read two ways: a "
            "row's, as the page means it (x^T x an n×n matrix), or a column's, as derive reads every vector (x^T x "
            "a number); write the link entry by entry, as in \\sum_i x_i y_i"
        )


__all__ = ["refuse_row_transposes", "row_vectors"]
