"""Printers: a checked derivation or a check report as terminal text, LaTeX, Markdown or JSON. They read steps
and verdicts and never compute; rich is imported only for the terminal (so that ``derive --help`` stays fast).

Both things printed are chains of checked links: a ``CheckedDerivation`` (built-in, from ``derive show``) and a
``CheckReport`` (a file a person wrote, from ``derive check``). Each format is one module that prints both.
"""

from __future__ import annotations

from derive.check import CheckedDerivation
from derive.check.display import register
from derive.report import CheckReport

#: The output formats that ``render`` knows for a checked derivation, as the CLI offers them.
FORMATS = ("text", "latex", "latex-fragment", "markdown", "json")
#: The output formats that ``render`` knows for a check report.
REPORT_FORMATS = ("text", "json", "markdown", "latex")

Printed = CheckedDerivation | CheckReport


def render(checked: Printed, fmt: str) -> str:
    """A checked derivation or a check report in format ``fmt`` as a string; ValueError for a format that it
    has none in (FORMATS, REPORT_FORMATS)."""
    is_report = isinstance(checked, CheckReport)
    if fmt not in (REPORT_FORMATS if is_report else FORMATS):
        known = ", ".join(REPORT_FORMATS if is_report else FORMATS)
        raise ValueError(f"unknown format {fmt!r}; known: {known}")
    if fmt == "text":
        from derive.printers.terminal import plain_text, report_text

        return report_text(checked) if isinstance(checked, CheckReport) else plain_text(checked)
    if fmt in ("latex", "latex-fragment"):
        from derive.printers.latex import latex_document, latex_fragment, latex_report

        if isinstance(checked, CheckReport):
            return latex_report(checked)
        return latex_document(checked) if fmt == "latex" else latex_fragment(checked)
    if fmt == "markdown":
        from derive.printers.markdown import markdown, markdown_report

        return markdown_report(checked) if isinstance(checked, CheckReport) else markdown(checked)
    from derive.printers.json import json_report, json_text

    return json_report(checked) if isinstance(checked, CheckReport) else json_text(checked)


def markdown_display(checked: Printed) -> str:
    """What a notebook shows for a checked derivation or a check report: its Markdown (math in $…$ and $$…$$)."""
    return render(checked, "markdown")


# Jupyter shows both as Markdown with math once the printers are imported (the check layer cannot import them:
# derive/check/display.py holds the registry). derive.report imports neither the reader nor the provers.
register(CheckedDerivation, "text/markdown", markdown_display)
register(CheckReport, "text/markdown", markdown_display)


__all__ = ["FORMATS", "REPORT_FORMATS", "render"]
