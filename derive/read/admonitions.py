"""MkDocs' admonitions (``!!! note``, ``??? tip``): their indented body is Markdown, read in place as the page shows it.

Python-Markdown's ``admonition`` (and ``pymdownx.details``) renders the lines indented under the marker as the box's
Markdown. CommonMark reads them as indented code, so a display after a paragraph of the box was skipped unseen."""

from __future__ import annotations

import re

#: A marker line, ``!!! note "Title"``, ``???+ warning``: its indentation, then the marker, the kind and the title.
_MARKER = re.compile(r"(?P<indent> *)(?:!!!|\?\?\?\+?) ?[\w-]+(?: +[\w-]+)*(?: +\"[^\"\n]*\")? *")
#: How deep nested boxes are opened (each pass opens one level).
MAX_LEVELS = 8


def open_admonitions(body: str) -> str:
    """``body`` with each admonition's marker line blanked and its body moved out by one indentation, so that each
    line keeps its number and the box's Markdown reads as the page's; a marker in code or math stays as it is."""
    for _ in range(MAX_LEVELS):
        opened = _open_once(body)
        if opened == body:
            break
        body = opened
    return body


def _open_once(body: str) -> str:
    """One level of boxes opened: each marker that starts a line of a paragraph, as Markdown parses ``body``."""
    from derive.read.find import markdown_parser

    if "!!!" not in body and "???" not in body:
        return body
    lines = body.split("\n")
    inside = -1  # the last line of the box opened last: a marker there is a nested box's, for the next pass
    for token in markdown_parser().parse(body):
        if token.type != "inline" or token.map is None:
            continue
        first = len(lines[token.map[0]]) - len(lines[token.map[0]].lstrip(" "))  # the paragraph's indentation
        for at in range(max(token.map[0], inside + 1), token.map[1]):
            marker = _MARKER.fullmatch(lines[at])
            if marker is None or len(marker["indent"]) != first:
                continue
            indent, lines[at] = len(marker["indent"]), ""
            inside = at + 1
            while inside < len(lines) and (shifted := _shifted(lines[inside], indent)) is not None:
                lines[inside], inside = shifted, inside + 1
            inside -= 1
    return "\n".join(lines)


def _shifted(line: str, indent: int) -> str | None:
    """A line of a box whose marker stands at column ``indent``, moved out by one indentation (four spaces or a
    tab); a blank line as it is; None for a line the box ends before."""
    if not line.strip():
        return line
    if line[:indent].strip(" "):
        return None
    rest = line[indent:]
    if rest.startswith("    "):
        return line[:indent] + rest[4:]
    return line[:indent] + rest[1:] if rest.startswith("\t") else None


__all__ = ["open_admonitions"]
