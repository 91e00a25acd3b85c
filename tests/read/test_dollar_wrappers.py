"""``$$`` around display math that is display math already, as GitHub pages write it: a paragraph's
``$$ \\begin{align} … \\end{align} $$`` and a math fence holding ``$$ … $$``. Each is the one display MathJax shows;
before, the first ran over the prose below it and the second was refused for its '$'."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.dollar_wrappers import unwrap_environments
from derive.read.find import find_markdown
from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

#: A CS224d write-up's layout: prose, then $$ and an align on the next lines, prose right after the closing $$.
WRAPPED = (
    "The cross-entropy is\n$$\n\\begin{{align}}\na + a &= 2a \\\\\n&= {first}\n\\end{{align}}\n$$\n"
    "where in the second line, the sum is $x$. Now we take the partial.\n"
    "$$\n\\begin{{align}}\nb + b &= {second}\n\\end{{align}}\n$$\n  Notice that line.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "verdicts"),
    [("3a - a", "2b", ["proven", "proven", "proven"]), ("3a", "2b", ["proven", "refuted", "proven"]),
     ("3a - a", "3b", ["proven", "proven", "refuted"])],
)  # fmt: skip
def test_dollars_around_an_environment_in_a_paragraph_are_one_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, verdicts: list[str]
) -> None:
    report = _report(tmp_path, capsys, WRAPPED.format(first=first, second=second))
    assert [status for status, *_ in _links(report)] == verdicts
    assert [entry["line"] for entry in report["links"]] == [4, 5, 11]
    assert report["unchecked"] == []


def test_dollars_are_paired_from_the_top_before_they_are_unwrapped() -> None:
    """A ``$$`` that closes a display is never taken for one that opens a wrapper: unchanged."""
    body = "$$\nx = 1\n$$\n\\begin{align}\na &= b\n\\end{align}\n$$\ny = 2\n$$\n"
    assert unwrap_environments(body) == body


@pytest.mark.parametrize(
    "body",
    [
        "```\n$$\n\\begin{align}\na &= b\n\\end{align}\n$$\n```\n",  # code
        "$$\n\\begin{align}\na &= b\n\n\\end{align}\n$$\n",  # a blank line ends the paragraph
        "$$\n\\begin{align}\na &= b\n\\end{align} + c\n$$\n",  # more after the environment
        "$$\n\\begin{align}\na &= b\n\\end{align}\nc = d\n$$\n",
    ],
    ids=["code", "blank", "after", "more"],
)
def test_only_a_wrapper_around_one_environment_is_unwrapped(body: str) -> None:
    assert unwrap_environments(body) == body


@pytest.mark.parametrize(("right", "verdict"), [("2a", "proven"), ("3a", "refuted")])
def test_a_math_fence_holding_dollars_is_the_formula_between_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """GitHub sets a math fence between ``$$`` of its own, so ``$$ … $$`` inside it shows the formula (a linear
    regression README's fences); it was refused: "a '$' inside math"."""
    report = _report(tmp_path, capsys, f"Below:\n```math\n$$ a + a = {right} $$\n```\n")
    assert [(link["status"], link["line"]) for link in report["links"]] == [(verdict, 3)]


def test_a_math_fence_with_more_than_one_display_is_still_refused() -> None:
    """``$$ a $$ = $$ b $$`` in a fence: not one formula; left as written, refused where read."""
    found = find_markdown("```math\n$$ a = 1 $$ $$ b = 2 $$\n```\n")
    assert "$$" in found.displays[0].text
