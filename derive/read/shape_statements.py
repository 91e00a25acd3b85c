"""A shape stated in a formula, ``\\mathbf{x}, \\mathbf{y} \\in \\mathbb{R}^{d}`` or ``W \\in
\\mathbb{R}^{h \\times d}``: its names and the lengths of their slots. ``derive.read.inline_shapes`` takes them as
the page's shapes; a lead ("Given input $\\mathbf{x} \\in \\mathbb{R}^{N \\times D}$, …") that states only
shapes, or vectors as the lists of their entries ("Given $\\mathbf{p} = [p_1, \\ldots, p_n]$"), states no assumption."""

from __future__ import annotations

import re

BOLD = r"\\(?:mathbf|boldsymbol|bm)"
#: One name: a letter, perhaps bold, perhaps with a layer's label, ``\mathbf{W}^{(1)}`` (also ``{\mathbf{W}^{(1)}}``).
_NAME = re.compile(
    rf"^\{{?\s*(?:{BOLD}\s*\{{\s*([A-Za-z])\s*\}}|{BOLD}\s+([A-Za-z])|([A-Za-z]))"
    r"(?:\s*\^\s*\{\s*\(\s*(\d)\s*\)\s*\})?\s*\}?$"
)
_SHAPE = re.compile(r"^(?P<names>.+?)\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*\^\s*(?P<dims>\{[^{}]*\}|[A-Za-z])\s*[.,]?\s*$")


def shape_statement(math: str) -> tuple[list[str], tuple[str, ...]] | None:
    """The names and the slots' lengths ``math`` states, ``\\mathbf{x}, \\mathbf{y} \\in \\mathbb{R}^{d}``, or None."""
    match = _SHAPE.match(math.strip())
    if match is None:
        return None
    dims = tuple(part.strip() for part in match.group("dims").strip("{}").split("\\times"))
    if dims[1:] == ("1",):  # \mathbb{R}^{d \times 1}: a column, a vector of d
        dims = dims[:1]
    if not 1 <= len(dims) <= 2 or not all(re.fullmatch(r"[A-Za-z]", d) for d in dims):
        return None
    names = []
    for written in match.group("names").split(","):
        name = _NAME.match(written.strip())
        if name is None:
            return None
        letter = name.group(1) or name.group(2) or name.group(3)
        names.append(f"{letter}_{name.group(4)}" if name.group(4) else letter)
    return names, dims


def lists_entries(flat: str) -> bool:
    """Whether a formula (spaces removed) writes a vector as the list of its own entries, ``\\mathbf{p}=[p_1,p_2,
    \\ldots,p_n]``: what the letter stands for, no assumption."""
    head, _, rest = flat.partition("=")
    letter = re.sub(r"\\(?:mathbf|bf|boldsymbol|bm|vec)|[{}]", "", head)
    if not re.fullmatch(r"[A-Za-z]", letter) or "=" in rest:
        return False
    inner = re.sub(r"\\(?:left|right)|\^(?:T|\{T\}|\\top|\{\\top\})$", "", rest)
    if not re.fullmatch(r"[\[(].*[\])]", inner):
        return False
    items = [item for item in inner[1:-1].split(",") if not re.fullmatch(r"\\[lc]?dots", item)]
    return len(items) >= 2 and all(re.fullmatch(rf"{letter}_\{{?\w+\}}?", item) for item in items)


__all__ = ["BOLD", "lists_entries", "shape_statement"]
