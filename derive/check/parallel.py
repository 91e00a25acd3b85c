"""Deciding many claims on both cores: this process takes claims from the front, a forked helper from the back.

A cold run decides every claim of a derivation, each on its own (a claim's verdict depends only on the claim and
the seed), so two processes can share the work without changing a verdict. The helper is forked (the parent's
imports and SymPy's caches come along), limits its own address space to ``HELPER_MEMORY`` (the parent and the
helper together stay within ``derive.read.sandbox.TOTAL_MEMORY``, the cap the check sandbox has), and sends
each verdict back through a pipe as soon as it has it. A claim the helper took and did not send back (it ran out
of memory, or stopped) is decided here: a failure in the helper costs time, never a verdict.

Without ``DERIVE_WORKERS``, a helper is forked only when a core is likely idle (the one-minute load average is
below the number of cores less one half): on a busy machine it would only take a core's time from this process.
Set ``DERIVE_WORKERS=1`` to decide every claim in this process, ``DERIVE_WORKERS=2`` to fork one whatever the
load.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")
R = TypeVar("R")

#: The environment variable that sets the number of processes (1: no helper).
WORKERS_ENV = "DERIVE_WORKERS"
#: The address space of the helper (the parent's share of the 2 GiB total is the rest).
HELPER_MEMORY = 1024**3
#: Fewer claims than this are decided here: a fork costs more than it saves.
MIN_CLAIMS = 4


def workers() -> int:
    """How many processes decide claims: ``DERIVE_WORKERS`` if set, else the CPUs this process may use (at most
    2: one helper)."""
    explicit = os.environ.get(WORKERS_ENV, "").strip()
    if explicit.isdigit():
        return max(1, min(2, int(explicit)))
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    if count >= 2 and _busy(count):
        return 1
    return max(1, min(2, count))


def _busy(count: int) -> bool:
    """True when no core is likely to be idle (the load average of the last minute is within half a process of
    ``count``): a helper then only competes for a core with this process, and costs the time of its fork."""
    try:
        return os.getloadavg()[0] > count - 0.5
    except (AttributeError, OSError):
        return False


def map_claims(decide: Callable[[T], R], items: Sequence[T], done: Callable[[int], object] | None = None) -> list[R]:
    """``[decide(item) for item in items]``, on two processes where that pays; ``done(index)`` is called here
    once for each item, as its result is here (for a progress bar)."""
    if len(items) < MIN_CLAIMS or workers() < 2:
        return _sequential(decide, items, done)
    context = _fork_context()
    if context is None:
        return _sequential(decide, items, done)
    counter = context.Array("i", [0, len(items)])  # the next item from the front, and one past the last left
    receiver, sender = context.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice by the helper
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    helper = context.Process(target=_helper, args=(sender, counter, decide, items), daemon=True)
    gc.freeze()  # the objects made so far are left alone by the collector: the helper's pages stay shared
    try:
        helper.start()
    except OSError:  # no process could be made: decide everything here
        receiver.close()
        sender.close()
        return _sequential(decide, items, done)
    finally:
        gc.unfreeze()
    sender.close()
    results: dict[int, R] = {}
    mine: set[int] = set()
    try:
        while (at := _take(counter, back=False)) is not None:
            results[at] = decide(items[at])
            mine.add(at)
            if done is not None:
                done(at)
            _receive(receiver, results, done, block=False)
        _receive(receiver, results, done, block=True)
    finally:
        if helper.is_alive():
            helper.kill()
        helper.join()
        receiver.close()
    for at in range(len(items)):  # what the helper took and did not send back
        if at not in results:
            results[at] = decide(items[at])
            if done is not None:
                done(at)
    return [results[at] for at in range(len(items))]


def _sequential(decide: Callable[[T], R], items: Sequence[T], done: Callable[[int], object] | None) -> list[R]:
    results = []
    for at, item in enumerate(items):
        results.append(decide(item))
        if done is not None:
            done(at)
    return results


def _fork_context() -> Any:
    """The fork start method, or None; multiprocessing is imported only here (7 ms a run that forks nothing)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def _take(counter: Any, back: bool) -> int | None:
    """The next item nobody has taken, from the front (this process) or from the back (the helper), or None.

    Each process works through a contiguous run of claims: a chain's neighbouring claims share their sides, so
    what one process grounds and evaluates for a claim serves it again at the next (its caches are its own)."""
    with counter.get_lock():
        front, end = int(counter[0]), int(counter[1])
        if front >= end:
            return None
        if back:
            counter[1] = end - 1
            return end - 1
        counter[0] = front + 1
    return front


def _receive(receiver: Connection, results: dict[int, Any], done: Callable[[int], object] | None, block: bool) -> None:
    """Read the helper's verdicts: those already sent, or (``block``) all until it stops."""
    try:
        while block or receiver.poll():
            at, value = receiver.recv()
            results[at] = value
            if done is not None:
                done(at)
    except (EOFError, OSError):
        pass


def _helper(sender: Connection, counter: Any, decide: Callable[[Any], Any], items: Sequence[Any]) -> None:
    """In the forked helper: take items from the counter, decide each, send (index, verdict) back."""
    _limit_memory(HELPER_MEMORY)
    try:
        while (at := _take(counter, back=True)) is not None:
            sender.send((at, decide(items[at])))
    except BaseException:  # the parent decides what the helper did not send
        pass
    finally:
        sender.close()


def _limit_memory(memory: int) -> None:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


__all__ = ["HELPER_MEMORY", "WORKERS_ENV", "map_claims", "workers"]
