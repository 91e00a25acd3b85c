"""Work on untrusted input runs in a child with hard bounds: a timeout and a memory limit, never a hang."""

from __future__ import annotations

import time

from derive.errors import InputError
from derive.read.sandbox import (
    BUDGET_SPENT,
    DEFAULT_MEMORY,
    MIN_WORKER_MEMORY,
    TOTAL_MEMORY,
    run_bounded,
    run_many,
    worker_plan,
)


def add(a: int, b: int) -> int:
    return a + b


def sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def allocate(size: int) -> int:
    return len(bytearray(size))


def bad_input() -> None:
    raise InputError("d.md:3: no")


def test_values_come_back_in_order() -> None:
    assert [o.value for o in run_many(add, [(1, 2), (3, 4), (5, 6)], workers=2)] == [3, 7, 11]
    assert run_bounded(add, (1, 1)).value == 2


def test_a_slow_call_is_stopped_at_its_own_deadline_and_the_others_finish() -> None:
    start = time.monotonic()
    slow, fast = run_many(sleep, [(30.0,), (0.01,)], timeout=1.0, workers=2)
    assert time.monotonic() - start < 10
    assert slow.value is None and slow.failure is not None and "time budget" in slow.failure
    assert fast.value == 0.01


def test_memory_is_bounded() -> None:
    outcome = run_bounded(allocate, (8 * 1024**3,), memory=1024**3)
    assert outcome.value is None and outcome.failure is not None and "memory" in outcome.failure


def test_a_user_facing_error_comes_back_as_its_message() -> None:
    outcome = run_bounded(bad_input, ())
    assert outcome.error == "d.md:3: no" and outcome.value is None


def pid(_: int) -> int:
    import os

    return os.getpid()


def test_calls_share_a_child_in_batches_and_keep_their_order() -> None:
    outcomes = run_many(pid, [(at,) for at in range(12)], workers=1, batch=4)
    pids = [o.value for o in outcomes]
    assert len(set(pids)) == 3 and pids[:4] == [pids[0]] * 4


def test_a_slow_call_in_a_batch_times_out_alone_and_the_rest_of_its_batch_runs() -> None:
    outcomes = run_many(sleep, [(0.01,), (30.0,), (0.02,), (0.03,)], timeout=1.0, workers=1, batch=4)
    assert [o.value for o in outcomes] == [0.01, None, 0.02, 0.03]
    assert outcomes[1].failure is not None and "time budget of 1 s" in outcomes[1].failure


def test_a_crash_in_a_batch_fails_that_call_only() -> None:
    outcomes = run_many(allocate_or_add, [(1,), (8 * 1024**3,), (2,)], memory=1024**3, workers=1, batch=3)
    assert outcomes[0].value == 1 and outcomes[2].value == 2
    assert outcomes[1].failure is not None and "memory" in outcomes[1].failure


def allocate_or_add(size: int) -> int:
    return size if size < 100 else len(bytearray(size))


def test_the_whole_budget_stops_the_run_and_names_the_calls_left() -> None:
    # forty calls of 30 s each, two at a time, would take ten minutes; the budget of 1 s stops them all
    outcomes = run_many(sleep, [(30.0,)] * 40, timeout=60.0, workers=2, budget=1.0, batch=1)
    assert [o.failure for o in outcomes] == [BUDGET_SPENT] * 40


def test_all_workers_stay_under_one_memory_cap_whatever_the_core_count() -> None:
    for cores in (1, 2, 16, 128):
        count, each = worker_plan(cores, DEFAULT_MEMORY, TOTAL_MEMORY)
        assert 1 <= count <= cores and count * each <= TOTAL_MEMORY and each >= MIN_WORKER_MEMORY
    assert worker_plan(16, DEFAULT_MEMORY, None) == (16, DEFAULT_MEMORY)  # without a cap: as before
