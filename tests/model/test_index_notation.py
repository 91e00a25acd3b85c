"""Index notation: sums that leave an index out, definitions, renaming bound indices apart."""

from __future__ import annotations

from sympy import Indexed, IndexedBase, Sum, Symbol, exp

from derive.model import Definition, SumExcept, expand_definitions, index_symbols, softmax_model
from derive.model.notation import rename_bound_apart

i, j, k = index_symbols("i j k")
y = IndexedBase("y")


def test_sum_except_leaves_one_term_out() -> None:
    assert SumExcept(y[i], (i, 1, 3), 2).doit() == y[1] + y[3]


def test_sum_except_is_unevaluated_for_symbolic_n_and_binds_its_index() -> None:
    n = Symbol("n", integer=True, positive=True)
    term = SumExcept(y[i], (i, 1, n), k)
    assert term.doit() == term
    assert term.free_symbols == {n, k, y.label}
    assert term.subs(i, 1) == term


def test_definition_expands_indexed_names() -> None:
    m = softmax_model(2)
    expanded = expand_definitions(m.s[k], m.definitions)
    assert expanded.doit() == exp(m.z[k]) / (exp(m.z[1]) + exp(m.z[2]))


def test_definitions_expand_through_each_other() -> None:
    m = softmax_model(2)
    expanded = expand_definitions(m.yhat[1], m.definitions).doit()
    assert expanded == exp(m.z[1]) / (exp(m.z[1]) + exp(m.z[2]))


def test_expanding_a_name_at_a_bound_index_does_not_capture_it() -> None:
    m = softmax_model(3)
    total = Sum(m.s[j], (j, 1, 3))
    # s_j's own body sums over j: expansion must rename that index apart, and the result sums to one
    expanded = expand_definitions(total, m.definitions).doit()
    from sympy import simplify

    assert simplify(expanded) == 1


def test_rename_bound_apart_leaves_free_occurrences() -> None:
    expr = Sum(y[k], (k, 1, 3)) + y[k]
    renamed = rename_bound_apart(expr, {k})
    assert y[k] in renamed.atoms(Indexed)
    assert k in renamed.free_symbols
    assert renamed.xreplace({k: 2}).doit() == y[1] + y[2] + y[3] + y[2]


def test_definition_of_a_plain_symbol() -> None:
    L = Symbol("L")
    d = Definition(L, y[1] + y[2])
    assert d.expand_in(2 * L) == 2 * (y[1] + y[2])
