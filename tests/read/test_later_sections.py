"""An unread definition under a later heading does not reach back (``derive.read.later_sections``): a survey's S-04
set $z_i = \\mathbf{x}_i^\\top \\mathbf{y}_j$ in its last section, and the softmax displays of the sections above had
been refused as standing for it. Above the heading the name reads as with no definition: proven for every value,
refuted by nothing, and a derivative through it refused; from the heading on, refused as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

LATE = "\n\n## B\n\nLet $z_i=\\mathbf{x}_i^{\\top}\\mathbf{y}_j$.\n"


@pytest.mark.parametrize(
    ("display", "statuses", "refused"),
    [
        ("s_i = \\frac{e^{z_i + c}}{\\sum_k e^{z_k + c}} = \\frac{e^{z_i}}{\\sum_k e^{z_k}}", ["proven"], 0),
        ("s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}} = e^{z_i}", ["unproven"], 0),  # z's value is the unread one's
        ("\\frac{\\partial z_i}{\\partial x_i} = 0", [], 1),  # through z's definition: refused
    ],
)
def test_a_display_above_the_heading_reads_the_name_as_undefined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, statuses: list[str], refused: int
) -> None:
    report = page_report(tmp_path, capsys, f"## A\n\n$$\n{display}\n$${LATE}", "--no-cache")
    assert [link["status"] for link in report["links"]] == statuses
    assert len([u for u in report["unchecked"] if u["reason"].startswith("unreadable")]) == refused


def test_a_display_below_the_heading_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    below = "$$\ns_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}} = \\frac{e^{z_i + c}}{\\sum_k e^{z_k + c}}\n$$\n"
    report = page_report(tmp_path, capsys, f"## A\n\n$$\nw = 1\n$${LATE}\n{below}", "--no-cache")
    assert [link["status"] for link in report["links"]] == []
    assert [u["line"] for u in report["unchecked"] if "z stands here" in u["reason"]] == [12]
