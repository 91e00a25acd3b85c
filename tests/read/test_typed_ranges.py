"""A definition's range typed with periods, ``, for~i=1,..., C`` (a Hexo blog's softmax): every index, as with
``\\dots``, so the definition holds; a last value that is a number stays a condition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(("bound", "read"), [("n", True), ("2", False)])
def test_a_range_typed_with_periods_is_every_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bound: str, read: bool
) -> None:
    page = f"$$y_i = \\frac{{e^{{x_i}}}}{{\\sum_k e^{{x_k}}}}, for~i=1,..., {bound}$$\n\n"
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial y_i}{\\partial x_i} = y_i (1 - y_i)$$\n")
    assert [s for s, *_ in page_links(report)] == (["proven"] if read else [])
