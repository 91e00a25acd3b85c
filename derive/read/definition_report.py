"""How the report names the page's definitions: "definitions s_i (line 6), L (line 12)"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.read.page_definitions import PageDefinition


def described(definitions: tuple[PageDefinition, ...]) -> str:
    """For the report's line of what was read from the text: "definitions s_i (line 6), L (line 12)"."""
    if not definitions:
        return ""
    return "definitions " + ", ".join(
        f"{d.head} (line {d.line}{': ' + d.label.describe() if d.label and not d.label.whole else ''})"
        for d in definitions
    )


__all__ = ["described"]
