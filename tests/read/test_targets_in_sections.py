"""What a section says of the targets, or what the page says above a heading, holds where derive does not read: a
statement of the whole page is read only above every display with no heading between (``stated_prose``). Such a
statement in a section of its own, or above a heading, or in a paragraph set apart by a bold run-in title
("**Regression.** …"), is a condition derive does not read of every display below it, up to where the page widens
it ("… is a vector of real values"): none is refuted against it. From a probe of session 35: a bold run-in title
had not ended the section, and y one-hot was read for the page (p_k − y_k proven in its regression section, where
y holds real values); a heading below had hidden the statement from the chain right under it (refuted with
y = (47/25, 3/20))."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FRONT = "---\ndefine:\n  p_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n  L: -\\sum_i y_i \\log p_i\n---\n\n"
CLAIM = "We compute the gradient:\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k$$\n\n"


@pytest.mark.parametrize(
    "page",
    [
        "**Classification.** Here the target $y$ is one-hot.\n\n" + CLAIM
        + "**Regression.** Here the target $y$ is a vector of real values.\n\n" + CLAIM,
        "The target $y$ is always one-hot.\n\n" + CLAIM + "## A check\n\nOnce more:\n\n" + CLAIM,
        "## Setup\n\nLet the target $y$ be one-hot.\n\n" + CLAIM + "## Gradient\n\n" + CLAIM,
    ],
)  # fmt: skip
def test_a_statement_that_holds_for_a_section_refutes_nothing_and_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, FRONT + page)
    widened = "real values" in page  # "Here the target $y$ is a vector of real values.": refuted below that
    assert [status for status, *_ in page_links(report)] == ["unproven", "refuted" if widened else "unproven"]
    assert any("for a section of the page, or the page, which derive does not read" in u["reason"]
               for u in report["unchecked"])  # fmt: skip


def test_a_statement_above_every_display_with_no_heading_between_is_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, FRONT + "The target $y$ is always one-hot.\n\n" + CLAIM + CLAIM)
    assert [status for status, *_ in page_links(report)] == ["proven", "proven"]
