"""The headings of a page, as its renderer finds them: for Markdown, markdown-it's (ATX ``## …`` and setext, a line
over ``---``, and an HTML block's ``<h2>``; never a ``# comment`` in fenced code, a list item's code or math); for
TeX, ``\\section`` (``\\section[short]{…}`` too) and its kin, never inside ``verbatim`` or a listing. A heading opens
a section of its own (``derive.read.scopes``): a Python comment taken for one had opened a section, and a slip below
it was proven; a setext heading missed had left a section's definition a claim."""

from __future__ import annotations

import re

#: TeX environments whose text is shown as it is, never read: a ``\\section`` there is no heading.
_VERBATIM = re.compile(r"\\(begin|end)\{(verbatim|Verbatim|lstlisting|minted|comment)\*?\}")
#: An HTML heading opening a line of an HTML block.
_HTML_HEADING = re.compile(r"^\s*<h[1-6][\s>]", re.I)


def page_headings(body: str, tex: bool = False) -> tuple[int, ...]:
    """The 1-based lines of ``body``'s headings (a setext heading's text line)."""
    from derive.read.find import HEADING, markdown_parser  # find reads the page with these headings

    if tex:
        found, shown = [], 0
        for number, line in enumerate(body.split("\n"), start=1):
            if shown == 0 and HEADING.match(line):
                found.append(number)
            for match in _VERBATIM.finditer(line):
                shown = max(0, shown + (1 if match.group(1) == "begin" else -1))
        return tuple(found)
    headings = []
    for token in markdown_parser().parse(body):
        if token.type == "heading_open" and token.map:
            headings.append(token.map[0] + 1)
        elif token.type == "html_block" and token.map:
            lines = token.content.split("\n")
            headings += [token.map[0] + 1 + k for k, line in enumerate(lines) if _HTML_HEADING.match(line)]
    return tuple(headings)


__all__ = ["page_headings"]
