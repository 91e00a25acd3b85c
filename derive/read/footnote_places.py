"""Where a footnote's words stand: at the mark that calls it ("We now change the function.[^1]"), not at the end of
the page where Markdown keeps its text. A renaming there ("[^1]: From here on $g$ is the sine.") speaks from the
mark on: read at the end, it had left the displays between the mark and the end read with the old meaning."""

from __future__ import annotations

import re

#: A footnote's definition, its label: "[^1]: …", "[^note]: …".
_DEFINITION = re.compile(r"\s{0,3}\[\^([^\]\s]+)\]:")


def footnote_places(text: str) -> dict[int, int]:
    """Each line (1-based) of a footnote's text, with the line of the first mark that calls it (labels match in any
    case, as GitHub's do); lines of a footnote no mark calls stay where they are (absent)."""
    lines = text.split("\n")
    moved: dict[int, int] = {}
    for number, line in enumerate(lines):
        label = _DEFINITION.match(line)
        if label is None:
            continue
        mark = re.compile(rf"\[\^{re.escape(label[1])}\]", re.I)
        called = next((k for k, other in enumerate(lines) if _calls(other, mark) and k != number), None)
        if called is None:
            continue
        end = number + 1  # its paragraph goes on (lazily, unindented too), and its indented paragraphs after a blank
        while end < len(lines) and (
            (lines[end].strip() and _DEFINITION.match(lines[end]) is None)
            or (not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].startswith(("    ", "\t")))
        ):
            end += 1
        moved |= {k + 1: called + 1 for k in range(number, end)}
    return moved


def _calls(line: str, mark: re.Pattern[str]) -> bool:
    """Whether ``line`` holds the mark anywhere but as a footnote's definition at its start."""
    definition = _DEFINITION.match(line)
    return any(definition is None or found.start() > definition.end() - 2 for found in mark.finditer(line))


__all__ = ["footnote_places"]
