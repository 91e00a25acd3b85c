"""An "Assume …" sentence of its own states an assumption of the whole page: session 48's probe found "Assume $y$
is one-hot." (or Σ_i y_i = 1, or "a probability vector") lost once a lead such as "Next:" stood before the next
display, which was refuted at targets the page rules out, the report saying the file "does not assume" it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FRONT = "---\nvectors: [y]\n---\n"
NEXT = "\n\n$$y_1 + y_1 = 2 y_1$$\n\nNext:\n\n$$\\sum_i y_i = 1$$\n"


@pytest.mark.parametrize(
    "said",
    [
        "Assume $y$ is one-hot.",
        "We assume that $y$ is one-hot.",
        "Assume $\\sum_i y_i = 1$.",
        "Assume $y$ is a probability vector.",
    ],
)
def test_an_assume_sentence_holds_past_the_next_lead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    report = page_report(tmp_path, capsys, FRONT + said + NEXT)
    assert [status for status, *_ in page_links(report)] == ["proven", "proven"]
    assert "does not assume" not in str(report)


@pytest.mark.parametrize(
    "said",
    [
        "Assuming $y$ is one-hot:",  # a lead into its display: that chain's own
        "Assume $y$ is one-hot, then",
    ],
)
def test_a_lead_into_one_display_is_that_displays_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    report = page_report(tmp_path, capsys, FRONT + said + NEXT)
    assert [status for status, *_ in page_links(report)] == ["proven", "refuted"]


def test_an_assume_sentence_the_page_drops_holds_for_no_display_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Held for the page, it ends where the prose drops it, as the page's other assumptions do."""
    page = FRONT + "Assume $y$ is one-hot." + NEXT.replace("Next:", "For soft targets:")
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven"]
    assert any("widens or drops it" in u["reason"] for u in report["unchecked"])
