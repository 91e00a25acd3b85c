"""Generic functions: σ(z), f(x, y), σ'(z_j) of a function the page never defines, read as an arbitrary one.

A name declared under ``functions: [sigma, f]``, or written with a prime (``\\sigma'(z_j)``: only a function
reads that way), stands for an arbitrary differentiable real function (SymPy's ``Function('sigma', real=True)``).
An identity with it is proven only if it holds for every such function; the checker refutes one by a concrete
function put in its place (``derive.check.generic``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sympy import Derivative, Dummy, Expr, Function, Indexed, Subs
from sympy.core.function import UndefinedFunction

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.vector_functions import of_vector
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import Token
from derive.read.names import Names, display_name
from derive.read.shapes import Shaped

if TYPE_CHECKING:
    from derive.read.latex_names import NameParser

#: What a generic function is: real-valued (its derivatives then real too, where they exist).
ASSUMPTIONS = {"real": True}
#: The letters texts write an activation with, applied entry by entry to a computed vector (σ(W x + b), d2l's φ).
ACTIVATIONS = frozenset({"sigma", "phi", "varphi"})
#: At most this many primes (σ''' is the most derivations write).
MAX_ORDER = 3


#: Signs an assumption may give a generic function, ``g(x) > 0``, and the SymPy assumption each is.
SIGNS = {">": "positive", "gt": "positive", "ge": "nonnegative", "geq": "nonnegative", "<": "negative",
         "lt": "negative", "le": "nonpositive", "leq": "nonpositive"}  # fmt: skip
_SIGN = re.compile(r"\s*\\?([A-Za-z]+)\s*\(\s*([A-Za-z])\s*\)\s*(>|<|\\(?:gt|ge|geq|lt|le|leq)\b)\s*0\s*")


def generic(name: str, facts: dict[str, bool] | None = None) -> UndefinedFunction:
    """The arbitrary function a name stands for (with its sign, if an assumption gives one): the same object
    wherever the page writes it."""
    return Function(name, **ASSUMPTIONS, **(facts or {}))


def generic_sign(entry: Entry, names: Names) -> Assumption | None:
    """``g(x) > 0`` (also ``\\ge``, ``<``, ``\\le``) for a generic g: its sign for every x, given to the function
    itself (the provers use it; the stand-ins the checker puts in its place have it). None for anything else."""
    match = _SIGN.fullmatch(entry.text)
    if match is None or match.group(1) not in names.generic:
        return None
    sign = SIGNS[match.group(3).lstrip("\\")]
    if names.generic_facts.get(match.group(1), {sign: True}) != {sign: True}:
        raise InputError(f"line {entry.line}: two signs for {display_name(match.group(1))}: state one")
    names.generic_facts[match.group(1)] = {sign: True}
    return Assumption("domain", f"{entry.text.strip()} for every {match.group(2)}")


def generic_value(name: str, order: int, arguments: list[Expr], facts: dict[str, bool] | None = None) -> Expr:
    """``name`` applied to ``arguments``, differentiated ``order`` times (one argument then), at its point:
    σ'(z_j) is Subs(Derivative(σ(u), u), u, z_j), the form ``derive.model.generic`` gives SymPy's own."""
    function = generic(name, facts)
    if not order:
        return function(*arguments)
    bound = Dummy("u0", real=True)
    return Subs(Derivative(function(bound), (bound, order)), bound, arguments[0])


def parenthesized_arguments(parser: NameParser, left: bool, shown: str, line: int) -> list[Expr]:
    """A function's arguments, ``(a, b)`` (``\\left(`` already taken when ``left``), through the closing ``)``."""
    if not parser.at("("):
        raise InputError(f"line {line}: the function {shown} needs its arguments, as in {shown}(x)")
    return listed(parser, left, (")",))


def listed(parser: NameParser, left: bool, closing: tuple[str, ...]) -> list[Expr]:
    """What a list holds, ``(a, b)`` or ``\\{a, b\\}``, from its opening token (``\\left`` already taken when
    ``left``) through ``closing`` (the token's kind, and value)."""
    parser.next()
    arguments = [parser.expr()]
    while parser.at(","):
        parser.next()
        arguments.append(parser.expr())
    if left:
        parser.expect("command", "right")
    parser.expect(*closing)
    return arguments


def read_generic(parser: NameParser, name: str, line: int) -> Expr:
    """A generic function applied where the page writes it: primes, then its arguments in parentheses."""
    shown = display_name(name)
    order = parser.primes()
    if order > MAX_ORDER:
        raise InputError(f"line {line}: at most {MAX_ORDER} primes on {shown}")
    left = parser.at("command", "left")
    if left:
        parser.next()
    elif not order and not parser.at("(") and name in parser.names.prose_functions:  # f·x beside "function f"
        raise InputError(f"line {line}: {shown} can be read two ways: the function the prose names at line "
                         f"{parser.names.prose_functions[name]}, which is written applied, as {shown}(x), or a "
                         f"number {shown}, declared under scalars")  # fmt: skip
    arguments = parenthesized_arguments(parser, left, shown, line)
    if order and len(arguments) != 1:
        raise InputError(f"line {line}: {shown}' of {len(arguments)} arguments: write \\frac{{\\partial}}{{…}}")
    if parser.at("^"):  # as \\log(x)^2
        raise InputError(
            f"line {line}: {shown}(x)^2 can be read two ways: the power of {shown}(x), written "
            f"\\left({shown}(x)\\right)^2, or {shown} of the power"
        )
    whole = any(isinstance(argument, Shaped) for argument in arguments)
    each = whole and _entrywise(name, order, arguments, parser.names)
    _same_kind(parser.names, name, whole and not each, line)
    if each:  # h = σ(z), σ'(z) of a vector the page computes: σ of each entry, as an activation is applied
        (vector,) = arguments
        assert isinstance(vector, Shaped)
        value = generic_value(name, order, [vector.entry], parser.names.generic_facts.get(name))
        return Shaped(vector.rows, vector.columns, value, vector.axes)
    if whole:
        return _of_whole_vector(parser, name, order, arguments, line)
    return generic_value(name, order, arguments, parser.names.generic_facts.get(name))


