"""x̄ beside the entries x_i, never defined: their mean, as statistics writes it, or a number of its own? The display
is refused, naming both. Read as a number, survey T-06's true (1/σ²) Σ_i (x_i − μ) = (n/σ²)(x̄ − μ) was refuted
with x̄ given any value (``derive/read/bar_means.py``). Defined on the page, x̄ is read as defined."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_CLAIM = "$$\n\\frac{1}{\\sigma^2}\\sum_{i=1}^n (x_i - \\mu) = \\frac{n}{\\sigma^2}(BAR - \\mu)\n$$\n"


@pytest.mark.parametrize("bar", ["\\bar{x}", "\\bar x", "\\overline{x}", "\\bar{x}_n", "\\overline{x}_n"])
def test_a_barred_letter_beside_its_entries_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bar: str
) -> None:
    report = page_report(tmp_path, capsys, "The score in μ:\n\n" + _CLAIM.replace("BAR", bar))
    assert report["links"] == [], report
    [unread] = report["unchecked"]
    assert "can be read two ways: their mean" in unread["reason"], unread


def test_a_barred_letter_the_page_defines_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "---\nassume: ['\\sigma > 0']\n---\nThe mean:\n\n$$\n\\bar{x} = \\frac{1}{n}\\sum_{i=1}^n x_i\n$$\n\nso\n\n"
    report = page_report(tmp_path, capsys, page + _CLAIM.replace("BAR", "\\bar{x}"))
    assert [link["status"] for link in report["links"]] == ["proven"], report
