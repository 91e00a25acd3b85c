"""A proof under a condition on values: a variable the condition holds to the first degree is written through a
new one of the condition's sign, and only then are the sides compared (``derive.check.conditioned``)."""

from __future__ import annotations

from sympy import Abs, Derivative, Function, Heaviside, Lt, Max, Ne, S, Symbol, sign

from derive.check.conditioned import substitution, under_conditions
from derive.check.prove import prove_equal

w, x, b = (Symbol(name, real=True) for name in "wxb")
z = w * x + b


def _free(_: object) -> bool:
    return False


def test_the_relus_slope_is_proven_where_its_input_is_positive() -> None:
    """d/dw max(0, wx + b) = x·θ(wx + b): x where wx + b > 0, 0 where it is negative, and neither proven without."""
    slope = Max(0, z).diff(w)
    assert prove_equal(slope, x) is None
    assert under_conditions((slope, x), [z > 0], _free, prove_equal) is not None
    assert under_conditions((slope, 0 * x), [z < 0], _free, prove_equal) is not None
    assert under_conditions((slope, 0 * x), [z > 0], _free, prove_equal) is None  # false there: never proven
    assert under_conditions((slope, x), [z < 0], _free, prove_equal) is None


def test_the_method_says_which_variable_was_put_through_the_condition() -> None:
    method = under_conditions((x * sign(z), x), [z > 0], _free, prove_equal)
    assert method is not None and "under the stated condition (b = t - w*x with t > 0)" in method


def test_a_condition_written_the_other_way_round_keeps_its_sign() -> None:
    """0 < wx + b is wx + b > 0, and wx + b ≥ 0 leaves |wx + b| = wx + b proven too."""
    assert under_conditions((Abs(z), z), [Lt(0, z)], _free, prove_equal) is not None
    assert under_conditions((Abs(z), z), [z >= 0], _free, prove_equal) is not None
    assert under_conditions((Abs(z), -z), [Lt(0, z)], _free, prove_equal) is None


def test_no_variable_of_a_derivative_nor_with_a_domain_of_its_own_is_chosen() -> None:
    """b written through t inside ∂/∂b would differentiate by an expression; b with a domain (b > 0) is not every
    real, so the map would not reach every point: w is chosen instead, or nothing."""
    f = Function("f")
    held = Derivative(f(b), b)
    assert substitution((held, x), [z > 0], _free) is None  # w's coefficient x is no number
    found = substitution((held, x), [2 * w + b > 0], _free)
    assert found is not None and set(found[0]) == {w}
    found = substitution((x, x), [2 * w + b > 0], lambda v: v == b)
    assert found is not None and set(found[0]) == {w}
    assert substitution((held, x), [b > 0], _free) is None


def test_a_condition_of_no_first_degree_variable_or_of_another_relation_is_left_out() -> None:
    """x² > 1 holds no variable to the first degree, b ≠ 0 is no sign: neither is used, and a proof that needs them
    is not found."""
    assert substitution((x, x), [x**2 > 1], _free) is None
    assert substitution((x, x), [Ne(b, 0)], _free) is None
    assert under_conditions((Heaviside(x**2 - 1), S.One), [x**2 > 1], _free, prove_equal) is None


def test_two_conditions_on_one_variable_use_only_the_first() -> None:
    """wx + b > 0 and b − 1 < 0 share b: the second is left out (the map would no longer be one to one), so a claim
    that needs it is not proven, one that needs only the first is."""
    found = substitution((x, x), [z > 0, b - 1 < 0], _free)
    assert found is not None and set(found[0]) == {b}
    assert under_conditions((Heaviside(1 - b), S.One), [z > 0, b - 1 < 0], _free, prove_equal) is None
    assert under_conditions((Heaviside(z), S.One), [z > 0, b - 1 < 0], _free, prove_equal) is not None
