"""An amsmath environment of rows written between single dollars (``$\\begin{aligned} … \\end{aligned}$``, as
notesonai and indii.org write a derivation, held-out U-03 and U-37): MathJax sets it as a block, and derive reads it
as a display; it had been counted as one inline equality, not checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = "Then:\n$\n\\begin{aligned}\n(x+1)^2 & = x^2 + 2x + 1 \\\\\n& = {last}\n\\end{aligned}\n$\n"


@pytest.mark.parametrize(("last", "status"), [("x(x + 2) + 1", "proven"), ("x^2 + 1", "refuted")])
def test_rows_between_single_dollars_are_a_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    found, _ = statuses(tmp_path, capsys, PAGE.replace("{last}", last))
    assert found == [(4, "proven"), (5, status)]


def test_one_inline_equation_stays_inline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, _ = statuses(tmp_path, capsys, "We have $x + x = 3x$ here, and $\\begin{aligned} a = b \\end{aligned}$.\n")
    assert found == []


def test_a_system_between_single_dollars_stays_inline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rows with left sides of their own are no chain (probe s54-2's o1: a system to solve, refuted row by row)."""
    text = "Solve the system $\\begin{aligned} x + y &= 3 \\\\ x - y &= 1 \\end{aligned}$ for $x$ and $y$.\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == []
