"""MkDocs' admonitions: the indented body of ``!!! note`` (and ``??? tip``) is Markdown, its displays read.

CommonMark reads the body as indented code: a display after a paragraph of the box was listed nowhere, and the MkDocs
plugin's strict build passed a page whose false equation it showed."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read import read_document
from derive.read.admonitions import open_admonitions


def links(tmp_path: Path, body: str) -> list[tuple[int, str]]:
    """(line, right side) of each link read from ``body``."""
    path = tmp_path / "d.md"
    path.write_text(body, encoding="utf-8")
    return [(link.line, str(link.rhs)) for link in read_document(path).links]  # type: ignore[attr-defined]


@pytest.mark.parametrize("marker", ["!!! note", '!!! warning "A claim"', "??? tip", "???+ note"])
def test_a_display_after_a_paragraph_in_a_box_is_read_at_its_line(tmp_path: Path, marker: str) -> None:
    body = f"$$x + x = 2x$$\n\n{marker}\n    We now claim:\n\n    $$x + x = 3x$$\n\nAfter the box.\n"
    assert links(tmp_path, body) == [(1, "2*x"), (6, "3*x")]


def test_boxes_nested_and_in_a_list_are_read_and_code_stays_code(tmp_path: Path) -> None:
    body = (
        "!!! note\n    Outer:\n\n    ??? tip\n        Inner:\n\n        $$x \\cdot 2 = 2x$$\n\n"
        "- an item\n\n    !!! warning\n        Next:\n\n        $$x - x = 0$$\n\n"
        "```markdown\n!!! note\n    $$x + x = 3x$$\n```\n\nSome code:\n\n    !!! note\n        $$x + x = 3x$$\n"
    )
    assert links(tmp_path, body) == [(7, "2*x"), (14, "0")]


def test_the_marker_is_blanked_and_the_body_moved_out_lines_kept() -> None:
    body = "!!! note\n    We claim:\n\n\t$$a = b$$\nOutside.\n"
    assert open_admonitions(body) == "\nWe claim:\n\n$$a = b$$\nOutside.\n"
    assert open_admonitions("Text !!! note\n    code\n") == "Text !!! note\n    code\n"
