"""The entrywise product ⊙ (``\\odot``, or ``\\circ`` as Hadamard's, in lecture notes) and quotient ⊘ (``\\oslash``)
of whole vectors and matrices, as backpropagation writes them: δ = W_2^T (ŷ − y) ⊙ σ'(z), ∂L/∂p = −y ⊘ p.

Juxtaposed factors on either side of ⊙ read two ways: the products on each side first, (W_2^T (ŷ − y)) ⊙ σ'(z),
or ⊙ between its neighbours only, W_2^T ((ŷ − y) ⊙ σ'(z)). Where only one of them has shapes that fit (ŷ − y has
n rows, σ'(z) has H), that one is what the page means; where both fit, the page does not say, and it is refused
with both readings named.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from sympy import Expr

from derive.errors import InputError
from derive.read.latex_lexer import Token
from derive.read.shapes import Shaped

Product = Callable[[Expr, Expr], Expr]


#: The entrywise operators by their TeX command: their sign, and what they are called.
SIGNS = {"odot": ("⊙", "product"), "circ": ("∘", "product"), "oslash": ("⊘", "quotient")}  # ∘: Hadamard's, as notes


def entrywise(operator: str, left: Expr, right: Expr, divisors: list[Expr]) -> Shaped:
    """a ⊙ b (a ⊘ b) of two vectors or matrices of one shape: the product (quotient) of their entries; each
    divisor's entry is added to ``divisors`` (it must not be zero)."""
    sign, name = SIGNS[operator]
    if not isinstance(left, Shaped) or not isinstance(right, Shaped):
        said = f"{sign} of a number: the entrywise {name} takes two vectors or matrices of one shape"
        raise InputError(said + ("; a composition f ∘ g is not read" if operator == "circ" else ""))
    same = left._same(right, f"{sign} of")
    if operator == "oslash":
        divisors.append(same.entry)
        return Shaped(left.rows, left.columns, left.entry / same.entry, left.axes)
    return Shaped(left.rows, left.columns, left.entry * same.entry, left.axes)


def _product_of(factors: list[Expr], product: Product) -> Expr:
    return functools.reduce(product, factors)


def _loose(chunks: list[list[Expr]], operators: list[str], product: Product, divisors: list[Expr]) -> Expr:
    """Each side's product first, then ⊙ (⊘), left to right: (A B) ⊙ C."""
    value = _product_of(chunks[0], product)
    for operator, chunk in zip(operators, chunks[1:], strict=True):
        value = entrywise(operator, value, _product_of(chunk, product), divisors)
    return value


def _tight(chunks: list[list[Expr]], operators: list[str], product: Product, divisors: list[Expr]) -> Expr:
    """⊙ (⊘) between its neighbours only: A (B ⊙ C)."""
    merged = list(chunks[0])
    for operator, chunk in zip(operators, chunks[1:], strict=True):
        merged[-1] = entrywise(operator, merged[-1], chunk[0], divisors)
        merged += chunk[1:]
    return _product_of(merged, product)


def hadamard(chunks: list[list[Expr]], tokens: list[Token], product: Product, nonzero: list[Expr]) -> Expr:
    """The term ``chunks[0] ⊙ chunks[1] ⊘ …`` (each chunk the factors written side by side, ``tokens`` the
    operators between them), in the one reading whose shapes fit; both fitting is refused, naming both. The
    divisors of the reading taken are added to ``nonzero``."""
    token, operators = tokens[-1], [t.value for t in tokens]
    sign = SIGNS[token.value][0]
    if not chunks[-1]:
        raise InputError(f"line {token.line}: {sign} with nothing after it")
    loose_error = tight_error = None
    loose_divisors: list[Expr] = []
    tight_divisors: list[Expr] = []
    try:
        loose = _loose(chunks, operators, product, loose_divisors)
    except InputError as error:
        loose_error = error
    if all(len(chunk) == 1 for chunk in chunks):  # a ⊙ b ⊙ c: one reading
        if loose_error is not None:
            raise InputError(f"line {token.line}: {loose_error}")
        nonzero += loose_divisors
        return loose
    try:
        tight = _tight(chunks, operators, product, tight_divisors)
    except InputError as error:
        tight_error = error
    if loose_error is None and tight_error is None:
        raise InputError(
            f"line {token.line}: a product beside {sign} can be read two ways: the products first, (A B) {sign} C, "
            f"or {sign} first, A (B {sign} C); both fit the shapes here: write the parentheses"
        )
    if loose_error is None:
        nonzero += loose_divisors
        return loose
    if tight_error is None:
        nonzero += tight_divisors
        return tight
    raise InputError(f"line {token.line}: {loose_error}")


__all__ = ["SIGNS", "entrywise", "hadamard"]
