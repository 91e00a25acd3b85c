"""Printers: a checked derivation or a check report as terminal text, LaTeX, Markdown or JSON. They read steps
and verdicts and never compute; rich is imported only for the terminal (so that ``derive --help`` stays fast).

Both things printed are chains of checked links: a ``CheckedDerivation`` (built-in, from ``derive show``) and a
``CheckReport`` (a file a person wrote, from ``derive check``). Each format is one module that prints both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from derive.check import CheckedDerivation
from derive.check.display import register
from derive.report import CheckReport

#: Formats that print a ``Sheet`` (printers/sheet.py): one module each, for a derivation, a report or many files.
SHEET_FORMATS = ("html", "github", "junit")
#: The output formats that ``render`` knows for a checked derivation, as the CLI offers them.
FORMATS = ("text", "latex", "latex-fragment", "markdown", "json", *SHEET_FORMATS)
#: The output formats that ``render`` knows for a check report.
REPORT_FORMATS = ("text", "json", "markdown", "latex", *SHEET_FORMATS)
#: The output formats that ``render`` knows for many files checked at once (a ``derive.batch.Batch``).
BATCH_FORMATS = ("text", "json", "markdown", *SHEET_FORMATS)

if TYPE_CHECKING:
    from typing import TypeAlias

    from derive.batch import Batch

    Printed: TypeAlias = CheckedDerivation | CheckReport | Batch  # an alias, however the import cycle settles


def _sheet_format(checked: Printed, fmt: str) -> str:
    from derive.batch import Batch
    from derive.printers.sheet import entries

    printed = entries(checked)
    if fmt == "github":
        from derive.printers.github import github

        return github(printed)
    if fmt == "junit":
        from derive.printers.junit import junit

        return junit(printed)
    from derive.printers.html import html, summary_html

    summary = ""
    if isinstance(checked, Batch):
        from derive.printers.table import COLUMNS, row, totals_line

        summary = summary_html(COLUMNS, [row(f) for f in checked.checked], totals_line(checked))
    return html(printed, summary)


def render(checked: Printed, fmt: str) -> str:
    """A checked derivation, a check report or many files checked (a ``Batch``) in format ``fmt`` as a string;
    ValueError for a format that it has none in (FORMATS, REPORT_FORMATS, BATCH_FORMATS)."""
    if isinstance(checked, CheckReport):
        formats: tuple[str, ...] = REPORT_FORMATS
    else:
        formats = FORMATS if isinstance(checked, CheckedDerivation) else BATCH_FORMATS
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(formats)}")
    if fmt in SHEET_FORMATS:
        return _sheet_format(checked, fmt)
    if isinstance(checked, CheckReport):
        return _report(checked, fmt)
    if isinstance(checked, CheckedDerivation):
        return _derivation(checked, fmt)
    from derive.printers import table

    return {"text": table.batch_text, "json": table.batch_json, "markdown": table.batch_markdown}[fmt](checked)


def _report(checked: CheckReport, fmt: str) -> str:
    if fmt == "text":
        from derive.printers.terminal import report_text

        return report_text(checked)
    if fmt == "latex":
        from derive.printers.latex import latex_report

        return latex_report(checked)
    if fmt == "markdown":
        from derive.printers.markdown import markdown_report

        return markdown_report(checked)
    from derive.printers.json import json_report

    return json_report(checked)


def _derivation(checked: CheckedDerivation, fmt: str) -> str:
    if fmt == "text":
        from derive.printers.terminal import plain_text

        return plain_text(checked)
    if fmt in ("latex", "latex-fragment"):
        from derive.printers.latex import latex_document, latex_fragment

        return latex_document(checked) if fmt == "latex" else latex_fragment(checked)
    if fmt == "markdown":
        from derive.printers.markdown import markdown

        return markdown(checked)
    from derive.printers.json import json_text

    return json_text(checked)


def markdown_display(checked: Printed) -> str:
    """What a notebook shows for a checked derivation or a check report: its Markdown (math in $…$ and $$…$$)."""
    return render(checked, "markdown")


# Jupyter shows both as Markdown with math once the printers are imported (the check layer cannot import them:
# derive/check/display.py holds the registry). derive.report imports neither the reader nor the provers.
register(CheckedDerivation, "text/markdown", markdown_display)
register(CheckReport, "text/markdown", markdown_display)


__all__ = ["BATCH_FORMATS", "FORMATS", "REPORT_FORMATS", "SHEET_FORMATS", "render"]
