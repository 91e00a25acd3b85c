"""Counterexamples and sampled points lie inside every stated domain (y_i ∈ [0, 1], ε ∈ [0, 1], labels ±1) and
satisfy the constraints (Σ y = 1, one-hot): a point outside the assumptions refutes nothing, so a claim that
holds on its domain but not beyond it is unproven, never refuted."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sympy import Abs, FiniteSet, IndexedBase, Interval, Max, Reals, S, Symbol, oo
from sympy.sets import Contains

from derive.check import Claim, Status, check_claim, check_derivation
from derive.check.domains import domains_of, outside, sample_in
from derive.engine import SYMBOLIC_N, build, names
from derive.engine.step import Assumption
from derive.model.notation import IndexSpace

n = Symbol("n", integer=True, positive=True)
i, k = Symbol("i", integer=True), Symbol("k", integer=True)
y = IndexedBase("y", real=True)
eps = Symbol("epsilon", real=True)
LABELS = Assumption("domain", "labels are ±1", Contains(y[i], FiniteSet(-1, 1), evaluate=False))
PROBABILITIES = Assumption("domain", "probabilities", Contains(y[i], Interval(0, 1), evaluate=False))
FRACTION = Assumption("domain", "a fraction", Contains(eps, Interval(0, 1), evaluate=False))


@pytest.mark.parametrize("size", [3, n])
@pytest.mark.parametrize(
    ("lhs", "rhs", "domain"),
    [
        (y[k] ** 2, S.One, LABELS),  # true for labels ±1, false for any other real
        (Abs(y[k]), y[k], PROBABILITIES),  # true on [0, 1], false for a negative y_k
        (Max(eps, 1), S.One, FRACTION),  # true on [0, 1], false above 1
    ],
)
def test_a_claim_that_holds_on_its_domain_is_never_refuted(
    size: object, lhs: object, rhs: object, domain: object
) -> None:
    space = IndexSpace(size, (i, k))  # type: ignore[arg-type]
    claim = Claim(lhs, rhs, space, domains=(domain,))  # type: ignore[arg-type]
    assert check_claim(claim).status is not Status.REFUTED
    without = check_claim(Claim(lhs, rhs, space))  # type: ignore[arg-type]
    assert without.status is Status.REFUTED  # the test can tell: outside the domain it is false


def test_a_claim_false_on_its_domain_is_refuted_inside_it() -> None:
    claim = Claim(y[k] ** 3, S.One, IndexSpace(3, (i, k)), domains=(LABELS,))
    verdict = check_claim(claim)
    assert verdict.status is Status.REFUTED and verdict.counterexample is not None
    assert dict(verdict.counterexample.values)[y[verdict.counterexample.values[0][1]]] == -1


@pytest.mark.parametrize(
    "where", [Interval(0, 1), Interval.open(0, 1), Interval(0, oo), Reals, FiniteSet(-1, 1), FiniteSet(0, 1)]
)
def test_every_drawn_value_lies_in_its_set(where: object) -> None:
    rng = random.Random(0)
    for _ in range(200):
        value = sample_in(where, rng)  # type: ignore[arg-type]
        assert value is not None and where.contains(value) is S.true  # type: ignore[attr-defined]


THIRD_TO_FIVE = Interval.Lopen(S(1) / 3, 5)


@pytest.mark.parametrize(
    "where",
    [Interval(0, 1), Interval.open(0, 1), Interval(-1, 2), Interval(0, oo), Interval(-oo, 3), Reals, THIRD_TO_FIVE],
)
def test_a_draw_in_integers_is_the_draw_sympys_arithmetic_makes(where: object) -> None:
    """The fast path of ``sample_in`` (rational ends, in integers) draws the values the general path draws."""
    fast, slow = random.Random(7), random.Random(7)
    for _ in range(100):
        expected = _sympy_draw(where, slow)
        assert sample_in(where, fast) == expected  # type: ignore[arg-type]


def _sympy_draw(where: object, rng: random.Random) -> object:
    low, high = where.start, where.end  # type: ignore[attr-defined]
    span = high - low if low.is_finite and high.is_finite else S(2)
    if not low.is_finite:
        low = (high - 2) if high.is_finite else S(-2)
        span = S(4) if not high.is_finite else span
    while True:
        value = low + span * S(rng.randint(0, 100)) / 100
        if where.contains(value) is S.true:  # type: ignore[attr-defined]
            return value


def _inside(checked: object) -> None:
    derivation = checked.derivation  # type: ignore[attr-defined]
    domains = domains_of(derivation.assumptions)
    for chain in checked.chains:  # type: ignore[attr-defined]
        constraints = {c.kind: c.vector for c in chain.chain.steps[0].assumptions if c.kind != "domain"}
        for verdict in chain.verdicts:
            found = verdict.counterexample
            if found is None:
                continue
            point = dict(found.values)
            assert outside(point, domains) is None, (derivation.name, chain.chain.title, found.values)
            for kind, vector in constraints.items():
                entries = [value for key, value in point.items() if getattr(key, "base", None) == vector]
                if kind == "one-hot" and entries:
                    assert sorted(entries)[-1] == 1 and sum(entries) == 1
                if kind == "sum-to-one" and len(entries) == (derivation.n if isinstance(derivation.n, int) else 0):
                    assert sum(entries) == 1


@pytest.mark.parametrize("name", names())
def test_every_built_in_counterexample_lies_inside_the_stated_domains(name: str) -> None:
    _inside(check_derivation(build(name, 3)))


@pytest.mark.parametrize("name", ["sigmoid-bce", "label-smoothing", "focal-loss"])
def test_the_built_in_counterexamples_the_issue_found_outside_their_domains(name: str) -> None:
    _inside(check_derivation(build(name, SYMBOLIC_N)))


QUESTION = Path(__file__).resolve().parents[2] / "derivations" / "checks" / "seed-000-question.md"


def test_the_zero_target_witness_is_one_hot_when_the_target_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from derive.cli import main

    text = QUESTION.read_text(encoding="utf-8")
    marker = "  E: -\\sum_{j=1}^{n} t_j \\log o_j\n---"
    assert marker in text
    path = tmp_path / "q.md"
    path.write_text(text.replace(marker, marker[:-3] + "assume:\n  - t one-hot\n---"), encoding="utf-8")
    assert main(["check", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    refuted = [link for link in report["links"] if link["status"] == "refuted"]
    assert refuted
    for link in refuted:
        targets = [value for name, value in link["counterexample"]["values"].items() if name.startswith("t_")]
        assert sorted(targets) == ["0"] * (len(targets) - 1) + ["1"]
