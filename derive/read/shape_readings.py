"""Links whose sides differ in shape, one a number, because of how one side was read: each such reading that a
page may mean otherwise is refused, naming both (``bare_vectors``: a vector defined by its entries written bare;
``entry_builders``: a matrix written by its entries, ``(…)_{ij}``; ``later_shapes``: a vector whose shape a
later section states)."""

from __future__ import annotations

from derive.read.bare_vectors import refuse_bare_vectors
from derive.read.complex_letters import refuse_complex
from derive.read.entry_builders import refuse_built_beside_numbers
from derive.read.later_shapes import refuse_later_shapes
from derive.read.names import Names
from derive.read.row_vectors import refuse_row_transposes


def refuse_shape_readings(sides_latex: list[str], shapes: list[str], names: Names, line: int) -> None:
    """Refuse a link of sides of different shapes whose difference comes from a reading the page may not mean, and
    one that transposes on a page whose vectors are rows, or writes a letter the page calls complex."""
    refuse_row_transposes(sides_latex, names.row_vectors, line)  # x^T x on a page of row vectors
    refuse_complex(sides_latex, names.complex_letters, line)  # |z|^2 = z^2 with z complex
    refuse_built_beside_numbers(sides_latex, shapes, line)
    refuse_bare_vectors(sides_latex, shapes, names, line)
    refuse_later_shapes(sides_latex, shapes, names, line)  # z of a section above the one that states 𝐳 ∈ ℝ^K


__all__ = ["refuse_shape_readings"]
