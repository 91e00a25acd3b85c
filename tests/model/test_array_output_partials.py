"""∂ℓ/∂D_st of a loss of a whole array (``derive.model.array_output_partials``): opaque at every size, SymPy's own
derivative of ℓ(u_11, …, u_mp) by u_st at concrete sizes, taken at D's entries as its definition gives them."""

from __future__ import annotations

import pickle

from sympy import Derivative, Dummy, Function, IndexedBase, Subs, Sum, Symbol, diff

from derive.model.array_output_partials import COLUMN, ROW, array_output_partial

D, W, X = IndexedBase("D"), IndexedBase("W"), IndexedBase("X")
K = Symbol("k", integer=True)
BODY = Sum(W[ROW, K] * X[K, COLUMN], (K, 1, 2))


def test_at_concrete_sizes_it_is_the_derivative_at_the_defined_entries() -> None:
    partial = array_output_partial(Function("f", real=True))
    at = partial(D, 2, 2, 1, 2, ROW, COLUMN, BODY)
    assert isinstance(at, Subs) and isinstance(at.expr, Derivative)
    assert at.point[1] == W[1, 1] * X[1, 2] + W[1, 2] * X[2, 2]  # D_12, as defined
    assert at != partial(D, 2, 2, 2, 1, ROW, COLUMN, BODY)  # (s, t) is a position: no symmetry
    assert diff(at, W[1, 1]) != 0  # through D's entries


def test_at_every_size_it_is_opaque_and_pickles() -> None:
    partial = array_output_partial(Function("f", real=True))
    n, s, t = Symbol("n", integer=True, positive=True), Dummy("s", integer=True), Dummy("t", integer=True)
    opaque = partial(D, n, n, s, t, ROW, COLUMN, BODY)
    assert opaque.indices == (s, t)
    assert pickle.loads(pickle.dumps(opaque)) == opaque
