"""Printers: the checked derivation as terminal text, LaTeX, Markdown or JSON. They read steps and verdicts and
never compute; rich is imported only for the terminal (so that ``derive --help`` stays fast)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.check import CheckedDerivation

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


__all__ = ["FORMATS", "render"]
