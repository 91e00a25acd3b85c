"""An output written twice, by its entries and in matrix form: ``y_j = b_j + \\sum_i x_i w_{ij}`` beside ``Y = XW + B``
(a dense layer's page): one example's outputs restated, or a batch's outputs (one row per example), whose loss sums
over the rows. The loss the page never defines is refused naming both readings (a probe had ∂E/∂b_j = ∂E/∂y_j
proven where the prose said "a whole batch of inputs, one input per row of $X$"; before, the message said only that
the page has two outputs). Y is taken for a restatement only where its name is y's capital and its terms are y's,
each made of the capitals of the same letters with the same sign (XW + B for b_j + Σ_i x_i w_ij), on a page of no
examples; where the page defines those capitals (W = [w_11 … w_ji] with dots), the refusal says that their shapes
decide, which derive does not read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sympy import Add, Expr, Indexed, IndexedBase, Sum, Symbol

from derive.model.notation import Definition
from derive.read.names import Names, display_name

#: A term's sign and the letters it is made of, as capitals: ("+", {"X", "W"}) for XW and for Σ_i x_i w_ij.
Term = tuple[bool, frozenset[str]]


def restated(outputs: list[Definition], names: Names, refuse: Callable[[str], Exception]) -> list[Definition]:
    """``outputs`` less a capital Y that restates the output y's entries in matrix form; ``refuse(why)`` raised
    where Y would restate y but is made of capitals the page defines (their shapes then say whether it does)."""
    if len(outputs) != 2 or names.examples:
        return outputs  # a page of examples (x^{(n)}): Y may be the batch's outputs, y one example's
    whole, entries = sorted(outputs, key=lambda d: isinstance(d.name, IndexedBase))
    if not (isinstance(whole.name, Symbol) and isinstance(entries.name, IndexedBase)):
        return outputs
    capital, small = whole.name.name, str(entries.name.label)
    if not (len(capital) == 1 and capital.isupper() and small == capital.lower()):
        return outputs
    matrix, by_entries = _terms(whole.body, entries=False), _terms(entries.body, entries=True)
    if matrix is None or by_entries is None or Counter(matrix) != Counter(by_entries):
        return outputs
    letters = sorted(set().union(*(letters for _, letters in matrix)))
    defined = {str(d.name) for d in names.defined.definitions} if names.defined is not None else set()
    written = [letter for letter in letters if letter in defined or letter in names.unread]
    if written:
        shown, one = ", ".join(written), len(written) == 1
        has, them = ("has the shape", "it") if one else ("have the shapes", "them")
        raise refuse(
            f"{capital} restates {display_name(small)} in matrix form only if {shown} {has} {display_name(small)}'s "
            f"entries give {them}, and the page defines {shown} on its own, which derive does not "
            f"read by shapes: whether {capital} is {display_name(small)} is not for derive to guess"
        )
    raise refuse(  # a probe's: "For a whole batch of inputs, one input per row of X": E summed over the rows
        f"{capital} = … beside {display_name(small)} can be read two ways: {display_name(small)} in matrix form, one "
        f"example's outputs, so that {capital} adds nothing, or the outputs of a batch, one row per example, whose "
        f"loss sums over the rows: define the loss to say which"
    )


def _terms(body: Expr, *, entries: bool) -> list[Term] | None:
    """Each additive term of ``body`` as its sign and capital letters; None where a term is not made of letters
    alone (a number, a function) or, for ``entries``, of anything but entries of one-letter vectors and arrays."""
    found: list[Term] = []
    for term in Add.make_args(body):
        coefficient, rest = term.as_coeff_Mul()
        if abs(coefficient) != 1:
            return None
        if entries and isinstance(rest, Sum):
            rest = rest.function
        letters = _letters(rest, entries=entries)
        if not letters:
            return None
        found.append((coefficient > 0, letters))
    return found


def _letters(product: Expr, *, entries: bool) -> frozenset[str]:
    """The capitals of the letters ``product`` multiplies, or none where it holds anything else."""
    found: set[str] = set()
    for factor in product.as_ordered_factors():
        if entries and isinstance(factor, Indexed) and len(str(factor.base.label)) == 1 and factor.rank <= 2:
            name = str(factor.base.label)
        elif not entries and isinstance(factor, Symbol) and factor.name.isalpha() and factor.name.isupper():
            name = factor.name  # XW: one name made of the two capitals
        else:
            return frozenset()
        if not name.islower() and entries:
            return frozenset()
        found |= set(name.upper())
    return frozenset(found)


__all__ = ["restated"]
