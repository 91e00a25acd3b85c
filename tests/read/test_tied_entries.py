"""An entry the page ties to another (``w_2 = 2 w_1``) in a display derive cannot read: a derivative by an entry of
the same vector is unread, for w_2 may be made of it. Before, d/dw_1 (w_1 + w_2) = 1 was proven below the unread tie,
as the derivative by w_1 held the whole of w (probe s51-C's n03, n04; ``derive/read/latex_calculus.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("tie", "by", "other"),
    [("w_{2} = 2 w_{1}", "w_{1}", "w_{2}"), ("p_{11} = 2 p_{12}", "p_{12}", "p_{11}")],
)
def test_a_derivative_below_an_unread_tie_between_entries_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tie: str, by: str, other: str
) -> None:
    page = (
        f"The entries are tied:\n\n$$\n{tie}\n$$\n\nThe total derivative of their sum:\n\n"
        f"$$\n\\frac{{\\partial}}{{\\partial {by}}}\\left({by} + {other}\\right) = 1\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert [u["line"] for u in report["unchecked"]] == [4, 10], report
    assert "needs the page's definition" in report["unchecked"][1]["reason"]


def test_a_derivative_that_writes_no_other_tied_entry_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s53's y01: below the tie w_2 = 2 w_1, d/dw_1 w_1² = 2 w_1 had been refused; w_2 is not in it."""
    page = "$$w_2 = 2 w_1$$\n\n$$\\frac{\\partial}{\\partial w_1} w_1^2 = 2 w_1$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
