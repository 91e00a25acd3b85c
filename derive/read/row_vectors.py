"""A page that writes its vectors as rows ("We use row vectors", "turns a row vector x = [x_1 … x_n]", Matt
Petersen's softmax post): there xᵀx is an n×n outer product and y (log s)ᵀ a number, where derive, which reads
every vector as a column, reads a number and an n×n matrix. A correct link of such a page was refuted by its
shapes, and x yᵀ = y xᵀ (a number to derive, true; an outer product to the page, false) would be proven. So on
such a page a transpose of a vector or matrix the page names reads two ways wherever the parser meets it (in a
definition too), and so does a link that shows one; each is refused, naming both."""

from __future__ import annotations

import re

from derive.errors import InputError

#: The page's vectors called rows: "row vectors", "x is a row vector", "all vectors here are rows".
_ROWS = re.compile(r"\brow[- ]vectors?\b|\bvectors?\b[^.;]{0,40}\b(?:are|as)\s+rows\b", re.I)
#: Its vectors called columns: "column vectors", "every vector here is a column".
_COLUMNS = re.compile(r"\bcolumn[- ]vectors?\b|\bvectors?\b[^.;]{0,30}\b(?:is|are|as)\s+(?:a\s+)?columns?\b", re.I)
#: Words before a mention that deny it: "not column vectors", "as opposed to column vectors".
_DENIED = re.compile(r"\b(?:not|never|no|instead\s+of|rather\s+than|as\s+opposed\s+to|unlike)\s*$", re.I)
#: What a row vector "of" is when it is no vector of the page's: a matrix's row ("row vector of $W$").
_OF_MATRIX = re.compile(r"\s+of\s+(?:\$|the\s+(?:matrix|data|weights?)\b|a\s+matrix\b|each\b)", re.I)
#: Words that give a convention to other texts ("in some books", "most textbooks"), or rows to one quantity of
#: another kind ("stack … into the data matrix", "the gradient would be a row vector").
_OTHERS = re.compile(
    r"\b(?:some\s+(?:books|authors|texts|people)|most\s+(?:textbooks|books|texts)|many\s+(?:textbooks|books|texts)"
    r"|sometimes|alternatively|some\s+of|would|stack\w*|data\s+matrix|derivative|gradient)\b",
    re.I,
)
#: Words that make a sentence the page's own convention, whatever else it names: "We use row vectors".
_OURS = re.compile(r"\b(?:we|our|us|throughout|all\s+vectors|every\s+vector|this\s+page)\b", re.I)
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
    """The line where the page's prose first calls its vectors rows, where it never calls its own a column; else 0."""
    prose = _MATH.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    sentences = [(m.start(), m.group(0)) for m in re.finditer(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]*)*", prose)]

    def said(pattern: re.Pattern[str], start: int, sentence: str) -> re.Match[str] | None:
        """The sentence's first mention that is the page's own: not denied, no matrix's row, no other text's."""
        if _OTHERS.search(sentence) and not _OURS.search(sentence):
            return None
        found = (m for m in pattern.finditer(sentence) if not _DENIED.search(sentence[: m.start()]))
        return next((m for m in found if not _OF_MATRIX.match(text, start + m.end())), None)

    if any(said(_COLUMNS, start, sentence) for start, sentence in sentences):
        return 0
    rows = next(((start, m) for start, sentence in sentences if (m := said(_ROWS, start, sentence))), None)
    return 0 if rows is None else prose.count("\n", 0, rows[0] + rows[1].start()) + 1


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
