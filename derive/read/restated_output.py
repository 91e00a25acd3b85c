"""An output written twice, by its entries and in matrix form: ``y_j = b_j + \\sum_i x_i w_{ij}`` beside ``Y = XW + B``
(a dense layer's page), one quantity, so the loss the page never defines is the loss of y (``upstream``). Before,
the two definitions were two outputs and the loss was refused. Y is taken for y's matrix form only where its name is
y's capital and its terms are y's, each made of the capitals of the same letters with the same sign (XW + B for
b_j + Σ_i x_i w_ij), y's letters being vectors and arrays of the page's (X the whole of x, one example's inputs,
as x_i has one index) on a page of no examples (where Y could be a batch's outputs, y one example's), and the page
defines none of those capitals: where it does (W = [w_11 … w_ji] with dots), Y is what those definitions make it,
which derive reads only by their shapes, and the loss is refused, saying why."""

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
    return [entries]


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
