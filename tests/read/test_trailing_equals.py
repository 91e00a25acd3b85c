"""A display that ends with '=', the chain going on in the display below, as a long blog derivation sets one step
per display (``$$ … = $$`` then ``$$ … = $$``): each had been "an empty side in an equality chain"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(
    ("last", "statuses"), [("(x + 1)(x + 1)", ["proven", "proven"]), ("(x + 1)(x - 1)", ["proven", "refuted"])]
)
def test_a_trailing_equals_goes_on_in_the_display_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, statuses: list[str]
) -> None:
    page = f"$$\n(x+1)^2 =\n$$\n\n$$ \\displaystyle\nx^2 + 2x + 1 =\n$$\n\n$$\n{last}\n$$\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == statuses


def test_words_between_keep_the_trailing_equals_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With a sentence between, what the '=' goes on to is not for derive to guess."""
    report = page_report(tmp_path, capsys, "$$\na =\n$$\n\nso we take\n\n$$\n2\n$$\n")
    assert report["links"] == []
    assert any("an empty side" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "page",
    [
        "$$\n\\begin{aligned}\n(x + 1)^2 &= x^2 + 2x + 1 \\\\\n&=\n\\end{aligned}\n$$\n\n$$\nx^2 + 1\n$$\n",
        "\\begin{align*}\n(x + 1)^2 &= x^2 + 2x + 1 \\\\\n&=\n\\end{align*}\n\n$$\nx^2 + 1\n$$\n",
    ],
)
def test_an_aligned_chain_s_last_equals_goes_on_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From a probe: the last row's ``&=`` had been dropped unsaid, the false step below never checked (exit 0)."""
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize("after", ["", "That is all.\n", "$x$ is real.\n\n$$\nx^2 + 1\n$$\n"])
def test_a_chain_that_ends_with_equals_and_goes_on_nowhere_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    """``(x + 1)^2 = x^2 + 2x + 1 =`` with nothing read below it: its link is checked, the '=' listed (exit 1)."""
    report = page_report(tmp_path, capsys, f"$$\n(x + 1)^2 = x^2 + 2x + 1 =\n$$\n\n{after}")
    assert [s for s, *_ in page_links(report)] == ["proven"]
    assert report["exit"] == 1
    assert any("the chain ends with '='" in u["reason"] for u in report["unchecked"])
