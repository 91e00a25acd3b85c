"""The model of g(x), a generic function of a whole vector: never differentiated to 0 by an entry of x, SymPy's own
function of every entry at a concrete n, and the same object after a pickle (the reader's sandbox sends it)."""

from __future__ import annotations

import pickle

from sympy import Derivative, Function, IndexedBase, Integer, Symbol, log, symbols

from derive.model.vector_functions import OfVector, PartialOf, of_vector

x, y = IndexedBase("x"), IndexedBase("y")
n = Symbol("n", integer=True, positive=True)
k, m = symbols("k m", integer=True)
g = Function("g", real=True)


def test_an_entry_of_the_vector_is_never_differentiated_to_zero() -> None:
    whole = of_vector(g)(x, n)
    partial = whole.diff(x[k])
    assert isinstance(partial, PartialOf) and partial != 0
    assert log(whole).diff(x[k]) == partial / whole
    assert whole.diff(y[k]) == 0 and whole.diff(Symbol("b")) == 0  # made of x's entries only


def test_mixed_partials_are_one_function() -> None:
    whole = of_vector(g)(x, n)
    assert whole.diff(x[k]).diff(x[m]) == whole.diff(x[m]).diff(x[k])


def test_at_a_concrete_n_it_is_sympys_function_of_every_entry() -> None:
    whole = of_vector(g)(x, n)
    assert whole.xreplace({n: Integer(2)}) == g(x[1], x[2])
    assert whole.diff(x[k]).xreplace({n: Integer(2), k: Integer(1)}) == Derivative(g(x[1], x[2]), x[1])


def test_its_sign_and_a_pickle_keep_the_function() -> None:
    positive = Function("g", real=True, positive=True)
    whole = of_vector(positive)(x, n)
    assert whole.is_positive and of_vector(g)(x, n).is_positive is None
    assert whole != of_vector(g)(x, n)  # the sign makes another function, as SymPy's Function('g', …) does
    again = pickle.loads(pickle.dumps(log(whole).diff(x[k])))
    assert again == log(whole).diff(x[k]) and isinstance(pickle.loads(pickle.dumps(whole)), OfVector)
