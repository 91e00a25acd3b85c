"""A condition before a display that keeps one index of the page to part of its range ("If $i > 1$:", "For $2 \\le i
\\le n$:") or to none of it ("For $i > n$:", "For $i < 1$:") leaves the display unreadable
(``derive.read.index_bounds``): dropped, it had let the chain be refuted at an index it rules out (i = 1 under
"If $i > 1$:", i = 2 = n under "For $i > n$:"). One that keeps every index ("For $1 \\le i \\le n$:") says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

PAGE = "---\nvectors: [x]\n---\n{lead}\n\n$$\\delta_{{i1}} x_i = 0$$\n"


@pytest.mark.parametrize("lead", ["For $i > n$:", "For $i < 1$:", "If $i \\leq 0$:"])
def test_a_condition_no_index_keeps_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(lead=lead), "--no-cache")
    (unchecked,) = report["unchecked"]
    assert report["links"] == [] and "holds for no value of the index i (1 to n)" in unchecked["reason"]


@pytest.mark.parametrize("lead", ["If $i > 1$:", "For $i \\ge 2$:", "For $2 \\le i \\le n$:"])
def test_a_condition_keeping_part_of_the_range_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(lead=lead), "--no-cache")
    (unchecked,) = report["unchecked"]
    assert report["links"] == [] and "keeps the index i to part of 1 to n" in unchecked["reason"]


def test_the_whole_range_is_no_condition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(lead="For $1 \\le i \\le n$:"), "--no-cache")
    assert [link["status"] for link in report["links"]] == ["refuted"]  # at i = 1, a point the page keeps


def test_at_a_fixed_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """At n = 3, "For $i > 3$:" keeps no index."""
    text = "---\nn: 3\nvectors: [x]\n---\nFor $i > 3$:\n\n$$\\delta_{i1} x_i = 0$$\n"
    (unchecked,) = page_report(tmp_path, capsys, text, "--no-cache")["unchecked"]
    assert "holds for no value of the index i (1 to 3)" in unchecked["reason"]
