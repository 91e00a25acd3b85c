"""A page that writes its vectors as rows ("We use row vectors", "turns a row vector x = [x_1 … x_n]", Matt
Petersen's softmax post): there xᵀx is an n×n outer product and y (log s)ᵀ a number, where derive, which reads
every vector as a column, reads a number and an n×n matrix. A correct link of such a page was refuted by its
shapes, and x yᵀ = y xᵀ (a number to derive, true; an outer product to the page, false) would be proven. So on
such a page a transpose of a vector or matrix the page names reads two ways wherever the parser meets it (in a
definition too), and so does a link that shows one; each is refused, naming both."""

from __future__ import annotations

import re

from derive.errors import InputError

_ROWS = re.compile(r"\brow[- ]vectors?\b", re.I)
#: Columns named as the page's: not "row vectors, not column vectors", "instead of column vectors".
_COLUMNS = re.compile(r"(?<!not )(?<!never )(?<!no )(?<!instead of )(?<!rather than )\bcolumn[- ]vectors?\b", re.I)
#: Words that give rows to other texts, or to some of the page's vectors only: "in some books", "sometimes".
_OTHERS = re.compile(r"\b(?:some\s+(?:books|authors|texts|people)|sometimes|others|alternatively|some\s+of)\b", re.I)
#: Math and code on the page, set aside: "(row vector)" in a display's \\text labels one quantity, not the page's
#: vectors; a comment in code, a link's words are no prose.
_MATH = re.compile(
    r"```.*?```|`[^`\n]*`|\[[^\]\n]*\]\([^)\n]*\)|\$\$.*?\$\$|\$[^$\n]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{([a-z]+\*?)\}.*?\\end\{\1\}",
    re.S,
)
#: A transpose mark: ^T, ^{T}, ^\\top, ^{\\intercal}, ^{\\mathsf{T}}, ^{\\bf T}, ^{\\!\\top}.
_TRANSPOSE = re.compile(
    r"\^\s*\{?(?:\s*\\[!,;: ])*\s*(?:\\(?:math\w*|bf|rm|sf|boldsymbol|bm|operatorname)\s*\{?\s*)?"
    r"(?:\\top|\\intercal|\\transpose|T|t)(?![A-Za-z])"
)


#: A matrix written out entry by entry with its transpose: [1 2]^T is a column on any page.
_WRITTEN_OUT = re.compile(r"\\begin\{(\w*matrix)\}.*?\\end\{\1\}\s*\^\s*(?:\{[^{}]*\}|\\?\w+)", re.S)


def row_vectors(text: str) -> int:
    """The line where the page's prose first calls its vectors rows, where it never calls any a column; else 0."""
    prose = _MATH.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    sentences = [(m.start(), m.group(0)) for m in re.finditer(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]*)*", prose)]
    for start, sentence in sentences:  # "each row vector of W", "a row vector in some books": not the page's own
        rows = next((m for m in _ROWS.finditer(sentence) if not re.match(r"\s+of\b", sentence[m.end() :])), None)
        if rows is not None and not _OTHERS.search(sentence):
            return 0 if _COLUMNS.search(prose) else prose.count("\n", 0, start + rows.start()) + 1
    return 0


def row_transpose(rows_line: int) -> str:
    """Why a transpose is refused on a page whose vectors are rows (line ``rows_line``)."""
    return (
        f"a transpose on a page whose vectors are rows (line {rows_line}) can be read two ways: a row's, as the page "
        "means it (x^T x an n×n matrix), or a column's, as derive reads every vector (x^T x a number); write it entry "
        "by entry, as in \\sum_i x_i y_i"
    )


def refuse_row_transposes(sides_latex: list[str], rows_line: int, line: int) -> None:
    """Refuse a link that writes a transpose on a page whose vectors are rows (``rows_line``, 0 for none), where
    the parser did not read it as one (a rewritten label, a macro): what the page shows is refused too."""
    shown = [_WRITTEN_OUT.sub(" ", side) for side in sides_latex]  # a matrix written out: what it shows
    if rows_line and any(_TRANSPOSE.search(side) for side in shown):
        raise InputError(f"line {line}: {row_transpose(rows_line)}")


__all__ = ["refuse_row_transposes", "row_transpose", "row_vectors"]
