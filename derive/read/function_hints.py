"""The refusal of a name applied that nothing declares, ``J(\\theta)``, ``h_\\theta(x)``, ``\\sigma(x)``: both
readings, each with the front matter that says it, written as the page writes the name."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.stated_sigmoid import SIGMOID


def undeclared_applied(token: Token, shown: str, subscript: list[Token] | None) -> InputError:
    """``f(…)`` with f undeclared: a function applied (``define: f(x): …``; ``h_\\theta(x): …`` keeps its subscript,
    a hypothesis parametrized by θ), or a product; for σ, the front matter of the logistic sigmoid, never assumed."""
    script = "".join(t.describe() for t in subscript or [])
    head = shown + (f"_{script}" if len(subscript or []) == 1 else f"_{{{script}}}" if script else "")
    hint = f" (if σ is the sigmoid, the front matter define: \\sigma(x): {SIGMOID})" if shown == "\\sigma" else ""
    return ambiguous(
        token,
        f"{head}(…) with {shown} undeclared",
        f"a function applied, declared under define as {head}(x): …{hint}",
        f"a product, with {head} declared under scalars or define",
    )
