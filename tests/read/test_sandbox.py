"""Work on untrusted input runs in a child with hard bounds: a timeout and a memory limit, never a hang."""

from __future__ import annotations

import time

from derive.errors import InputError
from derive.read.sandbox import run_bounded, run_many


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
