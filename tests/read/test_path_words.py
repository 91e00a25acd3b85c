"""Words before a display that say which derivative is meant overrule a rule that would decide it otherwise (a
probe of ``written_paths`` and ``direct_parts``): "Holding $\\mu$ fixed, … the direct part alone is" above a display
writing ∂μ/∂X_j had been proven through μ (and refuted where ∂μ/∂X_j stood for the number 1/n); "the total
derivative …, through $\\mu$ and $\\sigma^2$ as well" below a chain rule had been proven as its direct part, and so
had a claim below a chain rule the page calls a common mistake. Each is refused, naming both readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

PAGES = {page.stem: page.read_text(encoding="utf-8") for page in (Path(__file__).parent / "path_words").glob("*.md")}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_words_before_the_display_keep_it_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    page = PAGES[name]
    last = page.rstrip("\n").count("\n")  # the claim's display: its own line, the last but one with $$…$$
    report = page_report(tmp_path, capsys, page, "--no-cache")
    claim = max(u["line"] for u in report["unchecked"] if "can be read two ways" in u["reason"])
    assert claim >= last - 2
    assert not [link for link in report["links"] if link["line"] >= claim]
