"""Rows of weight and data matrices as CS231n writes them: ``w_j^T x_i``, ``\\nabla_{w_{y_i}} L_i``.

A letter with one index written transposed (``w_j^T``, ``w_{y_i}^\\top``) and the one multiplied after it
(``x_i`` in ``w_j^T x_i``) are rows of arrays, whole vectors (``\\nabla_{w_j}`` is then a gradient by a row),
so ``w_j^T x_i`` is an inner product over a feature index of its own (D, a letter of derive's own). The array whose
rows a sum runs over (``\\sum_{j \\neq y_i}``) has the page's length of rows; each other its own
count (N). Read so only where every use of the letter carries one index (never whole, never two), the front
matter declares nothing of it, no sum names its bound, no transposed row is multiplied by a whole vector, and T
is no name of the page: else the page stays refused, as today. ``\\nabla_{w_j}`` alone (w never transposed)
reads two ways, ∂L/∂w_j of a vector w or a gradient by a row, and makes no row.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize

#: The transpose marks: ^T, ^\top, ^\intercal, braced or not.
_MARKS = frozenset({"T", "top", "intercal"})
#: Letters for the features' count and the other rows' counts, the first ones the page does not use.
_SIZES = "DNMKPQ"


@dataclass(frozen=True)
class TransposedRows:
    """The arrays a page writes by rows transposed, each with its rows' count, and the features' count D."""

    arrays: tuple[tuple[str, str], ...] = ()  #: each array's name and its rows' count
    letters: tuple[str, ...] = ()  #: the index each array's rows are written with (j of w_j)
    features: str | None = None
    line: int = 0

    def names(self) -> set[str]:
        return {name for name, _ in self.arrays}

    def describe(self) -> str:
        """For the report: how the rows were read."""
        shown = ", ".join(
            f"{name}_{i} row {i} of the array {name} ({rows} × {self.features})"
            for (name, rows), i in zip(self.arrays, self.letters, strict=True)
        )
        return (
            f"line {self.line}: a letter with one index written transposed, and the one multiplied after it "
            f"(w_j^T x_i), is a row of an array, a whole vector: {shown}; {self.features} the features' count "
            "(a letter of derive's own)"
        )


def _argument_end(tokens: list[Token], at: int) -> int:
    """The position past the script argument at ``at`` (one token, or a braced group)."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return at + 1
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return end + 1
    return len(tokens)


def _one_index(tokens: list[Token], at: int, end: int) -> set[str] | None:
    """The letters of a subscript argument ``tokens[at:end]`` holding one index (``j``, ``{j}``, ``{y_i}``)."""
    inner = [t for t in tokens[at:end] if t.kind not in ("{", "}")]
    kinds = [t.kind for t in inner]
    if kinds == ["letter"] and len(inner[0].value) == 1:
        return {inner[0].value}
    if kinds == ["letter", "_", "letter"] and all(len(t.value) == 1 for t in inner[::2]):
        return {inner[0].value + "_" + inner[2].value}
    return None


@dataclass
class _Uses:
    """What a scan of the page saw: each letter's row letters, letters seen otherwise, and the rows' reasons."""

    indices: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    other: set[str] = dataclasses.field(default_factory=set)
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    summed: set[str] = dataclasses.field(default_factory=set)
    bounded: bool = False
    letters: set[str] = dataclasses.field(default_factory=set)


