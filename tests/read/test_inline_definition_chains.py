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


@pytest.mark.parametrize(
    "page",
    [
        "Let $\\hat{y} = a = wx + b$, there is\n\n$$a = 2$$\n\n$$\\hat{y} = 2$$\n",
        "Let $\\hat{y} = a = wx + b$, there is\n\n$$\\hat{y} = wx + b$$\n\n$$a = 2$$\n",
        "Let $u = a = b = c + 1$, there is\n\n$$u = c + 1$$\n",
        "Let $u = 2a = c + 1$, there is\n\n$$u = c + 1$$\n",
    ],
)
def test_a_name_equal_to_a_letter_only_the_chain_gives_a_value_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """``u = a = b = c + 1``: taken as u := a, with a free (or a = 2, defined below), a probe proved ŷ = 2 and
    refuted u = c + 1; the chain's other links, which derive does not read, give a its value. u is unread."""
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert "the chain's other links" in report["unchecked"][0]["reason"]
