"""``$$`` around display math that is display math already, as GitHub pages write it: a paragraph's
``$$ \\begin{align} … \\end{align} $$``: the one display MathJax shows; before, it ran over the prose below it."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.dollar_wrappers import unwrap_environments
from derive.read.find import markdown_parser
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
    assert unwrap_environments(body, markdown_parser().parse(body)) == body


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
    assert unwrap_environments(body, markdown_parser().parse(body)) == body


#: ``$$`` in a code span: prose, never a delimiter. Counted as one, it made the closing $$ at line 5 an opening.
CODE_SPAN = (
    "Use `$$` for displays.\n\n$$\n2x = x\n$$\n\\begin{align}\n\\cdot 2 &= 2x\n\\end{align}\n$$\nc + c = 3c\n$$\n"
)


def test_a_dollar_pair_that_closes_a_display_is_no_wrapper_whatever_the_prose_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A probe's page: the false ``2x = x`` (line 4) was proven, read across the blanked ``$$`` into the align."""
    report = _report(tmp_path, capsys, CODE_SPAN)
    assert ("refuted", 4) in [(link["status"], link["line"]) for link in report["links"]]
    assert all(link["line"] != 4 or link["status"] == "refuted" for link in report["links"])


@pytest.mark.parametrize("blank", ["\n", ""], ids=["blank-line-before", "after-prose"])
def test_an_environment_indented_as_code_is_not_unwrapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: str
) -> None:
    """Four spaces before ``\\begin{align}``: with its ``$$`` gone it would be indented code, and the false row was
    dropped without a word."""
    page = f"The result is\n{blank}$$\n    \\begin{{align}}\n    a + a &= 3a\n    \\end{{align}}\n$$\nbelow.\n"
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["refuted"]
