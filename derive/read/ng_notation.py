"""Andrew Ng's names for derivatives, ``dz^{[2]} = a^{[2]} - y``, ``dW = dz\\, x^T``: dz stands for ∂L/∂z.

TeX shows ``dz`` as d next to z, which this reader would take as the product d·z of two numbers; Ng's course means
one name, the derivative of the loss by z, whose loss the page leaves unsaid. Both readings are named and the
display is refused: the product would refute a right equation, and a name of its own would leave it unchecked. A
page that declares the name (``define: {dz: …}``) or the letter d keeps its meaning.
"""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.names import GREEK, Names, display_name

#: A page definition's head that writes Ng's derivative name: dz, dW, db^{[2]}, d\theta.
_HEAD = re.compile(r"\s*d\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:\^\s*\{.*\})?\s*", re.S)


def ng_head(head: str) -> bool:
    """Whether a page's ``NAME = …`` names a derivative as Ng writes it (``dz``, ``dW^{[1]}``): no definition."""
    match = _HEAD.fullmatch(head)
    command = re.match(r"\s*d\s*\\([A-Za-z]+)", head)
    return match is not None and (command is None or command.group(1) in GREEK)


def ng_labelled(head: str) -> str | None:
    """The one word a head ``dz^{[L]}``, ``dW^{[l]}``, ``d\\delta^L`` writes, d and a labelled name
    (``derive.read.script_labels``): "dz^{[L]}", read where d and z^{[L]} stand together; else None."""
    from derive.read.script_labels import labelled_name  # it imports the lexer, which imports the names

    match = re.fullmatch(r"\s*d([A-Za-z\\].*)", head, re.S)
    name = labelled_name(match.group(1)) if match is not None else None
    return None if name is None else "d" + name


def ng_named(head: str, body: str) -> bool:
    """Whether a page names Ng's derivative itself, ``dw = \\frac{\\partial L}{\\partial w}`` (also
    ``dz^{[L]} = \\frac{\\partial \\mathcal{L}}{\\partial z^{[L]}}``): then dw is that word, read where its
    letters stand together (as the front matter's ``define: {dw: …}`` is)."""
    variable = re.fullmatch(r"\s*d\s*([A-Za-z])\s*", head)
    by = variable.group(1) if variable is not None else None
    if by is None and ng_labelled(head) is not None:
        by = head.strip()[1:]
    fraction = r"\s*\\frac\s*\{\s*\\partial\s*(?:\\mathcal\s*\{\s*)?[A-Za-z]\s*\}?\s*\}\s*\{\s*\\partial\s*(.+)\}\s*"
    written = re.fullmatch(fraction, body, re.S)
    return by is not None and written is not None and re.sub(r"\s", "", written.group(1)) == re.sub(r"\s", "", by)


def ng_written(tokens: list[Token], at: int) -> bool:
    """Whether the letter d at ``at`` opens Ng's name of a derivative, a name right after it with no space (``db``,
    ``d\\theta``): the head of ``db = …`` is then no definition of a letter d."""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    d = tokens[at].kind == "letter" and tokens[at].value == "d"
    named = after is not None and (after.kind == "letter" or (after.kind == "command" and after.value in GREEK))
    return d and named and after is not None and after.gap == ""


def leibniz_ds(tokens: list[Token]) -> set[tuple[int, int]]:
    """Where (line, start) each d of Leibniz's notation stands, ``\\frac{dw}{dx}``, ``\\frac{d}{dw^{[L]}}``: the
    first token of a fraction's two groups where the lower one opens with the letter d. There d is the differential,
    never the first letter of Ng's name dw, even on a page that names dw."""
    from derive.read.cursor import argument_end  # it reads the lexer's tokens

    found: set[tuple[int, int]] = set()
    for at, token in enumerate(tokens):
        if token.kind != "command" or token.value not in ("frac", "dfrac", "tfrac"):
            continue
        upper = argument_end(tokens, at + 1)
        lower = argument_end(tokens, upper) if upper is not None else None
        if upper is None or lower is None or tokens[upper].kind != "{" or tokens[at + 1].kind != "{":
            continue
        for first in (tokens[at + 2], tokens[upper + 1]):
            if first.kind == "letter" and first.value == "d" and tokens[upper + 1].value == "d":
                found.add((first.line, first.start))
    return found


def refuse_ng_derivative(names: Names, tokens: list[Token], at: int) -> None:
    """At the letter d (``at``, just past it): refused where a name follows it with no space, d being no name the
    front matter declares."""
    if at >= len(tokens):
        return
    after = tokens[at]
    name = after.kind == "letter" or (after.kind == "command" and after.value in GREEK)
    tables = (names.vectors, names.arrays, names.indices, names.scalars, names.defined_scalars, names.sizes)
    declared = "d" not in names.undeclared and any("d" in table for table in tables)
    if not name or after.gap != "" or declared:
        return
    shown = display_name(after.value)
    if f"d{after.value}" in names.unread:  # dz^{[L]} = \frac{\partial \mathcal{L}}{…} above, 𝓛 unread: no guess
        raise InputError(
            f"line {after.line}: d{shown}, which the page defines as a derivative of its loss, is not read here: "
            "that definition could not be read"
        )
    raise InputError(
        f"line {after.line}: d{shown} can be read two ways: the product d \\cdot {shown}, or a name for the "
        f"derivative of the loss by {shown}, as Andrew Ng writes d{shown} (write \\frac{{\\partial L}}{{\\partial "
        f"{shown}}} with the loss L defined, or declare d under scalars for the product)"
    )


__all__ = ["leibniz_ds", "ng_head", "ng_labelled", "ng_named", "ng_written", "refuse_ng_derivative"]
