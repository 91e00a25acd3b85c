"""The numeric comparison behind counterexamples: a point where a side has no real value refutes nothing."""

from __future__ import annotations

from sympy import Integer, Symbol, log

from derive.check.numeric import compare


def test_a_side_with_no_real_value_at_a_point_decides_nothing_there() -> None:
    """log of a negative number has no real value: a held-out page's correct step was refuted at s_1 = -9/20, its
    left side printed as 0.80 - 3.14·I. Such a point is undecided; at a point where both sides are real, the same
    claim still differs."""
    s = Symbol("s")
    assert compare(log(s), log(s) + 1, {s: -1}).outcome == "undecided"
    assert compare(log(s), log(s) + 1, {s: 2}).outcome == "differ"
    assert compare(log(s) - log(-s), Integer(0), {s: 2}).outcome == "undecided"
