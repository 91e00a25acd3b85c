"""Plain text laid out for a reader: long expressions broken at operators with a hanging indent, prose wrapped
at words, matrices as aligned grids. Lines never end in spaces. Only strings and the plain printer: no rich."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from sympy import Basic, MatrixBase, S, preorder_traversal
from sympy.matrices.expressions import MatAdd, MatMul

from derive.printers.plain import PlainPrinter, plain

#: The text of one expression: its lines (one, or a grid's rows), all of one width.
Block = list[str]


def wrap(text: str, width: int | None, first: str = "", rest: str | None = None) -> list[str]:
    """Prose ``text`` after ``first``, wrapped at words to ``width`` (not at all for None); continuation lines
    start with ``rest`` (as many spaces as ``first`` by default)."""
    rest = " " * len(first) if rest is None else rest
    if width is None:
        return [(first + text).rstrip()]
    lines = textwrap.wrap(
        text, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )
    return lines or [first.rstrip()]


def _break_points(text: str) -> list[tuple[int, int]]:
    """Where a line may break, as (cost, position): before " + ", " - " and " = ", after "·" and ", "; the cost
    is twice the bracket depth, one more after a "·" (a sum breaks before a product does)."""
    points = []
    depth = 0
    for at, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif text.startswith((" + ", " - ", " = "), at):
            points.append((2 * depth, at + 1))
        elif ch == "·" or text.startswith(", ", at):
            points.append((2 * depth + 1, at + (1 if ch == "·" else 2)))
    return points


def break_expression(text: str, width: int | None, indent: int = 4, first: int | None = None) -> list[str]:
    """A one-line expression in lines of at most ``width`` characters (``first`` for the first line, if given),
    broken at its outermost operators (a sum before its + and −, a product after its ·), continuation lines
    indented by ``indent``; never inside a name. A piece with no operator to break at stays whole."""
    room = width if first is None or width is None else min(first, width)
    if width is None or room is None or len(text) <= room:
        return [text]
    lines: list[str] = []
    rest = text
    while len(rest) > room:
        points = [(cost, at) for cost, at in _break_points(rest) if 0 < at <= room]
        if not points:
            later = [at for _, at in _break_points(rest) if at > 0]
            if not later:
                break
            points = [(0, later[0])]
        late = [(cost, at) for cost, at in points if at >= room // 3] or points  # lines not too short
        cheapest = min(cost for cost, _ in late)
        at = max(at for cost, at in late if cost == cheapest)
        lines.append(rest[:at].rstrip())
        rest = rest[at:].lstrip()
        room = width - indent
    lines.append(rest)
    return [lines[0], *(" " * indent + line for line in lines[1:])]


# Matrices as grids ---------------------------------------------------------------------------------------------

LEFT = {"top": "⎡", "middle": "⎢", "bottom": "⎣", "only": "["}
RIGHT = {"top": "⎤", "middle": "⎥", "bottom": "⎦", "only": "]"}


def _place(row: int, rows: int) -> str:
    if rows == 1:
        return "only"
    return "top" if row == 0 else "bottom" if row == rows - 1 else "middle"


def grid(matrix: MatrixBase, show: Callable[[Basic], str], edge: int | None = None) -> Block:
    """A matrix as rows between tall brackets, each column left-aligned, two spaces between columns; with
    ``edge``, a large matrix shows its first and last ``edge`` rows and columns, ⋮ and … between."""
    shown = PlainPrinter({"matrix_edge": edge})._shown
    rows, columns = shown(matrix.rows), shown(matrix.cols)
    cells = [["⋮" if r is None else "…" if c is None else show(matrix[r, c]) for c in columns] for r in rows]
    widths = [max(len(row[c]) for row in cells) for c in range(len(columns))]
    lines = []
    for at, row in enumerate(cells):
        body = "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(row))
        place = _place(at, len(cells))
        lines.append(f"{LEFT[place]}{body}{RIGHT[place]}")
    if None in rows or None in columns:
        lines[len(lines) // 2] += f"  ({matrix.rows} × {matrix.cols})"
        width = max(len(line) for line in lines)
        lines = [line.ljust(width) for line in lines]
    return lines


def _beside(blocks: list[Block], joints: list[str]) -> Block:
    """Blocks side by side, vertically centred, ``joints[i]`` between block i and i + 1 on the middle row."""
    height = max(len(b) for b in blocks)
    middle = height // 2
    padded = []
    for block in blocks:
        width = max(len(line) for line in block)
        top = middle - len(block) // 2
        lines = [" " * width] * top + [line.ljust(width) for line in block]
        padded.append(lines + [" " * width] * (height - len(lines)))
    out = []
    for row in range(height):
        line = padded[0][row]
        for joint, block in zip(joints, padded[1:], strict=True):
            line += (joint if row == middle else " " * len(joint)) + block[row]
        out.append(line)
    return out


def _bracketed(lines: Block) -> Block:
    """A block in round brackets as tall as it is."""
    if len(lines) == 1:
        return [f"({lines[0]})"]
    left = ["⎛", *["⎜"] * (len(lines) - 2), "⎝"]
    right = ["⎞", *["⎟"] * (len(lines) - 2), "⎠"]
    return [f"{a}{line}{b}" for a, line, b in zip(left, lines, right, strict=True)]


def _signed(term: Basic) -> tuple[bool, Basic, list[Basic]]:
    """A matrix term as (negative, |coefficient|, factors), read off its arguments: never multiplied out."""
    if isinstance(term, MatMul):
        coefficient, _ = term.as_coeff_mmul()
        factors = [a for a in term.args if not a.is_number]
        negative = bool(coefficient.is_number and coefficient.is_extended_negative)
        return negative, abs(coefficient) if negative else coefficient, factors
    return False, S.One, [term]


def _has_grid(expr: Basic) -> bool:
    return any(isinstance(part, MatrixBase) for part in preorder_traversal(expr))


def block(expr: Basic, edge: int | None = None) -> Block:
    """``expr`` as lines: a matrix (and a sum or product of matrices) as grids side by side, else one line."""
    if isinstance(expr, MatrixBase):
        return grid(expr, plain, edge)
    if isinstance(expr, MatAdd) and _has_grid(expr):
        parts, joints = [], []
        for at, term in enumerate(expr.args):
            negative, coefficient, factors = _signed(term)
            parts.append(_product(coefficient, factors, edge, sign="-" if negative and not at else ""))
            if at:
                joints.append(" - " if negative else " + ")
        return _beside(parts, joints)
    if isinstance(expr, MatMul) and _has_grid(expr):
        negative, coefficient, factors = _signed(expr)
        return _product(coefficient, factors, edge, sign="-" if negative else "")
    return [plain(expr, edge)]


def _product(coefficient: Basic, factors: list[Basic], edge: int | None, sign: str) -> Block:
    blocks = [_bracketed(block(f, edge)) if isinstance(f, MatAdd) else block(f, edge) for f in factors]
    if coefficient != 1:
        blocks.insert(0, [plain(coefficient)])
    body = _beside(blocks, ["·"] * (len(blocks) - 1)) if len(blocks) > 1 else blocks[0]
    return _beside([[sign], body], [""]) if sign else body


__all__ = ["Block", "block", "break_expression", "grid", "wrap"]
