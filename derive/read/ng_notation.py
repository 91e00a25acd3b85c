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


def ng_named(head: str, body: str) -> bool:
    """Whether a page names Ng's derivative itself, ``dw = \\frac{\\partial L}{\\partial w}``: then dw is that word,
    read where its letters stand together (as the front matter's ``define: {dw: …}`` is)."""
    variable = re.fullmatch(r"\s*d\s*([A-Za-z])\s*", head)
    fraction = (
        r"\s*\\frac\s*\{\s*\\partial\s*(?:\\mathcal\s*\{\s*)?[A-Za-z]\s*\}?\s*\}\s*\{\s*\\partial\s*([A-Za-z])\s*\}\s*"
    )
    written = re.fullmatch(fraction, body)
    return variable is not None and written is not None and variable.group(1) == written.group(1)


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
    raise InputError(
        f"line {after.line}: d{shown} can be read two ways: the product d \\cdot {shown}, or a name for the "
        f"derivative of the loss by {shown}, as Andrew Ng writes d{shown} (write \\frac{{\\partial L}}{{\\partial "
        f"{shown}}} with the loss L defined, or declare d under scalars for the product)"
    )


__all__ = ["ng_head", "ng_named", "refuse_ng_derivative"]
