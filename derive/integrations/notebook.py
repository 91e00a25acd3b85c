"""The ``%%derive`` cell magic (``%load_ext derive``): the cell holds a derivation (derive front matter, then
Markdown with math, as a file for ``derive check``), and its output is the checked report, shown as Markdown with
typeset math and a verdict mark on every link (and as plain text where Markdown is not shown).

    %%derive --timeout 5 --no-cache
    ---
    n: symbolic
    ...

IPython is not imported here: the magic is registered through the shell that ``%load_ext`` hands over.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from derive.errors import DeriveError, UsageError
from derive.integrations.run import DEFAULT_BUDGET, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from derive.report import CheckReport

USAGE = "%%derive [--tex] [--no-cache] [--timeout S] [--budget S]"
NO_FRONT_MATTER = (
    "derive: nothing checked: the cell has no derive front matter (a '---' block with n, vectors and indices "
    "at its top)"
)


@dataclass(frozen=True)
class CheckedCell:
    """The report of a checked cell, as a notebook shows it: Markdown with math and marks, else plain text.

    No ``_repr_html_``: front ends prefer HTML to Markdown when given both, and not every one typesets TeX in
    HTML output, where Markdown's math is typeset by all. An HTML report with MathML (typeset without a script)
    could be added here when the printers write one."""

    report: CheckReport

    @property
    def ok(self) -> bool:
        """Every displayed equality of the cell checked and proven."""
        return self.report.ok

    def _repr_markdown_(self) -> str:
        from derive.printers import render

        return render(self.report, "markdown")

    def __repr__(self) -> str:
        from derive.integrations.words import report_text

        return report_text(self.report).rstrip("\n")


@dataclass(frozen=True)
class Options:
    tex: bool = False
    cache: bool = True
    timeout: float = DEFAULT_TIMEOUT
    budget: float = DEFAULT_BUDGET


def parse_options(line: str) -> Options:
    """The magic's options; ``UsageError`` naming the one not understood."""
    words = shlex.split(line)
    found: dict[str, Any] = {}
    while words:
        word = words.pop(0)
        if word == "--tex":
            found["tex"] = True
        elif word == "--no-cache":
            found["cache"] = False
        elif word in ("--timeout", "--budget"):
            value = words.pop(0) if words else ""
            try:
                seconds = float(value)
            except ValueError:
                seconds = -1.0
            if not 0.1 <= seconds <= 86400:
                raise UsageError(f"{word} takes seconds, from 0.1 to 86400, not {value!r}; usage: {USAGE}")
            found[word[2:]] = seconds
        else:
            raise UsageError(f"unknown option {word!r}; usage: {USAGE}")
    return Options(**found)


def derive_cell(line: str, cell: str) -> CheckedCell | None:
    """Check the derivation in ``cell``: the report, or None after one line on standard error (bad input, or a
    cell without derive front matter, which is not an error)."""
    from derive.integrations.run import check_text, has_front_matter

    try:
        options = parse_options(line)
        if not has_front_matter(cell, options.tex):
            print(NO_FRONT_MATTER, file=sys.stderr)
            return None
        report = check_text(
            cell,
            tex=options.tex,
            name="cell",
            timeout=options.timeout,
            budget=options.budget,
            cache=options.cache,
        )
    except DeriveError as error:
        print(f"derive: error: {error}", file=sys.stderr)
        return None
    return CheckedCell(report)


def register_magic(ipython: Any) -> None:
    """Register ``%%derive`` with an IPython shell (``%load_ext derive`` calls this)."""
    ipython.register_magic_function(derive_cell, magic_kind="cell", magic_name="derive")


__all__ = ["CheckedCell", "derive_cell", "parse_options", "register_magic"]
