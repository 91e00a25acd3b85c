"""A condition displayed alone ends at a heading: "$$g(x) = …$$ for $$x \\in \\mathbb{R}$$" closes a section, and the
next section's first words ("#### Square loss") join nothing to it. Read as "we take", it had put the next section's
definition under x ∈ ℝ (unread), and every claim that used it was refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "$$g(x) = \\frac{{1}}{{1+e^{{-x}}}}$$ for $$x\\in\\mathbb{{R}}$$\n\n#### Square loss\n"
    "$$L(y, a) = \\frac{{1}}{{2}}(a - y)^2$$\n\n#### Slope\n$$\\frac{{\\partial L}}{{\\partial a}} = {slope}$$\n"
)


@pytest.mark.parametrize(("slope", "status"), [("a - y", "proven"), ("a + y", "refuted")])
def test_a_definition_below_a_heading_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slope: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(slope=slope))
    assert [found for found, *_ in page_links(report)] == [status]


def test_a_condition_right_above_still_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without a heading between them, "When $$x > 0$$ we take $$r = x$$" still reads r = x under x > 0 only."""
    page = "---\nscalars: [x]\n---\nWhen\n$$x > 0$$\nwe take\n$$r = x$$\n\n#### Slope\n$$\\frac{dr}{dx} = 1$$\n"
    assert "proven" not in [status for status, *_ in page_links(page_report(tmp_path, capsys, page))]


def test_a_condition_displayed_above_a_heading_refutes_nothing_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: "Throughout this note we assume $$x > 0$$", then "## Derivation": the condition may hold over the
    page, so \\sqrt{x^2} = x below the heading is not refuted with x = −9/5 (it had been)."""
    page = "---\nscalars: [x]\n---\nThroughout this note we assume\n$$x > 0$$\n\n## Derivation\n\n"
    page += "Then\n$$\\sqrt{x^2} = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["unproven"]
