"""GitHub Actions workflow commands: each step that is not proven becomes ``::error`` (refuted, undefined) or
``::warning`` (unproven, vacuous, not checked) on its file and line, which GitHub shows on that line of a pull
request. Escaping as GitHub's toolkit does it: ``%``, CR and LF in the message; also ``:`` and ``,`` in a
property (file, title). A derivation has no file: its annotations carry a title only.
"""

from __future__ import annotations

from collections.abc import Sequence

from derive.check import Status
from derive.printers.plain import plain
from derive.printers.sheet import Entry, Sheet

#: The command for each verdict that is not proven.
LEVELS = {
    Status.REFUTED: "error",
    Status.UNDEFINED: "error",
    Status.UNPROVEN: "warning",
    Status.VACUOUS: "warning",
}


def escape_data(text: str) -> str:
    """A message, as GitHub's toolkit escapes it: % first, then CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): as a message, and also : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, file: str | None = None, line: int | None = None, title: str = "") -> str:
    """``::level file=…,line=…,title=…::message``, the properties that are known, escaped."""
    properties = []
    if file is not None:
        properties.append(f"file={escape_property(file)}")
        if line is not None:
            properties.append(f"line={line}")
    if title:
        properties.append(f"title={escape_property(title)}")
    joined = " " + ",".join(properties) if properties else ""
    return f"::{level}{joined}::{escape_data(message)}"


def sheet_annotations(printed: Sheet) -> list[str]:
    """One command for each link not proven (a refuted shortcut is what its chain claims: none), and one warning
    for each display not checked (with the reason; "unreadable: …" for one the reader could not read)."""
    lines = []
    for chain in printed.chains:
        for row in chain.rows:
            if row.status is Status.PROVEN or (chain.expected_to_fail and row.status is Status.REFUTED):
                continue
            where = "" if row.line is None else f" (line {row.line})"
            message = f"{chain.title}{where}: = {row.written or plain(row.rhs)}\n{row.verdict}"
            if row.mistake:
                message += f"\n{row.mistake}"
            title = f"derive: {row.status.value} step" + (", the first wrong one" if row.first_wrong else "")
            lines.append(command(LEVELS[row.status], message, printed.path, row.line, title))
        if chain.expected_to_fail and not chain.ok:
            lines.append(command("error", f"{chain.title}: expected to fail, but no step is refuted", printed.path))
    for line, text in printed.not_checked:
        if line is not None:  # a display; the count of inline equalities is no warning (only displays are checked)
            lines.append(command("warning", text, printed.path, line, "derive: not checked"))
    return lines


def github(entries: Sequence[Entry]) -> str:
    """The workflow commands of every entry, then one line of summary each (plain log lines)."""
    lines: list[str] = []
    for entry in entries:
        if entry.sheet is None:
            lines.append(command("error", entry.error or "could not be read", entry.name, None, "derive: unreadable"))
            continue
        lines += sheet_annotations(entry.sheet)
    for entry in entries:
        said = entry.error if entry.sheet is None else entry.sheet.summary
        title = "" if entry.sheet is None or entry.sheet.title == entry.name else f" ({entry.sheet.title})"
        lines.append(f"{entry.name}{title}: {said}")
    return "\n".join(lines) + "\n"


__all__ = ["LEVELS", "command", "escape_data", "escape_property", "github", "sheet_annotations"]
