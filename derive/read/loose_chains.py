"""An inline chain of definitions whose rest defines nothing (``Let $u = a = b = c + 1$``, ``\\hat{y} = a = wx + b``
beside a display ``a = 2``): whether its first name can be defined as the chain's first side, or why not."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from derive.errors import InputError
from derive.read.definition_heads import head_name
from derive.read.definition_sides import Sides, split_definition
from derive.read.find import Display
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.macros import Macros

if TYPE_CHECKING:
    from derive.read.page_definitions import PageDefinition


def loose_chain(
    sides: Sides,
    usage: Usage,
    inline: list[Display],
    later: list[Display],
    before: list[PageDefinition],
    macros: Macros,
) -> str | None:
    """Why an inline chain ``L = A = B`` whose rest is no definition cannot define L as A, or None: A names a letter
    the page defines elsewhere (``a = 2`` below ``\\hat{y} = a = wx + b``: the chain says a = wx + b) or that no
    display writes (``u = a = b = c + 1``: a stands for what the chain gives it), so that A = B, which no one checks,
    is what gives L its value."""
    used = Usage()
    try:
        scan(tokenize(sides.body, sides.line), used)
    except InputError:
        return None
    letters = {*used.alone, *used.vectors, *used.arrays, *used.lettered}
    heads = {d.name for d in before}
    for display in later:
        other = split_definition(display, macros)
        if other is not None:
            heads.add(head_name(other.head))
    elsewhere = Usage()  # the page's other formulas: its displays (``usage``) and its other inline ones
    for formula in inline:
        with contextlib.suppress(InputError):
            scan(tokenize(formula.text, formula.line), elsewhere)
    seen = {*usage.alone, *usage.vectors, *usage.arrays, *usage.lettered, *usage.applied, *usage.indices}
    seen |= {*elsewhere.alone, *elsewhere.vectors, *elsewhere.arrays, *elsewhere.lettered, *elsewhere.applied}
    with contextlib.suppress(InputError):  # y_i = \text{softmax}(x)_i = …: i is the head's parameter
        letters -= {t.value for t in tokenize(sides.head, sides.line) if t.kind == "letter"}
    loose = sorted(name for name in letters - set(used.indices) if name in heads or name not in seen)
    if not loose:
        return None
    return (
        f"it is written equal to {sides.body.strip()}, whose {', '.join(loose)} the chain's other links give a value "
        "derive does not read: the name reads as either side"
    )


__all__ = ["loose_chain"]
