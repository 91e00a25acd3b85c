"""The entrywise product ⊙ (``\\odot``) of whole vectors and matrices, as backpropagation writes it:
δ = W_2^T (ŷ − y) ⊙ σ'(z).

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


def entrywise_product(left: Expr, right: Expr) -> Shaped:
    """a ⊙ b of two vectors or matrices of one shape: the product of their entries."""
    if not isinstance(left, Shaped) or not isinstance(right, Shaped):
        raise InputError("⊙ of a number: the entrywise product takes two vectors or matrices of one shape")
    same = left._same(right, "⊙ of")
    return Shaped(left.rows, left.columns, left.entry * same.entry, left.axes)


def _product_of(factors: list[Expr], product: Product) -> Expr:
    return functools.reduce(product, factors)


def _loose(chunks: list[list[Expr]], product: Product) -> Expr:
    """Each side's product first, then ⊙: (A B) ⊙ C."""
    return functools.reduce(entrywise_product, (_product_of(chunk, product) for chunk in chunks))


def _tight(chunks: list[list[Expr]], product: Product) -> Expr:
    """⊙ between its neighbours only: A (B ⊙ C)."""
    merged = list(chunks[0])
    for chunk in chunks[1:]:
        merged[-1] = entrywise_product(merged[-1], chunk[0])
        merged += chunk[1:]
    return _product_of(merged, product)


def hadamard(chunks: list[list[Expr]], token: Token, product: Product) -> Expr:
    """The term ``chunks[0] ⊙ chunks[1] ⊙ …`` (each chunk the factors written side by side), in the one reading
    whose shapes fit; both fitting is refused, naming both."""
    if not chunks[-1]:
        raise InputError(f"line {token.line}: ⊙ with nothing after it")
    loose_error = tight_error = None
    try:
        loose = _loose(chunks, product)
    except InputError as error:
        loose_error = error
    if all(len(chunk) == 1 for chunk in chunks):  # a ⊙ b ⊙ c: one reading
        if loose_error is not None:
            raise InputError(f"line {token.line}: {loose_error}")
        return loose
    try:
        tight = _tight(chunks, product)
    except InputError as error:
        tight_error = error
    if loose_error is None and tight_error is None:
        raise InputError(
            f"line {token.line}: a product beside ⊙ can be read two ways: the products first, (A B) ⊙ C, or ⊙ "
            "first, A (B ⊙ C); both fit the shapes here: write the parentheses"
        )
    if loose_error is None:
        return loose
    if tight_error is None:
        return tight
    raise InputError(f"line {token.line}: {loose_error}")


__all__ = ["entrywise_product", "hadamard"]
