"""The sound zero tests of derive/check/prove.py on hyperbolic and piecewise expressions: equal sides are
proven by the rational test (tanh written with e^a; Piecewise split by the truth values of its conditions),
unequal sides never are."""

from __future__ import annotations

from sympy import Max, Piecewise, S, Symbol, cosh, exp, sinh, tanh

from derive.check.prove import prove_scalar_equal
from derive.model.activations import relu, relu_prime

a = Symbol("a", real=True)
b = Symbol("b", real=True)


def test_hyperbolic_identities_are_rational_identities_in_e_to_the_a() -> None:
    assert prove_scalar_equal(1 - tanh(a) ** 2, 1 / cosh(a) ** 2) == "rational identity (numerator expands to 0)"
    assert prove_scalar_equal(tanh(a), sinh(a) / cosh(a)) == "rational identity (numerator expands to 0)"
    assert prove_scalar_equal(tanh(a), (exp(2 * a) - 1) / (exp(2 * a) + 1)) is not None


def test_false_hyperbolic_steps_are_not_proven() -> None:
    assert prove_scalar_equal(1 - tanh(a) ** 2, 1 + tanh(a) ** 2) is None
    assert prove_scalar_equal(tanh(a), sinh(a) * cosh(a)) is None


def test_piecewise_identities_are_proven_case_by_case() -> None:
    in_cases = "rational identity in every case (numerators expand to 0)"
    assert prove_scalar_equal(relu(a), Piecewise((a, a > 0), (0, True))) == in_cases
    assert prove_scalar_equal(relu_prime(a) * a, relu(a)) == in_cases
    assert prove_scalar_equal(relu(a) * relu(b), relu(b) * Max(0, a)) == in_cases


def test_piecewise_steps_false_in_one_case_are_not_proven() -> None:
    assert prove_scalar_equal(relu(a), a) is None  # wrong for a < 0
    assert prove_scalar_equal(relu_prime(a), S.One) is None
    assert prove_scalar_equal(relu(a) * relu(b), relu(a) * b) is None
