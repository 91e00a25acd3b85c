"""Many check files at once: the paths a user gives (files, directories, globs) become the files to check; each
is read and checked, or skipped (no derive front matter) or found unreadable, and timed.

The links of several files are checked together, in parallel child processes within one memory cap
(``derive.report.check_documents``). Nothing here prints: the printers print a ``Batch``.
"""

from __future__ import annotations

import glob
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from derive.check.verdict import Status
from derive.detect import HEAD_CHARS, has_front_matter
from derive.errors import DeriveError, UsageError
from derive.report import CheckReport, check_document, check_documents, read_file

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache
    from derive.read.document import Document

#: The files a directory holds that are check files when they have derive front matter.
SUFFIXES = (".md", ".markdown", ".tex")
#: A wave of files is checked together once its files hold this many links (see ``check_many``).
WAVE_LINKS = 32
#: Glob characters: a path that holds one is expanded (recursively with **).
GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class FileResult:
    """One file of a batch: its report, or why there is none (``error``: unreadable; ``skipped``)."""

    path: Path
    report: CheckReport | None = None
    error: str | None = None
    seconds: float = 0.0

    @property
    def skipped(self) -> bool:
        return self.report is None and self.error is None

    @property
    def ok(self) -> bool:
        return self.skipped or (self.report is not None and self.report.ok)

    def count(self, status: Status) -> int:
        return 0 if self.report is None else self.report.count(status)

    @property
    def links(self) -> int:
        return 0 if self.report is None else len(self.report.links)

    @property
    def unreadable(self) -> int:
        """Displays that could not be read (partial reading), or 1 for a file that could not be read at all."""
        if self.error is not None:
            return 1
        return 0 if self.report is None else self.report.unreadable


@dataclass(frozen=True)
class Batch:
    """Every file given, in order: checked, unreadable or skipped."""

    files: tuple[FileResult, ...]

    @property
    def checked(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if not f.skipped)

    @property
    def skipped(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.skipped)

    @property
    def ok(self) -> bool:
        """Every file read, and every link of every checked file proven (skipped files count for nothing)."""
        return all(f.ok for f in self.files)

    @property
    def unreadable_files(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.error is not None)

    def total(self, status: Status) -> int:
        return sum(f.count(status) for f in self.files)


def has_derive_front_matter(path: Path) -> bool:
    """True when ``path`` opens with derive front matter (``derive.detect``). A file that cannot be opened counts
    as one, so that reading it says what is wrong."""
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            head = stream.read(HEAD_CHARS)
    except OSError:
        return True
    return has_front_matter(head, tex=path.suffix.lower() in (".tex", ".latex"))


def collect(paths: Sequence[str]) -> list[Path]:
    """The files that ``paths`` name, in order, each once: a file as given, a directory's .md, .markdown and
    .tex files (recursively, sorted), a glob's matches. A UsageError for a path that names nothing."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if GLOB.search(given) and not path.exists():
            matches = sorted(Path(m) for m in glob.glob(given, recursive=True))
            files = [m for m in matches if m.is_file()] + [f for m in matches if m.is_dir() for f in _under(m)]
            if not files:
                raise UsageError(f"no file matches {given}; check the pattern (quote it so that derive expands it)")
            found += files
        elif path.is_dir():
            files = _under(path)
            if not files:
                raise UsageError(f"no .md, .markdown or .tex file under {given}; give a directory that holds some")
            found += files
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise UsageError(f"no such file or directory: {given}")
    return list(dict.fromkeys(found))


def _under(directory: Path) -> list[Path]:
    """The check-file candidates under ``directory``, recursively, sorted; hidden directories are left out."""
    return sorted(
        p
        for p in directory.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(directory).parts[:-1])
    )


def check_many(
    files: Iterable[Path],
    timeout: float = 10.0,
    budget: float = 60.0,
    cache: VerdictCache | None = None,
    done: Callable[[FileResult], None] | None = None,
) -> Batch:
    """Check each file; a file without derive front matter is skipped, one that cannot be read is an unreadable
    entry with the reason; ``done`` is told of each file as it is done.

    Files are read one after another, and their links checked together a wave at a time (files in order, at
    least ``WAVE_LINKS`` links a wave): both workers stay busy where a file has few links. A wave's links share
    the budgets of its files; a file's seconds are its reading and its share (by links) of its wave's checking."""
    results: dict[int, FileResult] = {}
    wave: list[tuple[int, Path, Document, float]] = []

    def finish(at: int, result: FileResult) -> None:
        results[at] = result
        if done is not None:
            done(result)

    def flush() -> None:
        if wave:
            for at, result in _check_wave(wave, timeout, budget, cache):
                finish(at, result)
            wave.clear()

    for at, path in enumerate(files):
        if not has_derive_front_matter(path):
            finish(at, FileResult(path))
            continue
        started = time.monotonic()
        try:
            document = read_file(path, budget)
        except DeriveError as error:
            finish(at, FileResult(path, error=_reason(path, error), seconds=time.monotonic() - started))
            continue
        wave.append((at, path, document, time.monotonic() - started))
        if sum(len(document.links) for _, _, document, _ in wave) >= WAVE_LINKS:
            flush()
    flush()
    return Batch(tuple(results[at] for at in sorted(results)))


def _check_wave(
    wave: Sequence[tuple[int, Path, Document, float]], timeout: float, budget: float, cache: VerdictCache | None
) -> list[tuple[int, FileResult]]:
    """The files of a wave checked together; when one of them cannot be (its assumptions contradict each
    other), each is checked on its own, so that only that one is unreadable."""
    started = time.monotonic()
    documents = [document for _, _, document, _ in wave]
    try:
        shared = sum(max(0.0, budget - read) for _, _, _, read in wave)
        reports = check_documents(documents, timeout, shared, cache)
    except DeriveError:
        return [(at, _check_alone(path, document, read, timeout, budget, cache)) for at, path, document, read in wave]
    seconds = time.monotonic() - started
    links = sum(len(document.links) for document in documents) or 1
    return [
        (at, FileResult(path, report, seconds=read + seconds * len(document.links) / links))
        for (at, path, document, read), report in zip(wave, reports, strict=True)
    ]


def _reason(path: Path, error: DeriveError) -> str:
    """The one-line reason a file is unreadable, naming the file (the reader's messages already do)."""
    message = str(error)
    return message if message.startswith(str(path)) else f"{path}: {message}"


def _check_alone(
    path: Path, document: Document, read: float, timeout: float, budget: float, cache: VerdictCache | None
) -> FileResult:
    started = time.monotonic()
    try:
        report = check_document(document, timeout, max(0.0, budget - read), cache)
    except DeriveError as error:
        return FileResult(path, error=_reason(path, error), seconds=read + time.monotonic() - started)
    return FileResult(path, report, seconds=read + time.monotonic() - started)


__all__ = ["SUFFIXES", "Batch", "FileResult", "check_many", "collect", "has_derive_front_matter"]
