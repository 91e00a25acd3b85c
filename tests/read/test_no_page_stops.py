"""What the page writes never stops the whole file (exit 2 is for a file that cannot be read at all): survey T's
pages X2, X3 and X-crash had stopped derive at their first display. A two-row display with no environment is two
equations, never one sum's terms named across the row break (``summand_names``); a definition the reader made from
the page that cannot be read is unread at its line; a numbered entry inferred beside defined ones (p_{21} beside
p_{11} := …) is a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

TWO_ROWS = (
    "$$\\frac{{\\partial L}}{{\\partial \\gamma}} = {gamma} \\sum_{{i=1}}^m \\delta_i \\hat{{x}}_i  \\\\\n"
    "\\frac{{\\partial L}}{{\\partial \\beta}} = {beta} \\sum_{{i=1}}^m \\delta_i$$\n"
)
PAIR = "\\sum_{i=1}^m \\frac{\\partial L}{\\partial y_i}\\frac{\\partial y_i}{\\partial \\%s} ="


@pytest.mark.parametrize("chained", [False, True])
def test_a_two_row_display_is_two_equations_each_read_or_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], chained: bool
) -> None:
    page = TWO_ROWS.format(gamma=PAIR % "gamma" if chained else "", beta=PAIR % "beta" if chained else "")
    report = page_report(tmp_path, capsys, page)  # exits 1, not 2: page_report would fail on a stopped file
    assert report["links"] == []
    assert sorted({u["line"] for u in report["unchecked"]}) == [1, 2]
    assert all("\\\\" not in u["reason"] for u in report["unchecked"])


def test_entries_numbered_beside_defined_ones_are_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "$$\nP = \\begin{bmatrix}\np_{11} & p_{12} \\\\\np_{21} & p_{22}\n\\end{bmatrix}\n$$\n\n"
        "Since $p_{11} = \\frac{e^{s_{11}}}{e^{s_{11}} + e^{s_{12}}}$ and "
        "$p_{12} = \\frac{e^{s_{12}}}{e^{s_{11}} + e^{s_{12}}}$,\n\n"
        "$$\n\\frac{\\partial p_{12}}{\\partial s_{11}} = -p_{11}p_{12}\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(11, "proven")]
