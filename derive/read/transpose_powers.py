"""``θ^T`` where T is also a name of the page (the targets' vector T, a horizon T): the power T of a number the
front matter declares; of a name the text alone made a number (never indexed, never declared) it reads two ways,
θ transposed (θ a vector the front matter should declare) or θ to the power T, and is refused naming both."""

from __future__ import annotations

from sympy import Basic

from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import Names, display_name


def power_of_a_name(base: Basic, names: Names, token: Token | None) -> bool:
    """True (``^T`` is the power T) unless the base is a number read from the text alone: then refused."""
    inferred = {names.scalars[name]: name for name in names.undeclared if name in names.scalars}
    if base not in inferred or token is None:
        return True
    shown = display_name(inferred[base])
    raise ambiguous(
        token,
        f"{shown}^T, with T a name of the page,",
        f"{shown} transposed (a vector: declare it under vectors or arrays)",
        f"{shown} to the power T (declare {shown} under scalars)",
    )


__all__ = ["power_of_a_name"]
