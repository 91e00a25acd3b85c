"""What to say of a token left over where a formula should end: most are only named (``unexpected ')'``); a prime
after what is no function (``e_j'``, "Here I use $e_j'$ to denote derivative of $e_j$ w.r.t. $x_i$") says what
derive reads a prime on and how to write the derivative, its variable named."""

from __future__ import annotations

from derive.read.latex_lexer import Token


def unexpected(token: Token) -> str:
    """The message for ``token`` left over after a formula."""
    if token.kind == "'":
        return (
            "a prime (') after what is no function: derive reads a prime only on a function (\\sigma'(z), f'(x)); "
            "the derivative of anything else names its variable: write \\frac{\\partial …}{\\partial x_i}"
        )
    return f"unexpected '{token.describe()}'"


__all__ = ["unexpected"]
