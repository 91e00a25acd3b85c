"""Run work on untrusted input in a child process under hard bounds: a wall-clock timeout and a memory limit.

The child is forked (the parent's imports and SymPy cache come along), limits its own address space with
``resource.RLIMIT_AS``, and sends back its result through a pipe; the parent waits at most ``timeout``
seconds, then kills it. A timeout, a memory error or a crash in the child is an ``Outcome`` with a reason,
never a hang and never a traceback.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from derive.errors import DeriveError

#: Default bounds for one link of a chain.
DEFAULT_TIMEOUT = 10.0
DEFAULT_MEMORY = 2 * 1024**3
#: The memory of all workers together: divided among them (``worker_plan``), whatever the number of cores.
TOTAL_MEMORY = 2 * 1024**3
#: Each worker gets at least this much; fewer workers run when the total does not allow it.
MIN_WORKER_MEMORY = 512 * 1024**2
#: At most this many calls run one after another in one child (a fork per call costs more than a trivial call).
MAX_BATCH = 32
BUDGET_SPENT = "the file's time budget is spent"


@dataclass(frozen=True)
class Outcome:
    """The child's return value, or why there is none (``failure``)."""

    value: Any = None
    failure: str | None = None
    #: The one-line message of a ``DeriveError`` that the function raised (bad input, not a bound).
    error: str | None = None


def _limit_memory(memory: int) -> None:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _call(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    try:
        return ("ok", function(*args))
    except DeriveError as error:
        return ("error", str(error))
    except MemoryError:
        return ("failure", "ran out of memory")
    except RecursionError:
        return ("failure", "expression nested too deeply")
    except Exception as error:  # report any failure as data: the parent prints one line
        last = traceback.extract_tb(error.__traceback__)[-1:]
        where = f" ({last[0].name})" if last else ""
        shown = f"\n{traceback.format_exc()}" if os.environ.get("DERIVE_DEBUG") else ""  # the traceback, asked for
        return ("failure", f"internal error: {type(error).__name__}{where}{shown}")


def _child(connection: Connection, function: Callable[..., Any], batch: list[tuple[Any, ...]], memory: int) -> None:
    """Run every call of ``batch`` in turn, sending each result as soon as it is there."""
    _limit_memory(memory)
    try:
        for args in batch:
            kind, payload = _call(function, args)
            try:
                connection.send((kind, payload))
            except Exception as error:  # a value that cannot be pickled: a failure, not a crash
                connection.send(("failure", f"internal error: {type(error).__name__} (send)"))
    finally:
        connection.close()


def _start(function: Callable[..., Any], batch: list[tuple[Any, ...]], memory: int) -> tuple[Connection, Any]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, function, batch, memory), daemon=True
    )
    process.start()
    sender.close()
    return receiver, process


def _outcome(kind: str, payload: Any) -> Outcome:
    if kind == "error":
        return Outcome(error=payload)
    return Outcome(value=payload) if kind == "ok" else Outcome(failure=payload)


def _stop(process: Any, receiver: Connection) -> None:
    if process.is_alive():
        process.kill()
    process.join()
    receiver.close()


def worker_plan(workers: int | None, memory: int, total: int | None) -> tuple[int, int]:
    """How many workers run at once and the memory limit of each: at most the number of CPUs (or ``workers``),
    and, under a ``total`` cap, as many as get ``MIN_WORKER_MEMORY`` each, the total divided among them."""
    count = max(1, workers or os.cpu_count() or 1)
    if total is None:
        return count, memory
    count = max(1, min(count, total // MIN_WORKER_MEMORY))
    return count, min(memory, total // count)


@dataclass
class _Batch:
    """Calls (by index) that one child runs in turn; ``done`` of them have come back."""

    indices: list[int]
    process: Any
    deadline: float
    done: int = 0


def run_many(
    function: Callable[..., Any],
    calls: Sequence[tuple[Any, ...]],
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
    workers: int | None = None,
    budget: float | None = None,
    total_memory: int | None = None,
    batch: int | None = None,
) -> list[Outcome]:
    """``function(*args)`` for each ``args`` in ``calls``, in children under bounds; the outcomes in order.

    Each call has its own ``timeout``, counted from its start (the end of the call before it in its child); a
    call that overruns is stopped with its child, and the calls after it in that child start again in a new
    one. ``budget`` bounds the whole run: when it is spent, the calls not finished are failures
    (``BUDGET_SPENT``). At most ``workers`` children run at once (default: the number of CPUs), each with a
    ``memory`` limit; with ``total_memory``, fewer workers run so that together they stay under it
    (``worker_plan``). Calls are grouped ``batch`` at a time per child (default: up to ``MAX_BATCH``, so that
    every worker gets several batches).
    """
    count, memory = worker_plan(workers, memory, total_memory)
    size = batch or max(1, min(MAX_BATCH, len(calls) // (4 * count)))
    results: list[Outcome] = [Outcome(failure="not run")] * len(calls)
    order = list(range(len(calls)))
    pending = [order[at : at + size] for at in range(0, len(order), size)][::-1]
    running: dict[Connection, _Batch] = {}
    end = None if budget is None else time.monotonic() + budget
    try:
        while pending or running:
            now = time.monotonic()
            if end is not None and now >= end:
                break
            while pending and len(running) < count:
                indices = pending.pop()
                receiver, process = _start(function, [tuple(calls[at]) for at in indices], memory)
                running[receiver] = _Batch(indices, process, time.monotonic() + timeout)
            soonest = min(b.deadline for b in running.values())
            if end is not None:
                soonest = min(soonest, end)
            ready = wait(list(running), timeout=max(0.0, soonest - time.monotonic()))
            for receiver in list(running):
                group = running[receiver]
                finished = False
                if receiver in ready:
                    finished = _collect(receiver, group, results, timeout)
                elif time.monotonic() >= group.deadline:
                    results[group.indices[group.done]] = Outcome(
                        failure=f"no verdict within the time budget of {timeout:g} s"
                    )
                    group.done += 1
                    finished = True
                if finished:
                    _stop(group.process, receiver)
                    del running[receiver]
                    rest = group.indices[group.done :]
                    if rest:
                        pending.append(rest)
    finally:
        for receiver, group in running.items():
            _stop(group.process, receiver)
    for at, outcome in enumerate(results):
        if outcome.failure == "not run":
            results[at] = Outcome(failure=BUDGET_SPENT)
    return results


def _collect(receiver: Connection, group: _Batch, results: list[Outcome], timeout: float) -> bool:
    """Read what the child sent; True when its batch is over (all done, or the child stopped)."""
    try:
        while receiver.poll():
            kind, payload = receiver.recv()
            results[group.indices[group.done]] = _outcome(kind, payload)
            group.done += 1
            group.deadline = time.monotonic() + timeout
            if group.done == len(group.indices):
                return True
    except (EOFError, OSError):
        results[group.indices[group.done]] = Outcome(failure="the checking process stopped (out of memory?)")
        group.done += 1
        return True
    return False


def run_bounded(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
) -> Outcome:
    """``function(*args)`` in a child process: its value, or an ``Outcome`` naming the bound it hit."""
    return run_many(function, [args], timeout, memory, workers=1)[0]
