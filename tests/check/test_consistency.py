"""Contradictory assumptions prove anything: they are found before any link (exit 2, naming the two), a point
satisfying consistent ones is found, and when neither is shown no link is better than unproven."""

from __future__ import annotations

from pathlib import Path

import pytest
from sympy import FiniteSet, IndexedBase, Integer, Interval, S, Symbol
from sympy.sets import Contains

from derive.check import Status, Verdict
from derive.check.consistency import Consistency, capped, consistency
from derive.engine import SYMBOLIC_N, build, names
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace

n = Symbol("n", integer=True, positive=True)
i = Symbol("i", integer=True)
y, positive_y = IndexedBase("y", real=True), IndexedBase("y", positive=True)
eps = Symbol("epsilon", real=True)
EVERY_N = IndexSpace(n, (i,))


def domain(element: object, where: object, phrase: str = "a domain") -> Assumption:
    return Assumption("domain", phrase, Contains(element, where, evaluate=False))


POSITIVE = Assumption("domain", "y is positive", None, positive_y)
ONE_HOT = Assumption("one-hot", "y is one-hot", None, positive_y)
UNIT = Assumption("sum-to-one", "Σ y = 1", None, y)


@pytest.mark.parametrize(
    ("assumptions", "space", "pair"),
    [
        ((POSITIVE, ONE_HOT), EVERY_N, (0, 1)),  # a one-hot y has zeros from n = 2 on
        ((POSITIVE, ONE_HOT), IndexSpace(3, (i,)), (0, 1)),
        ((domain(y[i], FiniteSet(-1, 1)), UNIT), IndexSpace(2, (i,)), (0, 1)),  # ±1 + ±1 is never 1
        ((domain(y[i], Interval(1, 2)), UNIT), IndexSpace(3, (i,)), (0, 1)),  # three entries ≥ 1 add up to ≥ 3
        ((domain(eps, Interval(0, 1)), domain(eps, Interval(2, 3))), EVERY_N, (0, 1)),
        ((domain(y[i], FiniteSet(-1, 1)), Assumption("one-hot", "y is one-hot", None, y)), EVERY_N, (0, 1)),
    ],
)
def test_contradictory_assumptions_are_named(
    assumptions: tuple[Assumption, ...], space: IndexSpace, pair: tuple[int, int]
) -> None:
    found = consistency(assumptions, space)
    assert found.contradictory and not found.consistent
    assert found.conflict == (assumptions[pair[0]], assumptions[pair[1]])


@pytest.mark.parametrize(
    "assumptions",
    [
        (POSITIVE, Assumption("sum-to-one", "Σ y = 1", None, positive_y)),
        (domain(y[i], Interval(0, 1)), UNIT),
        (domain(y[i], FiniteSet(-1, 1)), domain(eps, Interval(0, 1))),
        (Assumption("one-hot", "y is one-hot", None, y), domain(y[i], Interval(0, 1))),
        (domain(eps, Interval.open(2, S.Infinity)),),  # none of 0, ±1, ½, ±2: p > 2 had capped every proof
        (domain(eps, Interval.open(-S.Infinity, -3)),),
        (domain(eps, Interval.open(Integer(5), Integer(7))),),
    ],
)
def test_consistent_assumptions_have_a_point_that_satisfies_them(assumptions: tuple[Assumption, ...]) -> None:
    found = consistency(assumptions, IndexSpace(3, (i,)))
    assert found.consistent and found.point is not None
    point = dict(found.point)
    for assumption in assumptions:
        relation = assumption.relation
        if relation is not None:
            element, where = relation.args
            for key, value in point.items():
                if key == element or getattr(key, "base", None) == getattr(element, "base", 0):
                    assert where.contains(value) is S.true
        elif assumption.kind == "sum-to-one":
            assert sum(v for k, v in point.items() if k.base == assumption.vector) == 1


@pytest.mark.parametrize("name", names())
def test_every_built_in_derivation_states_consistent_assumptions(name: str) -> None:
    for size in (3, SYMBOLIC_N):
        derivation = build(name, size)
        constraints = {a for chain in derivation.chains for step in chain.steps for a in step.assumptions}
        found = consistency((*derivation.assumptions, *constraints), derivation.space)
        assert not found.contradictory, (name, found)


def test_without_a_point_no_link_is_better_than_unproven() -> None:
    proven = Verdict(Status.PROVEN, "identical normal forms")
    assert capped(proven, Consistency()).status is Status.UNPROVEN
    assert capped(proven, Consistency(point=())).status is Status.PROVEN
    refuted = Verdict(Status.REFUTED, "counterexample")
    assert capped(refuted, Consistency()) is refuted


TEXT = """---
n: 3
vectors: [y]
indices: [i, k]
assume:
  - y positive
  - y one-hot
---
$$
y_1 y_2 = 0
$$
"""


def test_the_command_refuses_contradictory_assumptions_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from derive.cli import main

    path = tmp_path / "d.md"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    error = capsys.readouterr().err
    assert "'y is positive' and 'y is one-hot' contradict each other" in error
    path.write_text(TEXT.replace("  - y positive\n", ""), encoding="utf-8")
    assert main(["check", str(path)]) == 0  # one-hot alone: y_1 y_2 = 0 holds
