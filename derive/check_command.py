"""``derive check PATH…``: one file as its report, or many (directories, globs, several paths) as the report of
each file that is not all proven and a summary table; a progress bar on a terminal.

Exit codes: 0 every link of every file checked is proven; 1 a link is refuted or unproven, or a display was not
checked; 2 bad usage, or a file that could not be read at all (with many files, after checking the others; the
file is in the table as unreadable, with its reason below it); 3 a bug in derive, said in one line (``derive.cli``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from derive.errors import UsageError
from derive.output_files import ensure_writable, is_stdout
from derive.progress import emit, progress

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache

EXIT_OK, EXIT_NOT_PROVEN, EXIT_USAGE = 0, 1, 2


def one_file(paths: Sequence[str], many: bool) -> bool:
    """True when ``paths`` is one file named as such (not a directory or a glob, and not under --many)."""
    if many or len(paths) != 1:
        return False
    from derive.batch import GLOB

    path = Path(paths[0])
    return not path.is_dir() and (path.exists() or not GLOB.search(paths[0]))


def run_check(
    paths: Sequence[str],
    fmt: str,
    timeout: float,
    budget: float,
    output: Path | None,
    cache: VerdictCache | None,
    verbose: bool = False,
    many: bool = False,
) -> int:
    """Check ``paths`` and print or write the report in ``fmt``; the exit code."""
    if output is not None:
        ensure_writable(output)
    if one_file(paths, many):
        from derive.report import check_file

        report = check_file(Path(paths[0]), timeout, budget, cache)
        if fmt == "text" and is_stdout(output):
            from derive.printers.terminal import print_report

            print_report(report, verbose=verbose)
        else:
            from derive.printers import render

            emit(render(report, fmt), output)
        return EXIT_OK if report.ok else EXIT_NOT_PROVEN
    from derive.batch import check_many, collect

    if fmt == "latex":
        raise UsageError("--format latex writes one document for one file; give one file, or --format html or json")
    files = collect(paths)
    with progress("check", len(files)) as tracker:
        batch = check_many(files, timeout, budget, cache, done=lambda result: tracker.advance(result.path.name))
    if fmt == "text" and is_stdout(output):
        from derive.printers.table import summary_table
        from derive.printers.terminal import console_for_output, print_report

        console = console_for_output()
        for result in batch.checked:
            if result.report is not None and not result.report.ok:
                print_report(result.report, console, verbose)
                console.print()
        click.echo(summary_table(batch), nl=False)
    else:
        from derive.printers import render

        emit(render(batch, fmt), output)
    if batch.unreadable_files:
        return EXIT_USAGE
    return EXIT_OK if batch.ok else EXIT_NOT_PROVEN


__all__ = ["run_check"]
