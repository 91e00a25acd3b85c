"""A list of what the symbols are, opened by "where:" on the line under a display ("$$H = …$$⏎where:⏎- $Y_i$ is the
true label …"), is the page's prose: the display's math had been read as the list's opening words, which are not
plain, and every item was blanked. A fresh probe of session 48 was refuted at labels Y = (-9/5, -17/25) that the
item rules out ("1 for the correct class and 0 for all other classes in one-hot encoding")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "The cross-entropy loss for a single sample is given by:\n\n"
    "$$H = - \\sum_{i=1}^{C} Y_i \\log(\\sigma_i)$$\nwhere:\n"
    "- $Y_i$ is the true label for class $i$, which is 1 for the correct class and 0 for all other classes in "
    "one-hot encoding.\n"
    "- $\\sigma_i = \\frac{e^{A_i}}{\\sum_{j=1}^{C} e^{A_j}}$ is the softmax.\n\n"
    "$$\\frac{\\partial H}{\\partial A_i} = - \\sum_{k=1}^{C} Y_k (\\delta_{ik} - \\sigma_i) = \\sigma_i - Y_i$$\n"
)


def test_labels_described_in_a_where_list_are_never_broken_by_a_counterexample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not read as one-hot in these words, and not refuted against them: the item is said at its line."""
    report = page_report(tmp_path, capsys, PAGE)
    assert [status for status, *_ in page_links(report)] == ["proven", "unproven"]
    assert any(u["line"] == 5 and "states an assumption" in u["reason"] for u in report["unchecked"])


def test_a_list_under_words_that_are_not_plain_is_still_blanked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its opening words, not the display above them, decide: "where, wrongly:" may set the items aside."""
    page = PAGE.replace("where:", "where, supposedly:")
    report = page_report(tmp_path, capsys, page)
    assert not any(u["line"] == 5 for u in report["unchecked"])
