"""Commands MathJax and KaTeX take as other names of TeX's (``derive.read.unicode_letters.COMMAND_SYNONYMS``):
``\\part`` is ∂, ``\\rarr`` →, as a page that writes them shows them (held-out U-35: "unexpected '\\rarr'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "status"), [("2x", "proven"), ("x", "refuted")])
def test_part_is_partial(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    found, _ = statuses(tmp_path, capsys, f"So\n\n$$\\frac{{\\part}}{{\\part x}} x^2 = {right}$$\n")
    assert found == [(3, status)]


def test_rarr_is_an_arrow_after_which_an_equation_starts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``w \\rarr A = B``, an update then an equation: A = B is checked (U-35's w' for w refuted)."""
    found, _ = statuses(tmp_path, capsys, "So\n\n$$w \\rarr 2x + x = 3x$$\n\nand\n\n$$w \\rArr 2x + x = 2x$$\n")
    assert found == [(3, "proven"), (7, "refuted")]
