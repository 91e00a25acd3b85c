"""What to say of a token left over where a formula should end, or of a command that starts nothing: most are only
named (``unexpected ')'``); a prime after what is no function (``e_j'``, "Here I use $e_j'$ to denote derivative of
$e_j$ w.r.t. $x_i$") says what derive reads a prime on and how to write the derivative, its variable named; a
second ``\\dots`` in one written-out sum, how to write the term it sets apart."""

from __future__ import annotations

from derive.read.latex_lexer import Token
from derive.read.written_out import DOTS_TERMS


def unexpected(token: Token) -> str:
    """The message for ``token`` left over after a formula."""
    if token.kind == "'":
        return (
            "a prime (') after what is no function: derive reads a prime only on a function (\\sigma'(z), f'(x)); "
            "the derivative of anything else names its variable: write \\frac{\\partial …}{\\partial x_i}"
        )
    return f"unexpected '{token.describe()}'"


def unsupported(token: Token, after_sign: bool) -> str:
    """The message for a command that starts no factor: a second ``\\dots`` in one sum written out, after a sign (the
    term set apart between two, ``p_i y_1 + \\dots + (p_i - y_i) + \\dots + p_i y_n``), says how to write it."""
    if token.value in DOTS_TERMS and after_sign:
        return (
            f"a second \\{token.value} in one sum written out (a term set apart between two): derive reads one per "
            "sum; write the term apart and the rest as a sum, as in \\sum_{j \\neq i} … + …"
        )
    return f"the construct \\{token.value} is not supported here"


__all__ = ["unexpected", "unsupported"]
