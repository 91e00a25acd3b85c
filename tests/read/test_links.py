"""What a display that opens with '=' goes on from (``derive.read.links``): below a displayed definition, the
definition's right side, as a reader takes "$$f = 3x$$ $$= x + 2x$$" for f = 3x = x + 2x."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("between", "tail", "expected"),
    [
        ("", "$$= x + 2x$$\n", [(1, "proven"), (5, "proven")]),
        ("where\n\n", "$$= x + 2x$$\n", [(1, "proven"), (7, "proven")]),
        ("", "$$= x + 2x$$\n\n$$= 4x$$\n", [(1, "proven"), (5, "proven"), (7, "refuted")]),
        ("", "$$= 2x + 2x$$\n", [(1, "proven"), (5, "refuted")]),
    ],
)
def test_a_continuation_below_a_definition_goes_on_from_its_right_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str, tail: str, expected: list[tuple[int, str]]
) -> None:
    """From a probe: "= x + 2x" below "f = 3x" had gone on from the chain above the definition (2x = x + 2x) and
    been refuted; it is checked against 3x, and a slip there is refuted."""
    found, _ = statuses(tmp_path, capsys, f"$$x + x = 2x$$\n\n{between}$$f = 3x$$\n\n{tail}")
    assert found == expected


def test_an_entry_definition_is_gone_on_from_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "$$\\sum_{i=1}^{n} a_i = \\sum_{i=1}^{n} a_i$$\n\nwhere\n\n$$b_k = 2 c_k$$\n\n$$= c_k + c_k$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(1, "proven"), (7, "proven")]


def test_a_heading_between_leaves_the_continuation_going_on_from_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$f = 3x$$\n\n## Next\n\n$$= x + 2x$$\n")
    assert found == [] and any("continuing nothing" in u for u in unchecked)
