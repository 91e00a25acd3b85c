"""Run work on untrusted input in a child process under hard bounds: a wall-clock timeout and a memory limit.

The child is forked (the parent's imports and SymPy cache come along), limits its own address space with
``resource.RLIMIT_AS``, and sends back its result through a pipe; the parent waits at most ``timeout``
seconds, then kills it. A timeout, a memory error or a crash in the child is an ``Outcome`` with a reason,
never a hang and never a traceback.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
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


def run_bounded(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    timeout: float = DEFAULT_TIMEOUT,
    memory: int = DEFAULT_MEMORY,
) -> Outcome:
    """``function(*args)`` in a child process: its value, or an ``Outcome`` naming the bound it hit."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, function, args, memory), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            return Outcome(failure=f"no verdict within the time budget of {timeout:g} s")
        try:
            kind, payload = receiver.recv()
        except (EOFError, OSError):
            return Outcome(failure="the checking process stopped (out of memory?)")
        if kind == "error":
            return Outcome(error=payload)
        return Outcome(value=payload) if kind == "ok" else Outcome(failure=payload)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
