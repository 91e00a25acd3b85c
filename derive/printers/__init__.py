"""Printers: the checked derivation as terminal text, LaTeX, Markdown or JSON. They read steps and verdicts and
never compute; rich is imported only for the terminal (so that ``derive --help`` stays fast)."""

from __future__ import annotations

from derive.check import CheckedDerivation
from derive.check.display import register

#: The output formats that ``render`` knows, as the CLI offers them.
FORMATS = ("text", "latex", "latex-fragment", "markdown", "json")


def render(checked: CheckedDerivation, fmt: str) -> str:
    """The checked derivation in format ``fmt`` (one of FORMATS) as a string; ValueError for any other."""
    if fmt == "text":
        from derive.printers.terminal import plain_text

        return plain_text(checked)
    if fmt == "latex":
        from derive.printers.latex import latex_document

        return latex_document(checked)
    if fmt == "latex-fragment":
        from derive.printers.latex import latex_fragment

        return latex_fragment(checked)
    if fmt == "markdown":
        from derive.printers.markdown import markdown

        return markdown(checked)
    if fmt == "json":
        from derive.printers.json import json_text

        return json_text(checked)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")


def markdown_display(checked: CheckedDerivation) -> str:
    """What a notebook shows for a checked derivation: its Markdown export (math in $…$ and $$…$$)."""
    return render(checked, "markdown")


# Jupyter shows a checked derivation as Markdown with math once the printers are imported (the check layer
# cannot import them: derive/check/display.py holds the registry). A check report registers its own display in
# report_words.py, which builds every report: the commands that print a derivation need not import the reader.
register(CheckedDerivation, "text/markdown", markdown_display)


__all__ = ["FORMATS", "render"]
