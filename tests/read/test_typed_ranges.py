"""A definition's range typed with periods, ``, for~i=1,..., C`` (a Hexo blog's softmax): three periods are ``\\dots``
(``derive.read.ascii_dots``), so the range reads exactly as ``i=1,\\dots, C`` does: every index, and the definition
holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize("bound", ["n", "2"])
def test_a_range_typed_with_periods_is_every_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bound: str
) -> None:
    claim = "$$\\frac{\\partial y_i}{\\partial x_i} = y_i (1 - y_i)$$\n"
    verdicts = []
    for dots in ("...", "\\dots"):
        page = f"$$y_i = \\frac{{e^{{x_i}}}}{{\\sum_k e^{{x_k}}}}, for~i=1,{dots}, {bound}$$\n\n"
        verdicts.append([s for s, *_ in page_links(page_report(tmp_path, capsys, page + claim))])
    assert verdicts == [["proven"], ["proven"]]
