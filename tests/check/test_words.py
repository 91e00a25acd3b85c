"""The checker's messages write entries and sums as pages do (q_1, Σ_{k=1}^{N} …), never SymPy's q[1] or Sum(…)."""

from __future__ import annotations

from sympy import IndexedBase, Integer, Sum, exp, symbols

from derive.check.words import words


def test_entries_and_sums_are_written_as_pages_write_them() -> None:
    q = IndexedBase("q")
    i, k, n = symbols("i k N")
    assert words(q[1]) == "q_1"
    assert words(q[i] / q[k]) == "q_i/q_k"
    assert words(q[1, 12]) == "q_{1,12}"
    assert words(2 * Sum(exp(q[k]), (k, 1, n))) == "2*Σ_{k=1}^{N} exp(q_k)"
    assert words(Integer(10) ** 5000) == "an expression with an integer too long to write"