def subscripted_function(names: Names, shown: str, name: str, line: int) -> InputError:
    """A generic function written with a subscript, f_1: refused; where only the prose made f a function, the
    entry of a vector f is the other reading, named too."""
    if name not in names.prose_functions:
        return InputError(f"line {line}: the function {shown} takes arguments in parentheses, not a subscript")
    return InputError(f"line {line}: {shown} with a subscript can be read two ways: the function the prose names at "
                      f"line {names.prose_functions[name]}, which takes arguments in parentheses, as {shown}(x), or "
                      f"an entry of a vector {shown}, declared under vectors")  # fmt: skip


def _entrywise(name: str, order: int, arguments: list[Expr], names: Names) -> bool:
    """Whether g of one whole column is g of each entry: σ(z), σ'(z), g'(z) of a column the page computes or
    defines (z = W x + b), as activations are written. A function of all of a column's entries is read only of a
    declared or inferred x (``_of_whole_vector``); of a computed one it is never meant by σ, the activation's
    letters (σ, φ), nor by a prime (a function of a vector has a gradient, not a derivative g'); g(s) stays refused."""
    if len(arguments) != 1 or not isinstance(arguments[0], Shaped) or arguments[0].columns != 1:
        return False
    entry = arguments[0].entry
    declared = isinstance(entry, Indexed) and entry.base in names.vectors.values()
    return not declared and (name in ACTIVATIONS or bool(order))


def _of_whole_vector(parser: NameParser, name: str, order: int, arguments: list[Expr], line: int) -> Expr:
    """g(x) of a whole declared vector x: an arbitrary real function of all of x's entries
    (``derive.model.vector_functions``), differentiated by each entry as such. Anything else whole is refused."""
    shown, names = display_name(name), parser.names
    if len(arguments) != 1:
        raise InputError(f"line {line}: {shown} of a whole vector and other arguments: write it of the vector alone, "
                         f"as in {shown}(x), or of entries, as in {shown}(x_j, b)")  # fmt: skip
    vector = arguments[0]
    assert isinstance(vector, Shaped)
    if vector.columns != 1:
        kind = "a row" if vector.rows == 1 else "a whole matrix"
        raise InputError(f"line {line}: {shown} of {kind}: write it of a column vector, as in {shown}(x), or of one "
                         f"entry, as in {shown}(W_{{ij}})")  # fmt: skip
    entry = vector.entry
    declared = isinstance(entry, Indexed) and entry.base in names.vectors.values()
    if not (declared and entry.indices == (vector.axes.row,)):
        raise InputError(f"line {line}: {shown} of a vector the page defines or computes: derive reads {shown} of a "
                         f"whole vector only where that vector is declared or inferred, as in {shown}(x)")  # fmt: skip
    if order:
        raise InputError(f"line {line}: {shown}' of a whole vector reads as no one derivative: write its gradient "
                         f"\\frac{{\\partial {shown}(x)}}{{\\partial x}}, or a partial "
                         f"\\frac{{\\partial {shown}(x)}}{{\\partial x_m}}")  # fmt: skip
    return of_vector(generic(name, names.generic_facts.get(name)))(entry.base, vector.rows)


def _same_kind(names: Names, name: str, whole: bool, line: int) -> None:
    """One generic function is written of a whole vector everywhere, or of numbers everywhere: g(x) beside g(x_j)
    gives one name two functions (of all of x's entries, and of one number), and is refused at the second."""
    kind = "a whole vector" if whole else "numbers"
    first = names.generic_kinds.setdefault(name, (kind, line))
    if first[0] != kind:
        shown = display_name(name)
        raise InputError(f"line {line}: {shown} is written of {kind} here and of {first[0]} at line {first[1]}: "
                         f"one name cannot be both a function of all of a vector's entries, as {shown}(x), and a "
                         f"function of numbers, as {shown}(x_j); give them different letters")  # fmt: skip


def after_primes(tokens: list[Token], at: int) -> int:
    """Where the primes that start at ``at`` end: ', ^\\prime, ^{\\prime\\prime} (``at`` itself when none)."""
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "'":
            at += 1
            continue
        script = tokens[at + 1] if token.kind == "^" and at + 1 < len(tokens) else None
        if script is not None and script.kind == "command" and script.value == "prime":
            at += 2
            continue
        if script is not None and script.kind == "{":
            end = at + 2
            while end < len(tokens) and tokens[end].kind == "command" and tokens[end].value == "prime":
                end += 1
            if end > at + 2 and end < len(tokens) and tokens[end].kind == "}":
                at = end + 1
                continue
        break
    return at
