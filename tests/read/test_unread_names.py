"""A side that stands for a name whose definition the page writes but derive could not read is unreadable: an entry
(q_i), and a function the reader made of it (a blog's L(p), named in the prose, read as any function of x)."""

from __future__ import annotations

from sympy import Derivative, Function, IndexedBase, Symbol

from derive.model.vector_functions import of_vector
from derive.read.names import Names
from derive.read.unread_names import unread_names


def test_a_function_made_of_an_unread_definition_is_named() -> None:
    """L(\\mathbf{p})'s definitions unread: ∂L/∂x_q of the generic L(x) stands for what the page could not say; read,
    the blog's true ∂L/∂x = p − y was refuted with L = sin."""
    names = Names("n", Symbol("n", integer=True))
    names.unread = {"L"}
    x, q = IndexedBase("x"), Symbol("q", integer=True)
    side = Derivative(of_vector(Function("L"))(x, Symbol("n", integer=True)), x[q])  # as the reader writes it
    assert unread_names(side, names) == ["L"]
    names.unread = {"M"}
    assert unread_names(side, names) == []
