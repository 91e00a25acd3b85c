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
