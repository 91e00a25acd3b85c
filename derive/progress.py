"""Progress of long work, and the files written, on standard error.

A progress bar (rich's) shows only when standard error is a terminal: piped or redirected, nothing but the
"wrote FILE" lines reach it. rich is imported only when a bar is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import click

from derive.output_files import is_stdout, write_output


class Tracker(Protocol):
    """What a command reports while it works: how many steps it now expects, a step done, and a file written."""

    def expect(self, total: int) -> None: ...

    def advance(self, what: str = "") -> None: ...

    def wrote(self, path: Path) -> None: ...


def announce(path: Path) -> None:
    """One line on standard error: ``wrote PATH``."""
    click.echo(f"wrote {path}", err=True)


class _Quiet:
    """No bar: a written file is still announced, one line on standard error."""

    def expect(self, total: int) -> None:
        pass

    def advance(self, what: str = "") -> None:
        pass

    def wrote(self, path: Path) -> None:
        announce(path)


def stderr_is_terminal() -> bool:
    """True when standard error is a terminal (where a progress bar can redraw itself)."""
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def progress(description: str, total: int | None = None, show: bool = True) -> Iterator[Tracker]:
    """A tracker for ``total`` steps (None: not known yet) of work called ``description``: a bar on a terminal
    (when ``show``), and the written files announced above it; elsewhere, only the announcements."""
    if not (show and stderr_is_terminal()):
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=sys.stderr, force_terminal=True)  # stderr_is_terminal() decided
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(description, total=total)

        class _Bar:
            def expect(self, total: int) -> None:
                bar.update(task, total=total)

            def advance(self, what: str = "") -> None:
                bar.update(task, advance=1, description=f"{description} {what}".rstrip())

            def wrote(self, path: Path) -> None:
                bar.console.print(f"wrote {path}", markup=False, highlight=False)

        yield _Bar()


def emit(data: str | bytes, output: Path | None, tracker: Tracker | None = None) -> None:
    """Print ``data``, or write it whole to ``output`` and announce the file on standard error."""
    if is_stdout(output) and isinstance(data, str):
        click.echo(data, nl=not data.endswith("\n"))
    elif write_output(output, data) and output is not None:
        (tracker.wrote if tracker is not None else announce)(output)


__all__ = ["Tracker", "announce", "emit", "progress", "stderr_is_terminal"]
