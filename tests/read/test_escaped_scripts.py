"""A subscript escaped for Markdown, ``y\\_i`` (Hexo blogs escape every one, ``\\sum\\_{c=1}^C``): the subscript,
right after a name and before its script; ``\\_\\_``, a blank to fill in, stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report
from tests.read.test_reads_pages import statuses

DEFINED = "$$y\\_i = \\frac{e^{x\\_i}}{\\sum\\_{k=1}^{n} e^{x\\_k}}$$\n\n"


@pytest.mark.parametrize(("right", "status"), [("y\\_i (1 - y\\_i)", "proven"), ("y\\_i", "refuted")])
def test_an_escaped_subscript_is_the_subscript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    page = DEFINED + f"$$\\frac{{\\partial y\\_i}}{{\\partial x\\_i}} = {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [(status, None, right.replace("\\_", "_"))]  # shown as read
    assert any("read as a subscript, escaped for Markdown" in said for said in report["readings"])


@pytest.mark.parametrize("display", ["a = N \\times \\_\\_", "a = y \\_ i"])
def test_an_underscore_that_is_no_subscript_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, DEFINED + f"$${display}$$\n")
    assert not page_links(report)
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])


def test_a_word_before_an_escaped_underscore_is_no_letter_with_a_subscript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, DEFINED + "$$learning\\_rate = 2$$\n")
    assert not page_links(report)
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("e^{x_\\text{max} - x_\\text{max}} = 1", "proven"),
        ("x_\\text{max} - x_\\mathrm{min} = 0", "refuted"),
        ("e^\\frac{1}{2} e^\\frac{1}{2} = e", "proven"),
        ("e^\\frac{1}{2} = e", "refuted"),
        ("x^\\sqrt{4} = x^2", "proven"),
    ],
)
def test_a_script_that_is_a_command_with_its_arguments_is_that_command_in_a_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """``x_\\text{max}`` is ``x_{\\text{max}}`` to LaTeX (Matt Petersen's softmax post); it had been refused as an
    index \\text, and ``e^\\frac{1}{2}`` as e to the power \\frac alone."""
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == ([(1, status)], [])
