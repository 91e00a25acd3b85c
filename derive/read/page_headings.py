"""The headings of a page, as its renderer finds them: for Markdown, markdown-it's (ATX ``## …`` and setext, a line
over ``---``; never a ``# comment`` in fenced code, a list item's code or math); for TeX, ``\\section`` and its
kin. A heading opens a section of its own (``derive.read.scopes``): a Python comment taken for one had opened a
section, and a slip below it was proven; a setext heading missed had left a section's definition a claim."""

from __future__ import annotations


def page_headings(body: str, tex: bool = False) -> tuple[int, ...]:
    """The 1-based lines of ``body``'s headings (a setext heading's text line)."""
    from derive.read.find import HEADING, markdown_parser  # find reads the page with these headings

    if tex:
        return tuple(k + 1 for k, line in enumerate(body.split("\n")) if HEADING.match(line))
    return tuple(t.map[0] + 1 for t in markdown_parser().parse(body) if t.type == "heading_open" and t.map)


__all__ = ["page_headings"]
