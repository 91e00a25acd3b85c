"""A value of one whole vector applied to a list written out with dots, as Wikipedia writes the log-sum-exp trick:
``\\mathrm{LSE}(\\log(x_1), \\dots, \\log(x_n)) = \\log(x_1 + \\dots + x_n)`` after ``\\mathrm{LSE}(x_1, \\dots, x_n) =
\\log(\\exp(x_1) + \\cdots + \\exp(x_n))``.

The list's entries are a pattern of the last one, f(n), at 1 (and 2), n the length of the vector the value is of:
the value with each entry x_j of that vector replaced by f(j), its own sums' indices renamed apart. Read so only
where the value is made of one vector and of no other defined name (else a name it is made of would keep the
vector's own entries); a list that is no such pattern is refused, as a list that names another quantity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import Basic, Expr, Indexed, Symbol

from derive.errors import InputError
from derive.model.notation import rename_bound_apart
from derive.read.latex_lexer import Token
from derive.read.names import display_name
from derive.read.written_out import DOTS_TERMS, at_index

if TYPE_CHECKING:
    from derive.read.latex_names import NameParser


def _own_vector(parser: NameParser, name: str) -> tuple[Expr, str] | None:
    """The body of the value ``name`` and the one vector it is made of, where it is made of no defined name."""
    defined = parser.names.defined
    if defined is None:
        return None
    bodies = [d.body for d in defined.definitions if str(getattr(d.name, "label", d.name)) == name]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    known = {str(getattr(d.name, "label", d.name)) for d in defined.definitions}
    bases = {str(e.base.label) for e in body.atoms(Indexed)}
    if len(bases) != 1 or known & ({str(s) for s in body.free_symbols} | bases):
        return None
    (vector,) = bases
    return (body, vector) if vector in parser.names.vectors else None


def _listed(parser: NameParser) -> tuple[list[Expr], Expr] | None:
    """``(a_1, [a_2,] \\dots, a_m)`` at the parser's position: the entries before the dots and the last one,
    consumed; None (nothing consumed) where the parentheses hold no such list."""
    start = parser.position
    left = parser.at("command", "left")
    if left:
        parser.next()
    parser.expect("(")
    before = [parser.expr()]
    while parser.at(",") and len(before) <= 2:
        parser.next()
        if _at_dots(parser):
            parser.next()
            parser.expect(",")
            break
        before.append(parser.expr())
    else:
        parser.position = start
        return None
    last = parser.expr()
    if left:
        parser.expect("command", "right")
    parser.expect(")")
    return before, last


def applied_to_list(parser: NameParser, name: str, token: Token) -> Expr | None:
    """``name(f(1), \\dots, f(n))`` for a value ``name`` of one whole vector x: its body with each x_j read as
    f(j); None where the parentheses hold no list written with dots."""
    own = _own_vector(parser, name)
    if own is None or not _has_dots(parser):
        return None
    body, vector = own
    listed = _listed(parser)
    if listed is None:
        return None
    before, last = listed
    length = parser.names.shapes.get(vector, (parser.names.n,))[0]
    shown = display_name(name)
    if not isinstance(length, Symbol) or at_index(last, length, Symbol("m_")) == last:
        raise InputError(
            f"line {token.line}: {shown}(…, \\dots, …): its last entry must be written at the length "
            f"{length} of {display_name(vector)}, as in {shown}(a_1, \\dots, a_{length})"
        )
    if any(at_index(last, length, k) != entry for k, entry in enumerate(before, start=1)):
        raise InputError(
            f"line {token.line}: {shown}(…, \\dots, …): the entries before the dots are not the last one's pattern "
            "at 1, 2; write the list as its pattern"
        )
    free = last.free_symbols - {length}
    body = rename_bound_apart(body, free)

    def entry(found: Basic) -> Basic:
        assert isinstance(found, Indexed)
        return at_index(last, length, found.indices[0])

    return body.replace(lambda e: isinstance(e, Indexed) and str(e.base.label) == vector, entry)


def _at_dots(parser: NameParser) -> bool:
    """Whether the token at hand is dots: ``\\dots``, ``\\cdots``, ``\\ldots``."""
    token = parser.peek()
    return token is not None and token.kind == "command" and token.value in DOTS_TERMS


def _has_dots(parser: NameParser) -> bool:
    """Whether the parentheses that follow hold dots at their own level."""
    level = 0
    for item in parser.tokens[parser.position :]:
        level += {"(": 1, ")": -1}.get(item.kind, 0)
        if level == 1 and item.kind == "command" and item.value in DOTS_TERMS:
            return True
        if level == 0 and item.kind == ")":
            return False
    return False
