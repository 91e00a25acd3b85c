"""Shapes a page writes out with dots that disagree with its products: ``X=[x_{1} \\cdots x_{i}]`` (a row of i)
times ``W=\\begin{bmatrix} w_{11} & \\cdots & w_{1i} \\\\ \\vdots \\\\ w_{j1} & \\cdots & w_{ji} \\end{bmatrix}`` (j
rows) in ``Y = XW + B``. derive refuses such a W read as a number (``matrix_letters``); the refusal now says that
the page's own shapes disagree (XW needs i rows, W as written has j), so that no declaration alone would mend it."""

from __future__ import annotations

import re

#: What each refusal on such shapes says.
SHAPES_CLASH = "the page's shapes agree only if"
#: A matrix written out: ``W = \\begin{bmatrix} … \\end{bmatrix}`` (group 1 the letter, 2 its rows).
_MATRIX = re.compile(r"(?<![A-Za-z\\])([A-Z])\s*=\s*\\begin\s*\{[bpvBV]?matrix\}(.*?)\\end\s*\{[bpvBV]?matrix\}", re.S)
#: A row written out: ``X=[x_{1}\\ \\ \\cdots\\ \\ x_{i}]``, ``\\left[x_1 \\cdots x_n\\right]`` (group 1 the letter).
_ROW = (
    r"(?<![A-Za-z\\]){big}\s*=\s*(?:\\left\s*)?\[\s*{small}_\{{?\s*1\s*\}}?[^\]]*?\\[lc]?dots[^\]]*?"
    r"{small}_\{{?\s*([a-z])\s*\}}?\s*(?:\\right\s*)?\]"
)
#: An entry with two one-character indices: ``w_{j1}``, ``w_{ji}`` (groups 1, 2).
_ENTRY = r"{small}_\{{\s*([a-z0-9])\s*,?\s*([a-z0-9])\s*\}}"


def disagreement(letter: str, text: str) -> str | None:
    """Why ``letter``'s shape as the page (``text``) writes it out cannot be the one a product with a row the page
    writes out needs, or None where nothing written out disagrees."""
    small = letter.lower()
    written = next((m for m in _MATRIX.finditer(text) if m.group(1) == letter), None)
    if written is None:
        return None
    line = text.count("\n", 0, written.start()) + 1
    rows = [row for row in re.split(r"\\\\", written.group(2)) if row.strip()]
    last = re.findall(_ENTRY.format(small=small), rows[-1]) if rows else []
    if not last:
        return None
    down, across = last[0][0], last[-1][1]  # w_{j1} … w_{ji}: rows to j, columns to i
    for product in re.finditer(rf"(?<![A-Za-z\\])([A-Z])\s*{letter}(?![A-Za-z])", text):
        before = product.group(1)
        row = re.search(_ROW.format(big=before, small=before.lower()), text)
        if row is None or row.group(1) == down:
            continue
        count = row.group(1)
        return (
            f"as the page writes {letter} out (line {line}), it has rows to {down} and columns to {across}, "
            f"where {before}{letter}, {before} a row of {count} entries ({before.lower()}_1 to "
            f"{before.lower()}_{count}), needs {count} rows: {SHAPES_CLASH} {down} = {count}"
        )
    return None


__all__ = ["SHAPES_CLASH", "disagreement"]
