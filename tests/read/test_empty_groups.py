"""An empty group beside '=' (``{}={\\frac{…}{…}}``, ``a ={} b``) only sets TeX's spacing: it is no term, and a
display that opens ``{}=`` goes on from the one before, as one that opens '=' does (a docs page's dense layer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = "$$\n(x+1)^2 = x^2 + 2x + 1\n$$\n\n$$\n{{}}={last}\n$$\n"


@pytest.mark.parametrize(("last", "verdict"), [("x(x+2) + 1", "proven"), ("x^2 + 3", "refuted")])
def test_a_display_that_opens_with_an_empty_group_and_equals_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(last=last))
    assert _links(report) == [("proven", None, "x^2 + 2x + 1"), (verdict, None, last)]


def test_an_empty_group_after_equals_is_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, "$$a ={} a + 0 = 2a$$\n")
    assert [status for status, *_ in _links(report)] == ["proven", "refuted"]


def test_an_empty_group_that_is_an_argument_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``x^{} = x``: the group is the script's (empty) argument, not a spacing group; never dropped to make a
    script swallow the '='."""
    report = _report(tmp_path, capsys, "$$x^{}= x$$\n")
    assert all(status != "proven" or rhs == "x" for status, _, rhs in _links(report))


def test_an_empty_group_after_a_group_is_its_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\frac{a}{} = a``: the empty denominator is \\frac's second argument, never dropped to make '=' one."""
    report = _report(tmp_path, capsys, "---\nscalars: [a]\n---\n$$\\frac{a}{} = a$$\n")
    assert _links(report) == []


def test_an_empty_group_opening_an_environment_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\begin{equation} {}= …``: the group after the environment's name is no argument of it."""
    page = "$$\n(x+1)^2 = x^2 + 2x + 1\n$$\n\n\\begin{equation}\n{}= x(x+2) + 1\n\\end{equation}\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", "proven"]
