"""A function defined of a whole vector, as pages write J(θ) = ½(Xθ − y)ᵀ(Xθ − y) with θ the page's vector: where
the body cannot be read with θ a number (Xθ − y would add a matrix and a vector), θ is the vector itself, and
J(θ) stands for that body. Applied to anything but the vector it was defined at, it is refused: the body is
known only at θ."""

from __future__ import annotations

import dataclasses

from sympy import Expr, Symbol

from derive.errors import InputError
from derive.read.latex_lexer import Token, tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import FunctionDefinition, Names, display_name
from derive.read.shapes import Shaped


def _written(parameter: str) -> str:
    """A parameter as TeX writes it: ``x``, or ``\\theta`` for a Greek letter."""
    return parameter if len(parameter) == 1 else "\\" + parameter


def at_whole_vectors(
    tokens: list[Token], names: Names, params: tuple[str, ...], line: int
) -> FunctionDefinition | None:
    """The definition with each parameter the page's own whole vector, when every parameter is one (a vector or
    an array the page declares or infers); else None (the scalar reading's error stands). The body's error, read
    so, is raised."""
    whole = [param in names.vectors or param in names.arrays or param in names.defined_vectors for param in params]
    known = set(names.known())
    if not any(whole) or not all(w or p in names.scalars or p not in known for p, w in zip(params, whole, strict=True)):
        return None  # L(w, b): w the page's vector, b its number, each at its own value
    for param in params:
        if param not in known:  # b written only in the head and the body: a number of the page
            names.scalars[param] = Symbol(param, real=True)
    try:
        vectors = tuple(read_expression(tokenize(_written(param), line), names, line)[0] for param in params)
    except InputError:
        return None
    if not all(isinstance(vector, Shaped) == w for vector, w in zip(vectors, whole, strict=True)):
        return None
    body, _ = read_expression(tokens, names, line)  # its error, not the scalar reading's, says what is wrong
    placeholders = tuple(Symbol(f"_{param}") for param in params)  # never in the body: it is read at the vectors
    return dataclasses.replace(FunctionDefinition(placeholders, body), vectors=vectors)


def at_own_vectors(function: FunctionDefinition, arguments: list[object], shown: str, line: int, order: int) -> Expr:
    """A function defined of whole vectors, applied: its body, where the arguments are those very vectors (J'(θ),
    a derivative by a vector, is not read: write ∇_θ J(θ))."""
    if function.vectors and order:
        raise InputError(f"line {line}: {shown}' of a vector: write the gradient, as in \\nabla_\\theta {shown}")
    if function.vectors and tuple(arguments) == function.vectors:
        return function.body
    if function.vectors:
        own = ", ".join(display_name(str(p).lstrip("_")) for p in function.parameters)
        raise InputError(f"line {line}: {shown} is defined at its own arguments only: write it {shown}({own})")
    raise InputError(  # f(x) = ln(1 + e^x) beside LSE(x_1, …, x_n): x may be a number where f is applied
        f"line {line}: {shown} of a whole vector: write it of one entry, as in {shown}(z_j), or, where its argument "
        "is a number there, declare that letter a number (scalars: [x])"
    )


__all__ = ["at_own_vectors", "at_whole_vectors"]
