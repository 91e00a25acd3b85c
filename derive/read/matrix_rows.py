"""A weight matrix and its rows as Murphy writes them: ``\\mathbf{a} = \\mathbf{W}\\mathbf{x}`` beside
``\\mathbf{w}_j``, "the weight vector for class j".

A bold capital (``\\mathbf{W}``) multiplying a bold vector (``\\mathbf{x}``), on a page that writes the same letter in
lower case, bold, only with one index (``\\mathbf{w}_j``), has those vectors as its rows: with a = Wx, a_j = w_jᵀx is
the only way the logit of class j depends on w_j (a column would make ``\\mathbf{W}^\\top``). The matrix is then the
array w of the page's length of rows and D columns (a letter of derive's own), ``\\mathbf{w}_j`` its row j (a whole
vector, ``\\nabla_{\\mathbf{w}_j}`` a gradient by it) and x a vector of D entries. Read so only where the capital is
never indexed nor transposed, the lower-case letter never written whole or with two indices, x never indexed, all
three always bold, the prose never speaks of columns, and the front matter declares none of them: else the page
stays as it is."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize

#: Fonts that set a vector or matrix in bold.
_BOLD = frozenset({"mathbf", "boldsymbol", "bm"})
#: A bold capital times a bold lower-case letter: ``\\mathbf{W}\\mathbf{x}``.
_PRODUCT = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{([A-Z])\}\s*\\(?:mathbf|boldsymbol|bm)\s*\{([a-z])\}")
#: Where the math is: $…$, $$…$$, \\[…\\], \\(…\\), environments.
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|(\\begin\{(\w+\*?)\}.+?\\end\{\6\})", re.S)
#: Environments' names and upright words: no letters of the math.
_WORDS = re.compile(r"\\(?:begin|end|text|mathrm|operatorname)\s*\{[^{}]*\}")
#: Letters for the features' count, the first the page does not use.
_COUNTS = "DKMPF"


@dataclass(frozen=True)
class MatrixRows:
    """The matrix written by its rows (W, its rows w_j), the vector it multiplies (x) and the features' count."""

    matrix: str = ""
    rows: str = ""
    vector: str = ""
    features: str = ""

    def describe(self) -> str:
        """For the report: how the matrix was read."""
        return (
            f"\\mathbf{{{self.matrix}}} read as the matrix whose rows are \\mathbf{{{self.rows}}}_j ({self.rows}'s "
            f"rows, the page's length × {self.features}, a letter of derive's own), \\mathbf{{{self.vector}}} a "
            f"vector of {self.features} entries"
        )


def _uses(tokens: list[Token], letter: str) -> list[tuple[bool, str]]:
    """Each use of ``letter``: whether it is set bold, and what follows it ("_1" one-letter index, "_2" more,
    "^" a superscript, "" nothing)."""
    uses = []
    for at, token in enumerate(tokens):
        if token.kind != "letter" or token.value != letter:
            continue
        bold = at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].value in _BOLD
        after = at + 2 if bold and at + 1 < len(tokens) and tokens[at + 1].kind == "}" else at + 1
        nxt = tokens[after].kind if after < len(tokens) else ""
        follow = ""
        if nxt == "_":
            script = tokens[after + 1 : after + 4]
            one = bool(script) and script[0].kind == "letter" and len(script[0].value) == 1
            braced = [t.kind for t in script] == ["{", "letter", "}"] and len(script[1].value) == 1
            follow = "_1" if one or braced else "_2"
        elif nxt == "^":
            follow = "^"
        uses.append((bold, follow))
    return uses


def find_matrix_rows(front: FrontMatter, text: str) -> MatrixRows:
    """The page's matrix written by its rows (see the module), or an empty MatrixRows."""
    if front.length_given or front.n is not None or front.sizes:
        return MatrixRows()
    if re.search(r"\bcolumns?\b", text, re.I):
        return MatrixRows()  # "w_j, the j-th column of W": the page says otherwise
    products = {(m.group(1), m.group(2)) for m in _PRODUCT.finditer(text)}
    pairs = [(big, small) for big, small in products if big.lower() != small]
    if len(pairs) != 1:
        return MatrixRows()
    (matrix, vector), rows = pairs[0], pairs[0][0].lower()
    declared = {e.text.strip() for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    declared |= {key.text.strip().split("_")[0].split("(")[0] for key, _ in front.define}
    if {matrix, rows, vector} & declared:
        return MatrixRows()
    tokens: list[Token] = []
    for match in _MATH.finditer(text):
        try:
            tokens += tokenize(_WORDS.sub(" ", next(g for g in match.groups() if g is not None)), 1)
        except InputError:
            return MatrixRows()
    big, small, multiplied = _uses(tokens, matrix), _uses(tokens, rows), _uses(tokens, vector)
    if not small or any(not bold or follow for bold, follow in big) or any(not b or f != "_1" for b, f in small):
        return MatrixRows()  # W indexed or plain somewhere (another W?), w whole or with two indices
    if any(not bold or follow for bold, follow in multiplied):
        return MatrixRows()  # x indexed, transposed, or plain somewhere
    letters = {t.value for t in tokens if t.kind == "letter"}
    features = next((c for c in _COUNTS if c not in letters and c != front.length), None)
    if features is None:
        return MatrixRows()
    return MatrixRows(matrix, rows, vector, features)


def written_by_rows(text: str, rows: MatrixRows) -> str:
    """``text`` with the bold capital written as the array of its rows (``\\mathbf{W}`` as ``\\mathbf{w}``)."""
    if not rows.matrix:
        return text
    return re.sub(r"(\\(?:mathbf|boldsymbol|bm)\s*\{)" + rows.matrix + r"\}", r"\g<1>" + rows.rows + "}", text)


def with_matrix_rows(front: FrontMatter, rows: MatrixRows) -> FrontMatter:
    """The front matter with the rows' array (the page's length × D) and the vector (D) declared, D a size."""
    if not rows.matrix:
        return front
    return dataclasses.replace(
        front,
        sizes=(*front.sizes, (Entry(rows.features, front.line), None)),
        arrays=(*front.arrays, Entry(rows.rows, front.line)),
        vectors=(*front.vectors, Entry(rows.vector, front.line)),
        shapes=(
            *front.shapes,
            (Entry(rows.rows, front.line), (front.length, rows.features)),
            (Entry(rows.vector, front.line), (rows.features,)),
        ),
    )


__all__ = ["MatrixRows", "find_matrix_rows", "with_matrix_rows", "written_by_rows"]
