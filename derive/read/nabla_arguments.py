"""``\\nabla E(\\hat{w}_1)``: ∇ before a name applied to one entry (or an accented name), as a page writes ∂E/∂ŵ₁.

``derive.read.latex_calculus`` reads ∇J(w) by the one letter argument (∇_w J). An argument that is one name with an
accent or a subscript (``\\hat{w}_1``, ``w_{1,1}``) is what ∇ differentiates by too. Where E is a value (defined
without parameters), ∇E(ŵ₁) can only be ∂E/∂ŵ₁ (∇ names no other variable); where E is defined of a whole vector w
and the argument is one of w's entries, it is that entry of E's gradient, ∂E(w)/∂w_1. A function of numbers applied
so is read as ∇J(a) is, its derivative at the argument; a function of vectors applied to anything but an entry of
them is refused as before (defined at its own arguments only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import Expr, Indexed

from derive.model.notation import expand_definitions
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.shapes import Shaped
from derive.read.unread_names import needs_unread

if TYPE_CHECKING:
    from derive.read.latex_calculus import CalculusParser

#: Accents that make a letter a name of its own: ``\\hat{w}``.
_ACCENTS = frozenset({"hat", "widehat", "tilde", "widetilde", "bar", "overline"})


def _accented(inside: list[Token]) -> int:
    """The length of an accented letter at the start of ``inside`` (``\\hat{w}``, ``\\hat w``), or of a letter; 0."""
    kinds = [(t.kind, t.value if t.kind == "command" else "") for t in inside[:4]]
    if kinds[:1] == [("letter", "")]:
        return 1
    if not kinds or kinds[0][0] != "command" or kinds[0][1] not in _ACCENTS:
        return 0
    if [k for k, _ in kinds[1:4]] == ["{", "letter", "}"]:
        return 4
    return 2 if kinds[1:2] == [("letter", "")] else 0


def _subscript(rest: list[Token]) -> bool:
    """Whether ``rest`` is one subscript of numbers and letters: ``_1``, ``_{1,1}``, ``_A``."""
    if len(rest) == 2:
        return rest[0].kind == "_" and rest[1].kind in ("letter", "number")
    plain = all(t.kind in ("letter", "number", ",") for t in rest[2:-1])
    return len(rest) > 3 and rest[0].kind == "_" and rest[1].kind == "{" and rest[-1].kind == "}" and plain


def applied_entry(tokens: list[Token], position: int) -> list[Token] | None:
    """The argument's tokens where ∇ at ``position`` stands before a letter applied to one accented or subscripted
    name, ``E(\\hat{w}_1)``; None otherwise (the one letter argument is ``_applied_to``'s)."""
    ahead = [t for t in tokens[position : position + 14] if t.value not in ("left", "right")]
    if len(ahead) < 4 or ahead[0].kind != "letter" or ahead[1].kind != "(":
        return None
    close = next((k for k, t in enumerate(ahead) if t.kind == ")"), None)
    if close is None:
        return None
    inside = ahead[2:close]
    name = _accented(inside)
    if not name or (name == len(inside) and name == 1):
        return None
    return inside if name == len(inside) or _subscript(inside[name:]) else None


def gradient_entry(parser: CalculusParser, inside: list[Token]) -> Expr | None:
    """∂E/∂(the argument) for ∇ at the parser's position before ``E(inside)``, E a value or a function of whole
    vectors with the argument an entry of one, the parser moved past the ')'; None where it reads otherwise."""
    token = parser.tokens[parser.position]
    function = parser.names.functions.get(token.value)
    if function is not None and not function.vectors:
        return None  # E(x) of a number: ∇E(â) its derivative at â, as the operator reads it
    variable = parser.variable(inside)
    if isinstance(variable, Shaped):
        return None
    if function is not None:
        entries = {vector.entry.base for vector in function.vectors if isinstance(vector, Shaped)}
        bases = {e.base for e in entries if isinstance(e, Indexed)} | entries
        if not (isinstance(variable, Indexed) and variable.base in bases):
            return None
        value = function.body
    elif token.value in parser.names.unread:  # E(w) = … refused above: the cause to fix, not "unknown symbol E"
        shown = "".join(t.describe() for t in inside)
        raise parser.error(needs_unread(f"\\nabla {token.value}({shown})", [token.value]))
    else:
        top = parser.sub([token])
        top.whole_numerator = True  # type: ignore[attr-defined]
        value = top.parse()
    parser.position = next(k for k in range(parser.position, len(parser.tokens)) if parser.tokens[k].kind == ")") + 1
    defined = parser.names.defined
    written = expand_definitions(value, defined.definitions) if defined is not None else value
    if not written.has(variable):  # E = t^2 beside ∇E(â): E written without â, 0; or E a function of t, E'(â)?
        shown = "".join(t.describe() for t in inside)
        raise ambiguous(token, f"\\nabla {token.value}({shown}) of what is written without {shown}",
                        f"∂{token.value}/∂{shown}, which is 0", f"{token.value} a function applied at {shown}, "
                        f"defined as {token.value}(x): … (then write \\nabla_{{{shown}}})")  # fmt: skip
    return parser.gradient(value, variable)
