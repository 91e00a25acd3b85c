"""Conditions as the prose states them around displays, from a probe: an assumption before two displays holds for
both; a condition with "or" is refused, never dropped; a name defined under conditions more than once, or piece by
piece with "we define", is unread rather than read from its first piece; "If $x > 0$, we have" is a condition.
Each was a proof the page does not support, or a counterexample outside what it states."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize("between", ["", "Hence\n\n"])
@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
def test_an_assumption_before_two_displays_holds_for_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str, right: str, verdict: str
) -> None:
    page = f"Assume $x > 0$. Then\n\n$$\\sqrt{{x^2}} = x$$\n\n{between}$$|x| = {right}$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", verdict]  # the second was refuted at x = -9/5
    for link in report["links"]:
        if link.get("counterexample"):
            assert Fraction(link["counterexample"]["values"]["x"]) > 0


def test_a_condition_closing_the_display_above_is_not_the_next_one_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$\\sqrt{x^2} = x$$ for $x > 0$.\n\n$$|x| = x$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven", "refuted"]


@pytest.mark.parametrize(
    "page",
    [
        "When $y = 1$ or $y = 0$,\n\n$$y^2 = y$$\n",
        "If $x > 0$ or $x < -1$,\n\n$$|x^2 + x| = x^2 + x$$\n",
        "$$y^2 = y$$ when $y = 1$ or $y = 0$.\n",
    ],
)
def test_a_condition_with_or_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # each was refuted outside the condition (y = 47/25)
    assert len([u for u in report["unchecked"] if u["reason"].startswith("unreadable")]) == 1


@pytest.mark.parametrize("word", ["If", "When", "For"])
def test_a_name_defined_under_conditions_twice_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    page = f"{word} $x > 0$, let $f = x$. {word} $x < 0$, let $f = -x$.\n\n$$f = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # f = x was proven from the first piece
    assert any("defines more than once, under conditions" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "page",
    [
        "If $x > 0$, we define\n\n$$f = x$$\n\nIf $x < 0$, we define\n\n$$f = -x$$\n\nIn both cases,\n\n$$f = x$$\n",
        "For $x > 0$ we define\n\n$$f = \\sqrt{x^2}$$\n\nand then\n\n$$f = x$$\n",
    ],
)
def test_pieces_the_page_defines_are_no_claims_about_a_later_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # "In both cases, f = x" was proven, and a piece refuted at x = 47/25


@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
def test_if_then_we_have_states_a_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"If $x > 0$, we have\n\n$$|x| = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]
