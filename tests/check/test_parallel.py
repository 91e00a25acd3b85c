"""Deciding claims on two processes (derive.check.parallel): the same verdicts, in order, whatever the helper does."""

from __future__ import annotations

import os

import pytest

from derive.check import check_derivation
from derive.check.parallel import WORKERS_ENV, map_claims, workers
from derive.engine import SYMBOLIC_N, build

PARENT = os.getpid()


def square_and_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def test_the_results_come_back_in_order_and_both_processes_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "2")
    results = map_claims(square_and_pid, list(range(40)))
    assert [value for value, _ in results] == [x * x for x in range(40)]
    pids = {pid for _, pid in results}
    assert PARENT in pids or len(pids) == 1  # this process takes its share unless the helper was faster at all


def test_what_a_helper_that_dies_took_is_decided_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "2")
    parent = os.getpid()

    def dies_in_the_helper(x: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        return x + 1

    assert map_claims(dies_in_the_helper, list(range(12))) == list(range(1, 13))


def test_an_error_in_a_claim_is_raised_here_as_without_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "2")

    def fails_at_five(x: int) -> int:
        if x == 5:
            raise ArithmeticError("five")
        return x

    with pytest.raises(ArithmeticError, match="five"):
        map_claims(fails_at_five, list(range(12)))


def test_every_item_is_reported_done_once_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "1")
    done: list[int] = []
    assert map_claims(lambda x: -x, [1, 2, 3, 4, 5], done.append) == [-1, -2, -3, -4, -5]
    assert done == [0, 1, 2, 3, 4]
    monkeypatch.setenv(WORKERS_ENV, "2")
    done.clear()
    assert map_claims(square_and_pid, list(range(30)), done.append)[7][0] == 49
    assert sorted(done) == list(range(30))  # the helper's items too


def test_workers_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert workers() == 1
    monkeypatch.setenv(WORKERS_ENV, "7")
    assert workers() == 2


def test_two_processes_give_the_verdicts_of_one_counterexamples_included(monkeypatch: pytest.MonkeyPatch) -> None:
    derivation = build("softmax-ce", SYMBOLIC_N)
    monkeypatch.setenv(WORKERS_ENV, "1")
    alone = check_derivation(derivation)
    monkeypatch.setenv(WORKERS_ENV, "2")
    shared = check_derivation(derivation)
    assert shared == alone
    assert any(v.counterexample is not None for chain in shared.chains for v in chain.verdicts)


def test_a_busy_machine_gets_no_helper_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.9, 1.0, 1.0))
    assert workers() == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (0.3, 1.0, 1.0))
    assert workers() == 2
    monkeypatch.setenv(WORKERS_ENV, "2")
    monkeypatch.setattr(os, "getloadavg", lambda: (1.9, 1.0, 1.0))
    assert workers() == 2
