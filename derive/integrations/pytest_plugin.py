"""The pytest plugin (entry point ``pytest11``): ``pytest --derive`` checks every .md, .markdown and .tex file
with derive front matter under the paths pytest is given (or ``testpaths``), as ``derive check`` does.

Each chain is one test item, named by its line and heading (``notes/softmax.md::line 19: Chain 1``); a file
that cannot be read is one failing item (``read``), and so is each displayed equality that derive did not check.
A file is checked once, when its first item runs (its links in parallel, within its time budget), with the
verdict cache unless ``--derive-no-cache``. Without ``--derive`` the plugin only adds its options: it imports
nothing of derive's checker, nor SymPy.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from derive.integrations.words import ChainReport
    from derive.read import Document, Link
    from derive.report import CheckReport


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("derive", "derivations checked by derive")
    group.addoption(
        "--derive",
        action="store_true",
        help="check every .md, .markdown and .tex file with derive front matter: one test per equality chain",
    )
    group.addoption(
        "--derive-no-cache",
        action="store_true",
        help="decide every verdict afresh: neither read nor write derive's verdict cache",
    )
    group.addoption("--derive-timeout", type=seconds, default=10.0, metavar="S", help="seconds for each link [10]")
    group.addoption("--derive-budget", type=seconds, default=60.0, metavar="S", help="seconds for each file [60]")


def seconds(text: str) -> float:
    """A number of seconds from 0.1 to 86400, as derive check takes them; else a usage error."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 86400:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0.1 to 86400")
    return value


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> DeriveFile | None:
    if not parent.config.getoption("derive"):
        return None
    from derive.integrations.run import SUFFIXES, is_derive_file

    derivation = is_derive_file(file_path)
    if not derivation and not (file_path.suffix.lower() in SUFFIXES and parent.session.isinitpath(file_path)):
        return None  # no derive front matter (a README, a page of another site): not a derivation
    file: DeriveFile = DeriveFile.from_parent(parent, path=file_path)
    file.derivation = derivation  # named on the command line without front matter: skipped, not "not found"
    return file


class NotProven(Exception):
    """A chain with a link not proven, or an equality not checked: the failure's text is the message."""


class DeriveFile(pytest.File):
    """A derive file: read at collection (to name its chains), checked when its first item runs."""

    derivation = True
    document: Document | None = None
    _checked: CheckReport | None = None
    _error: Exception | None = None

    def collect(self) -> Iterator[pytest.Item]:
        from derive.errors import DeriveError
        from derive.integrations.run import read

        if not self.derivation:
            return
        try:
            self.document = read(self.path, self.config.getoption("derive_budget"))
        except DeriveError as error:
            message = str(error).replace(str(self.path), os.path.relpath(self.path, self.config.invocation_params.dir))
            yield Failing.from_parent(self, name="read", message=f"derive: error: {message}", line=1)
            return
        from derive.printers.report_words import chain_heading

        openings: dict[int, Link] = {}
        for link in self.document.links:
            openings.setdefault(link.chain, link)
        for number, link in openings.items():
            name = f"line {link.line}: {chain_heading(link)}"
            yield ChainItem.from_parent(self, name=name, chain=number, line=link.line)
        for unchecked in self.document.unchecked:
            if unchecked.equality:
                message = f"line {unchecked.line}: not checked — {unchecked.reason}"
                yield Failing.from_parent(
                    self, name=f"line {unchecked.line}: not checked", message=message, line=unchecked.line
                )
        if not self.document.links:
            message = "nothing was checked: no display holds an equality chain"
            yield Failing.from_parent(self, name="nothing checked", message=message, line=1)

    def checked(self) -> CheckReport:
        """The file's report, checked once for all its items (an error, once, for all of them)."""
        if self._error is not None:
            raise self._error
        if self._checked is None:
            from derive.integrations.run import check_document

            assert self.document is not None
            options = self.config.getoption
            try:
                self._checked = check_document(
                    self.document,
                    options("derive_timeout"),
                    options("derive_budget"),
                    cache=not options("derive_no_cache"),
                )
            except Exception as error:
                self._error = error
                raise
        return self._checked


class DeriveItem(pytest.Item):
    """An item of a derive file, at a line of it."""

    def __init__(self, *, line: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        from derive.errors import DeriveError

        if isinstance(excinfo.value, NotProven):
            return str(excinfo.value)
        if isinstance(excinfo.value, DeriveError):
            return f"derive: error: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"derive: {self.name}"


class ChainItem(DeriveItem):
    """One equality chain: passes when every link is proven."""

    def __init__(self, *, chain: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.chain = chain

    def runtest(self) -> None:
        from derive.integrations.words import chain_text, chains, title

        parent = self.parent
        assert isinstance(parent, DeriveFile)
        found: ChainReport = next(c for c in chains(parent.checked()) if c.number == self.chain)
        if not found.ok:
            first = next(link for link in found.links if link.status.value != "proven")
            raise NotProven(f"{title(first)}\n\n{chain_text(found)}")


class Failing(DeriveItem):
    """What fails whatever the checker says: a file that cannot be read, an equality not checked."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise NotProven(self.message)
