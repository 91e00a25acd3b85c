"""The sum over the training examples as the parser reads it (``derive.read.example_sums`` says what it means):
``Sum(F, (e, 1, N_x))``, N_x a symbol of its own, so that what stands inside it can be told from what stands out."""

from __future__ import annotations

from sympy import Basic, Dummy, Expr, Sum, Symbol

#: The index each sum over the examples runs over while the page is read (no name of the page's).
EXAMPLE = Dummy("e", integer=True, positive=True)


def examples_count(letter: str) -> Symbol:
    """N_x: how many examples a sum over them runs over (one symbol per letter, a positive whole number)."""
    count = Symbol(f"N_{{{letter}}}", positive=True, integer=True)
    _COUNTS[count] = letter
    return count


#: Every N_x made, with its letter (a name no page writes: the reader makes subscripted names entries of vectors).
_COUNTS: dict[Symbol, str] = {}


def letter_of(count: Basic) -> str:
    """The letter x of the sum over the examples that runs up to N_x."""
    return _COUNTS[count]


def example_sum(body: Expr, letter: str) -> Expr:
    """``\\sum_x body`` over the examples, as read (``Sum`` over ``EXAMPLE``, up to N_x)."""
    return Sum(body, (EXAMPLE, 1, examples_count(letter)))


def over_examples(node: Basic) -> bool:
    """A sum up to N_x (its index renamed apart from the page's, as every bound index is, ``derive.read.dummies``)."""
    return isinstance(node, Sum) and len(node.limits) == 1 and node.limits[0][2] in _COUNTS
