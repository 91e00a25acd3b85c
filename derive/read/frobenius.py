"""The Frobenius norm written so: ``\\|\\mathbf{W}\\|_F``, ``\\|W\\|_\\textrm{F}``, ``\\lVert W \\rVert_{\\mathrm{F}}``.

Of a matrix a bare norm reads two ways (Frobenius or spectral) and is refused; the subscript F names the Frobenius
norm, √(Σ_pq W_pq²), so it is read as that (of a vector it is the vector's length, the same sum).
"""

from __future__ import annotations

from typing import Protocol

from sympy import Dummy, Expr, Sum, sqrt

from derive.read.latex_lexer import Token
from derive.read.shapes import Shaped

_UPRIGHT = frozenset({"text", "textrm", "mathrm", "operatorname"})


class _Cursor(Protocol):
    tokens: list[Token]
    position: int


def frobenius_mark(cursor: _Cursor) -> bool:
    """Whether ``_F`` (``_{F}``, ``_\\textrm{F}``, ``_{\\mathrm{F}}``) stands at the cursor; if so, past it."""
    at = cursor.position
    run = [(t.kind, t.value) for t in cursor.tokens[at : at + 6]]
    if run[:1] != [("_", "_")]:
        return False
    forms = {
        2: [("_", "_"), ("letter", "F")],
        4: [("_", "_"), ("{", "{"), ("letter", "F"), ("}", "}")],
    }
    for length, form in forms.items():
        if run[:length] == form:
            cursor.position = at + length
            return True
    upright = len(run) >= 5 and run[1][0] == "command" and run[1][1] in _UPRIGHT
    if upright and run[2:5] == [("{", "{"), ("letter", "F"), ("}", "}")]:
        cursor.position = at + 5
        return True
    braced = len(run) == 6 and run[1] == ("{", "{") and run[2][0] == "command" and run[2][1] in _UPRIGHT
    closed = at + 6 < len(cursor.tokens) and cursor.tokens[at + 6].kind == "}"
    if braced and closed and run[3:6] == [("{", "{"), ("letter", "F"), ("}", "}")]:
        cursor.position = at + 7
        return True
    return False


def frobenius(matrix: Shaped) -> Expr:
    """√(Σ_pq W_pq²) of a vector or matrix."""
    p, q = Dummy("p", integer=True), Dummy("q", integer=True)
    entry = matrix.at(p, q)
    return sqrt(Sum(Sum(entry**2, (p, 1, matrix.rows)), (q, 1, matrix.columns)))


__all__ = ["frobenius", "frobenius_mark"]
