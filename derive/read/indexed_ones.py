"""Why a bold one is not read, said for the way the page writes it: ``\\mathbf{1}`` alone is the vector of ones
(its length the page's, undetermined); ``\\mathbf{1}_h`` with an index is index notation's mark of a sum over h left
unwritten (``\\mathbf{1}_h x_{bh}`` for Σ_h x_{bh}, a layer norm's mean) or of a copy over h (``\\mathbf{1}_h m_b``),
which no reading of 𝟏_h as the number 1 keeps: read as 1, the mean m_b = (1/H) 𝟏_h x_{bh} would be x_{bh}/H."""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: What derive says of a bold one with no index.
ONES = (
    "a bold one is the vector of ones, not the number 1, and derive does not read it: write what it sums, as in "
    "\\sum_i x_i for \\mathbf{x}^\\top \\mathbf{1}"
)


def ones_reason(tokens: list[Token], end: int) -> str:
    """Why the bold one ending at ``tokens[end]`` is refused: with an index (``\\mathbf{1}_h``), as index notation's."""
    if end >= len(tokens) or tokens[end].kind != "_" or end + 1 >= len(tokens):
        return ONES
    braced = tokens[end + 1].kind == "{"
    close = next((k for k in range(end + 1, len(tokens)) if tokens[k].kind == "}"), end + 1) if braced else end + 1
    index = "".join(t.value for t in tokens[end + 2 : close]) if braced else tokens[end + 1].value
    return (
        f"\\mathbf{{1}}_{{{index}}}, an entry of the vector of ones, is index notation's mark of a sum over {index} "
        "left unwritten (as \\mathbf{1}_j x_{kj} writes \\sum_j x_{kj}) or of a copy over "
        f"{index}, which derive does not read (as the number 1 it would drop the sum): write the sum, \\sum_{index} …"
    )
