"""Many files checked at once (a ``Batch``): the summary table, and the whole batch as text, Markdown or JSON.

The table has a row per file checked (file, links, proven, refuted, unproven, unreadable, seconds); a file that
could not be read at all says "file" under unreadable, with its reason below the table. "unproven" counts every
link neither proven nor refuted (unproven, vacuous, undefined).
"""

from __future__ import annotations

import json
from typing import Any

from derive.batch import Batch, FileResult
from derive.check import Status

COLUMNS = ("file", "links", "proven", "refuted", "unproven", "unreadable", "seconds")


def row(result: FileResult) -> tuple[str, ...]:
    seconds = f"{result.seconds:.1f}"
    if result.report is None:
        return (str(result.path), "-", "-", "-", "-", "file", seconds)
    proven, refuted = result.count(Status.PROVEN), result.count(Status.REFUTED)
    counts = (result.links, proven, refuted, result.links - proven - refuted, result.unreadable)
    return (str(result.path), *(str(c) for c in counts), seconds)


def totals_line(batch: Batch) -> str:
    """ "3 files checked: 2 with every link proven, 1 not; 1 unreadable; 2 skipped (no derive front matter)"."""
    checked = [f for f in batch.checked if f.report is not None]
    good = sum(f.ok for f in checked)
    parts = [f"{len(checked)} file{'s' if len(checked) != 1 else ''} checked: {good} with every link proven"]
    if len(checked) - good:
        parts[0] += f", {len(checked) - good} not"
    if batch.unreadable_files:
        parts.append(f"{len(batch.unreadable_files)} unreadable")
    if batch.skipped:
        parts.append(f"{len(batch.skipped)} skipped (no derive front matter)")
    return "; ".join(parts) + "."


def summary_table(batch: Batch) -> str:
    """The table in columns (numbers aligned right), the totals, and each unreadable file's reason."""
    rows = [COLUMNS, *(row(f) for f in batch.checked)]
    widths = [max(len(r[at]) for r in rows) for at in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.ljust(widths[at]) if at == 0 else cell.rjust(widths[at]) for at, cell in enumerate(r)).rstrip()
        for r in rows
    ]
    lines += ["", totals_line(batch)]
    lines += [f"unreadable: {f.error}" for f in batch.unreadable_files]
    return "\n".join(lines) + "\n"


def summary_markdown(batch: Batch) -> str:
    rows = [COLUMNS, tuple("---" for _ in COLUMNS), *(row(f) for f in batch.checked)]
    lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in rows]
    lines += ["", totals_line(batch)]
    lines += [f"- unreadable: {f.error}" for f in batch.unreadable_files]
    return "\n".join(lines) + "\n"


def batch_object(batch: Batch) -> dict[str, Any]:
    """Every file: ``status`` (checked, unreadable, skipped), ``seconds``, and its report (as ``derive check
    --format json`` writes one) or the ``reason`` it could not be read."""
    from derive.printers.json import report_object

    files = []
    for f in batch.files:
        status = "skipped" if f.skipped else ("unreadable" if f.error is not None else "checked")
        entry: dict[str, Any] = {"file": str(f.path), "status": status, "seconds": round(f.seconds, 3)}
        if f.error is not None:
            entry["reason"] = f.error
        if f.report is not None:
            entry["report"] = report_object(f.report)
        files.append(entry)
    return {
        "files": files,
        "links": sum(f.links for f in batch.files),
        "proven": batch.total(Status.PROVEN),
        "refuted": batch.total(Status.REFUTED),
        "skipped": len(batch.skipped),
        "unreadable": len(batch.unreadable_files),
        "ok": batch.ok,
    }


def batch_json(batch: Batch) -> str:
    return json.dumps(batch_object(batch), indent=2, ensure_ascii=False) + "\n"


def batch_markdown(batch: Batch) -> str:
    """The report of every file that is not all proven, then the summary table."""
    from derive.printers.markdown import markdown_report

    parts = [markdown_report(f.report) for f in batch.checked if f.report is not None and not f.report.ok]
    return "\n".join([*parts, "# Summary\n", summary_markdown(batch)])


def batch_text(batch: Batch, width: int = 100) -> str:
    """The report of every file that is not all proven, then the summary table."""
    from derive.printers.terminal import report_text

    parts = [report_text(f.report, width) for f in batch.checked if f.report is not None and not f.report.ok]
    return "\n".join([*parts, summary_table(batch)])


__all__ = ["COLUMNS", "batch_json", "batch_markdown", "batch_object", "batch_text", "summary_table", "totals_line"]