def _scan(tokens: list[Token], uses: _Uses) -> None:
    """Each letter standing as a name (not in a script) with what follows it, into ``uses``."""
    at, after_mark = 0, -1
    while at < len(tokens):
        token = tokens[at]
        uses.letters |= {token.value} if token.kind == "letter" else set()
        if token.kind == "command" and token.value == "sum" and at + 1 < len(tokens) and tokens[at + 1].kind == "_":
            end = _argument_end(tokens, at + 2)
            inner = tokens[at + 2 : end]
            uses.summed |= {t.value for t in inner[:2] if t.kind == "letter"}
            uses.bounded |= end < len(tokens) and tokens[end].kind == "^"
            at = end
            continue
        if token.kind in ("_", "^"):
            at = _argument_end(tokens, at + 1)
            continue
        if token.kind != "letter" or len(token.value) != 1:
            at += 1
            continue
        name = token.value
        if at + 1 >= len(tokens) or tokens[at + 1].kind != "_":
            uses.other.add(name)
            at += 1
            continue
        end = _argument_end(tokens, at + 2)
        index = _one_index(tokens, at + 2, end)
        if index is None:
            uses.other.add(name)
            at = end
            continue
        uses.indices.setdefault(name, set()).update(index)
        if at == after_mark:  # the vector multiplied after a transposed row: w_j^T x_i
            uses.rows.setdefault(name, token.line)
        if end + 1 < len(tokens) and tokens[end].kind == "^":
            mark_end = _argument_end(tokens, end + 1)
            marks = [t.value for t in tokens[end + 1 : mark_end] if t.kind not in ("{", "}")]
            if marks and marks[0] in _MARKS and len(marks) == 1:
                uses.rows.setdefault(name, token.line)
                after_mark = mark_end
                whole = mark_end < len(tokens) and tokens[mark_end].kind == "letter"
                if whole and (mark_end + 1 >= len(tokens) or tokens[mark_end + 1].kind != "_"):
                    uses.other.add(name)  # θ_k^T x with x whole: x's length is the page's, not D's: not read so
            end = mark_end
        at = end


def find_transposed_rows(front: FrontMatter, found: Found) -> TransposedRows:
    """The page's arrays written by rows transposed (see the module); none where the front matter declares a
    length, a size or an array, or a sum names its bound."""
    if front.length_given or front.n is not None or front.sizes or front.arrays:
        return TransposedRows()
    uses = _Uses()
    texts = [(d.text, d.line) for d in (*found.displays, *found.inline)] + [(v.text, v.line) for _, v in front.define]
    for text, line in texts:
        try:
            _scan(tokenize(text, line), uses)
        except InputError:
            continue
    declared = {e.text.strip() for e in (*front.vectors, *front.scalars, *front.indices)}
    declared |= {key.text.strip().split("_")[0].split("(")[0] for key, _ in front.define}
    names = sorted(n for n in uses.rows if n in uses.indices and n not in uses.other and n not in declared)
    if not names or uses.bounded or "T" in uses.other | set(uses.indices):  # T a name: w_j^T a power?
        return TransposedRows()
    fresh = [c for c in _SIZES if c not in uses.letters and c != front.length]
    features, counts = fresh[0], fresh[1:]
    arrays = []
    for name in names:
        summed = {index for index in uses.indices[name] if "_" not in index} & uses.summed
        arrays.append((name, front.length if summed else counts.pop(0)))
    if [rows for _, rows in arrays].count(front.length) > 1:  # two arrays' rows both over the page's length?
        return TransposedRows()
    letters = tuple(min(uses.indices[name], key=lambda index: (len(index), index)) for name in names)
    line = min(uses.rows[name] for name in names)
    return TransposedRows(tuple(arrays), letters, features, line)


def with_transposed_rows(front: FrontMatter, rows: TransposedRows) -> FrontMatter:
    """The front matter with each array written by rows declared: its rows' count and D sizes of the page."""
    if rows.features is None:
        return front
    sizes = {rows.features, *(count for _, count in rows.arrays)} - {front.length}
    return dataclasses.replace(
        front,
        sizes=(*front.sizes, *((Entry(size, front.line), None) for size in sorted(sizes))),
        arrays=(*front.arrays, *(Entry(name, front.line) for name, _ in rows.arrays)),
        shapes=(*front.shapes, *((Entry(name, front.line), (count, rows.features)) for name, count in rows.arrays)),
    )


__all__ = ["TransposedRows", "find_transposed_rows", "with_transposed_rows"]
