"""An inline chain of definitions, "Let $\\hat{y} = a = wx + b$, there is", defines both names, as a display's
``h = y = B`` does: a (the second name) was left undefined, and every derivative through ŷ refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = """$$
L = (\\hat{{y}} - y)^2
$$

Let $\\hat{{y}} = a = wx + b$, there is

$$
\\frac{{\\partial L}}{{\\partial w}} = {right}
$$
"""


@pytest.mark.parametrize(("right", "verdict"), [("2(wx + b - y) x", "proven"), ("2(wx + b - y)", "refuted")])
def test_an_inline_chain_defines_each_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(right=right))
    assert _links(report) == [(verdict, None, right)]
