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


@dataclass(frozen=True)
class Outcome:
    """The child's return value, or why there is none (``failure``)."""

    value: Any = None
    failure: str | None = None
    #: The one-line message of a ``DeriveError`` that the function raised (bad input, not a bound).
    error: str | None = None


def _child(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...], memory: int) -> None:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass
    try:
        connection.send(("ok", function(*args)))
    except DeriveError as error:
        connection.send(("error", str(error)))
    except MemoryError:
        connection.send(("failure", "ran out of memory"))
    except RecursionError:
        connection.send(("failure", "expression nested too deeply"))
    except Exception as error:  # report any failure as data: the parent prints one line
        last = traceback.extract_tb(error.__traceback__)[-1:]
        where = f" ({last[0].name})" if last else ""
        connection.send(("failure", f"internal error: {type(error).__name__}{where}"))
    finally:
        connection.close()


def _start(function: Callable[..., Any], args: tuple[Any, ...], memory: int) -> tuple[Connection, Any]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, function, args, memory), daemon=True
    )
    process.start()
    sender.close()
    return receiver, process


def _receive(receiver: Connection) -> Outcome:
    try:
        kind, payload = receiver.recv()
    except (EOFError, OSError):
        return Outcome(failure="the checking process stopped (out of memory?)")
    if kind == "error":
        return Outcome(error=payload)
    return Outcome(value=payload) if kind == "ok" else Outcome(failure=payload)


def _stop(process: Any, receiver: Connection) -> None:
    if process.is_alive():
        process.kill()
    process.join()
    receiver.close()


def run_many(
    function: Callable[..., Any],
    calls: Sequence[tuple[Any, ...]],
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
    workers: int | None = None,
) -> list[Outcome]:
    """``function(*args)`` for each ``args`` in ``calls``, each in its own child with its own ``timeout`` (counted
    from its start) and memory limit, at most ``workers`` at a time (default: the number of CPUs); in order."""
    workers = max(1, workers or os.cpu_count() or 1)
    results: list[Outcome] = [Outcome(failure="not run")] * len(calls)
    pending = list(enumerate(calls))[::-1]
    running: dict[Connection, tuple[int, Any, float]] = {}
    try:
        while pending or running:
            while pending and len(running) < workers:
                index, args = pending.pop()
                receiver, process = _start(function, args, memory)
                running[receiver] = (index, process, time.monotonic() + timeout)
            soonest = min(deadline for _, _, deadline in running.values())
            ready = wait(list(running), timeout=max(0.0, soonest - time.monotonic()))
            now = time.monotonic()
            for receiver in list(running):
                index, process, deadline = running[receiver]
                if receiver in ready:
                    results[index] = _receive(receiver)
                elif now >= deadline:
                    results[index] = Outcome(failure=f"no verdict within the time budget of {timeout:g} s")
                else:
                    continue
                _stop(process, receiver)
                del running[receiver]
    finally:
        for receiver, (_, process, _) in running.items():
            _stop(process, receiver)
    return results


def run_bounded(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
) -> Outcome:
    """``function(*args)`` in a child process: its value, or an ``Outcome`` naming the bound it hit."""
    return run_many(function, [args], timeout, memory, workers=1)[0]
