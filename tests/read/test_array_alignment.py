"""An array of aligned equations as a whole display (``derive.read.array_alignment``), as math.SE posts write them
(held-out U-11, U-13): read as eqnarray's rows, each link checked; an array that is a value is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    "display",
    [
        "\\begin{array}{rcl} (x+1)^2 &=& x^2 + 2x + 1 \\\\ &=& x^2 + 2x + 2 \\end{array}",
        "\\large \\begin{array}{ll} (x+1)^2 &= x^2 + 2x + 1 \\\\ &= x^2 + 2x + 2, \\end{array}",
        "\\Large\\begin{array}{l|l} (x+1)^2 &= x^2 + 2x + 1 \\\\ &= x^2 + 2x + 2 \\end{array}.",
    ],
)
def test_an_array_of_equations_is_read_as_its_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"So\n\n$${display}$$\n")
    assert [status for _, status in found] == ["proven", "refuted"]
    assert unchecked == []


@pytest.mark.parametrize(
    "display",
    [
        "x = \\begin{array}{c} a \\\\ b \\end{array}",  # a value after '='
        "\\begin{array}{cc} a & b \\\\ c & d \\end{array} = 1",  # an expression goes on after it
        "\\begin{array}{cc} \\{ a = b \\} & c \\end{array}",  # '=' only inside braces
        "\\begin{array}{rcl} x + y &=& 3 \\\\ x - y &=& 1 \\end{array}",  # a system: rows of their own (s54-2's e7)
    ],
)
def test_an_array_that_is_a_value_is_not_read_as_equations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"So\n\n$${display}$$\n")
    assert found == [] and len(unchecked) == 1
