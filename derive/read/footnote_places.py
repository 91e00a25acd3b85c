"""Where a footnote's words stand: at the mark that calls it ("We now change the function.[^1]"), not at the end of
the page where Markdown keeps its text. A renaming there ("[^1]: From here on $g$ is the sine.") speaks from the
mark on: read at the end, it had left the displays between the mark and the end read with the old meaning."""

from __future__ import annotations

import re

#: A footnote's definition, its label: "[^1]: …", "[^note]: …".
_DEFINITION = re.compile(r"\s{0,3}\[\^([^\]\s]+)\]:")


def footnote_places(text: str) -> dict[int, int]:
    """Each line (1-based) of a footnote's text, with the line of the first mark that calls it; lines of a footnote
    no mark calls stay where they are (absent)."""
    lines = text.split("\n")
    moved: dict[int, int] = {}
    for number, line in enumerate(lines):
        label = _DEFINITION.match(line)
        if label is None:
            continue
        mark = re.compile(rf"\[\^{re.escape(label[1])}\](?!:)")
        called = next((k for k, other in enumerate(lines) if k != number and mark.search(other)), None)
        if called is None:
            continue
        end = number + 1  # its paragraphs go on indented, a blank line between them
        while end < len(lines) and (
            lines[end].startswith(("    ", "\t"))
            or (not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].startswith(("    ", "\t")))
        ):
            end += 1
        moved |= {k + 1: called + 1 for k in range(number, end)}
    return moved


__all__ = ["footnote_places"]
