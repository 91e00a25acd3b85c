"""Transposes as pages write them, ``^T``, ``^\\top``, ``^\\intercal``, ``^{\\top}``, and the refusal of one on a
number: a name the page never indexes is read as a scalar, and a transpose of it means the page meant a vector or
a matrix, which only a declaration can say (which of the two it is, the page does not show)."""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Expr, Indexed, MatrixBase, Symbol

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import display_name
from derive.read.row_vectors import row_transpose
from derive.read.shapes import Shaped

#: What ^ raises a vector or matrix to for its transpose.
TRANSPOSE = frozenset({"T", "top", "intercal"})


@dataclass(frozen=True)
class Mark:
    """A transpose written after a base: as the page writes it, and how many tokens it takes (the caret too)."""

    shown: str
    length: int
    #: Whether it is the letter T (``^T``, ``^{T}``), a power where T is a name of the page.
    letter: bool


def transpose_mark(tokens: list[Token], at: int) -> Mark | None:
    """The transpose that the caret at ``at`` writes, or None when it writes another superscript."""
    script = tokens[at + 1 : at + 4]
    braced = len(script) == 3 and script[0].kind == "{" and script[2].kind == "}"
    mark = script[1] if braced else script[0] if script else None
    if mark is None or mark.kind not in ("letter", "command") or mark.value not in TRANSPOSE:
        return None
    written = f"\\{mark.value}" if mark.kind == "command" else mark.value
    return Mark(f"^{{{written}}}" if braced else f"^{written}", 4 if braced else 2, mark.kind == "letter")


def transposed(base: Shaped | MatrixBase, rows_line: int, caret: Token) -> Shaped | MatrixBase:
    """The transpose of a vector or matrix; refused for one the page names where its vectors are rows (line
    ``rows_line``): a matrix written out entry by entry is what it shows on any page."""
    if rows_line and isinstance(base, Shaped):
        raise InputError(f"line {caret.line}: {row_transpose(rows_line)}")
    return base.transpose()


def transpose_refusal(base: Expr, mark: Mark, inferred: set[str]) -> str:
    """Why a transpose of a number is refused, and how to declare what the page means (``inferred``: the names
    read as scalars because the page never indexes them)."""
    if isinstance(base, Indexed) and len(base.indices) == 1 and base.indices[0].is_Integer:
        shown = f"{display_name(str(base.base.label))}_{base.indices[0]}"
        return (
            f"{shown}{mark.shown} can be read two ways: the entry {base.indices[0]} of a vector "
            f"{display_name(str(base.base.label))}, which no transpose applies to, or a matrix {shown} of its own "
            f"(a layer's), whose sizes the page does not give: declare it with them, as in "
            f"arrays: {{{shown}: [n, H]}} and sizes: {{H: symbolic}}"
        )
    if isinstance(base, Symbol):
        shown = display_name(base.name)
        why = " (the page never indexes it)" if base.name in inferred else ""
        return (
            f"{shown} is a scalar here{why}, so {mark.shown} cannot transpose it: declare {shown} under vectors or "
            "arrays"
        )
    return f"{mark.shown} of a number: only a whole vector or matrix is transposed (declare it under vectors or arrays)"


__all__ = ["TRANSPOSE", "Mark", "transpose_mark", "transpose_refusal", "transposed"]
