"""Known mistakes are recognized only when the checker proves the link equal to the mistaken form, and the
correct right-hand side offered is itself proven."""

from __future__ import annotations

import dataclasses

import pytest
from sympy import Basic, Derivative, Eq, KroneckerDelta, Ne, S, Sum, log

from derive.check import Claim, check_claim
from derive.check.diagnose import (
    DIAGONAL_ONLY,
    DROPPED_SUM,
    SIGN_OFF_DIAGONAL,
    UNASSUMED_CONSTRAINT,
    check_link,
    diagnose,
)
from derive.engine.catalogue import SYMBOLIC_N
from derive.engine.step import Assumption
from derive.model.softmax import softmax_model

m = softmax_model(SYMBOLIC_N)
i, j, k = m.space.indices
s, y, z = m.s, m.y, m.z
GRADIENT = Derivative(m.L, z[k])
JACOBIAN = Derivative(s[i], z[k])


def claim(head: Basic, rhs: Basic, condition: Basic = S.true, constraints: tuple[Assumption, ...] = ()) -> Claim:
    return Claim(head, rhs, m.space, m.definitions, condition, constraints)


@pytest.mark.parametrize(
    ("head", "rhs", "condition", "mistake"),
    [
        (GRADIENT, -(y[k] / s[k]) * s[k] * (1 - s[k]), S.true, DROPPED_SUM),
        (GRADIENT, y[k] * (s[k] - 1), S.true, DROPPED_SUM),
        (GRADIENT, s[k] - y[k], S.true, UNASSUMED_CONSTRAINT),
        (JACOBIAN, s[i] * (1 - s[i]), S.true, DIAGONAL_ONLY),
        (JACOBIAN, s[i] * (1 - s[i]), Ne(i, k), DIAGONAL_ONLY),
        (JACOBIAN, s[i] * s[k], Ne(i, k), SIGN_OFF_DIAGONAL),
        (JACOBIAN, s[i] * (KroneckerDelta(i, k) + s[k]), S.true, SIGN_OFF_DIAGONAL),
        (Derivative(log(s[i]), z[k]), KroneckerDelta(i, k) + s[k], S.true, SIGN_OFF_DIAGONAL),
    ],
)
def test_known_mistakes_are_named_and_the_correct_rhs_is_proven(
    head: Basic, rhs: Basic, condition: Basic, mistake: str
) -> None:
    result = check_link(claim(head, rhs, condition), head)
    assert result.verdict.refuted
    assert result.diagnosis is not None and result.diagnosis.mistake == mistake
    assert check_claim(claim(head, result.diagnosis.correct, condition)).proven


def test_the_dropped_sum_counterexample_has_a_zero_target_and_a_nonzero_gradient() -> None:
    wrong = claim(GRADIENT, y[k] * (s[k] - 1))
    diagnosis = diagnose(wrong, GRADIENT)
    assert diagnosis is not None and diagnosis.counterexample is not None
    values = dict(diagnosis.counterexample.values)
    assert values[y[values[k]]] == 0
    assert not diagnosis.counterexample.lhs_value.is_zero and diagnosis.counterexample.rhs_value.is_zero


def test_correct_links_and_unknown_mistakes_get_no_diagnosis() -> None:
    assert check_link(claim(JACOBIAN, s[i] * (KroneckerDelta(i, k) - s[k])), JACOBIAN).diagnosis is None
    unknown = check_link(claim(GRADIENT, 2 * s[k]), GRADIENT)
    assert unknown.verdict.refuted and unknown.diagnosis is None


def test_the_constraint_is_not_blamed_when_it_was_assumed() -> None:
    unit = Assumption("sum-to-one", "Σ y = 1", Eq(Sum(y[j], (j, 1, m.space.n)), 1), y)
    assert check_link(claim(GRADIENT, s[k] - y[k], constraints=(unit,)), GRADIENT).verdict.proven
    wrong = claim(GRADIENT, s[k] + y[k], constraints=(unit,))
    assert diagnose(wrong, GRADIENT) is None


def test_a_diagnosis_needs_the_softmax_model() -> None:
    bare = dataclasses.replace(claim(JACOBIAN, s[i] * (1 - s[i])), definitions=())
    assert diagnose(bare, JACOBIAN) is None
