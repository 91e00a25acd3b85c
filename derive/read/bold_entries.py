"""A bold letter with one index, ``\\mathbf{x}_i``, that derive read as an entry of the vector x (a number) in a link
whose sides then have different shapes. ML books write the i-th example's vector so (Murphy's g = Σ_i (μ_i − y_i)
\\mathbf{x}_i): read as an entry, that correct link was refuted by its shapes. Such a link reads two ways, and is
refused, naming both: an entry, so the shapes differ, or the i-th vector, so they may agree."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.names import Names

#: A bold lower-case letter (or Greek letter) with a subscript, as written.
_BOLD_INDEXED = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[a-z]+)\s*\}\s*_")


def refuse_bold_entries(sides_latex: list[str], shapes: list[str], names: Names, line: int) -> None:
    """Refuse a chain in which two adjacent sides differ in shape while one writes a bold letter with an index
    that was read as a vector's entry."""
    for k in range(1, len(shapes)):
        if shapes[k - 1] == shapes[k]:
            continue
        for text in (sides_latex[k - 1], sides_latex[k]):
            for match in _BOLD_INDEXED.finditer(text):
                letter = match.group(1).lstrip("\\")
                if letter in names.vectors or letter in names.defined_vectors:
                    shown = match.group(0).rstrip("_ ")
                    raise InputError(
                        f"line {line}: {shown}_… can be read two ways: an entry of the vector {letter}, a number, so "
                        f"that the sides have different shapes ({shapes[k - 1]} and {shapes[k]}), or the vector "
                        "numbered so, one of several, which derive does not read so here"
                    )


__all__ = ["refuse_bold_entries"]
