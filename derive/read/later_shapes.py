"""A vector whose shape the prose states in a later section (lecture notes' "Let $\\mathbf{z} \\in \\mathbb{R}^K$ be
the logits" under "## Softmax"), written plain in a section above it: there z may be a number of that section's own
(the tanh section's (e^z + e^{-z})^2 - (e^z - e^{-z})^2 = … = 4). Read as the K-vector, that link was refuted by
its shapes, K×1 against the number 4. A link above the statement's section whose sides differ in shape and that
writes the name plain and whole reads two ways, and is refused, naming both; one whose sides agree in shape holds
or fails alike of the vector, entry by entry, and of a number, and is checked."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import tokenize
from derive.read.names import Names, display_name

#: Fonts that make a letter the bold vector: ``\\mathbf{z}`` is the stated vector, wherever it stands.
_BOLD = frozenset({"mathbf", "boldsymbol", "bm", "vec"})


def _plain(side: str, name: str, line: int) -> bool:
    """Whether ``side`` writes ``name`` (z, or theta for \\theta) plain and whole: not bold, not with a subscript."""
    try:
        tokens = tokenize(side, line)
    except InputError:
        return False
    for at, token in enumerate(tokens):
        if token.kind not in ("letter", "command") or token.value != name:
            continue
        bold = at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].value in _BOLD
        bold = bold or (at >= 1 and tokens[at - 1].kind == "command" and tokens[at - 1].value in _BOLD)
        if not bold and not (at + 1 < len(tokens) and tokens[at + 1].kind == "_"):
            return True
    return False


def refuse_later_shapes(sides_latex: list[str], shapes: list[str], names: Names, line: int) -> None:
    """Refuse a link at ``line``, its sides of different ``shapes``, that writes plain and whole a name whose shape
    the prose states only in a section below (``names.shape_sections``)."""
    for k in range(1, len(shapes)):
        if shapes[k - 1] == shapes[k]:
            continue
        for name, (start, stated) in sorted(names.shape_sections.items()):
            if line < start and any(_plain(side, name, line) for side in sides_latex[k - 1 : k + 1]):
                shown = display_name(name)
                raise InputError(
                    f"line {line}: {shown} here, above the section (line {start}) whose prose states its shape (line "
                    f"{stated}), can be read two ways: the vector stated there, so that the sides have different "
                    f"shapes ({shapes[k - 1]} and {shapes[k]}), or a number of this section's own: give one of them a "
                    "letter of its own"
                )


__all__ = ["refuse_later_shapes"]
