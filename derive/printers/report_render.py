"""A check report in a named format (text, json, markdown, latex), as a string; lazy imports per format."""

from __future__ import annotations

from derive.printers.report_words import CheckReport


def render_report(report: CheckReport, fmt: str) -> str:
    if fmt == "text":
        from derive.printers.report_terminal import report_text

        return report_text(report)
    if fmt == "json":
        from derive.printers.report_json import json_report

        return json_report(report)
    if fmt == "markdown":
        from derive.printers.report_markdown import markdown_report

        return markdown_report(report)
    if fmt == "latex":
        from derive.printers.report_latex import latex_report

        return latex_report(report)
    raise ValueError(f"unknown report format {fmt!r}")
