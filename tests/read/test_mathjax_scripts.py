"""MathJax 2's math scripts, as kramdown blogs keep them in their Markdown (Matt Petersen's softmax post): a
``<script type="math/tex; mode=display">`` is a display, checked at its lines; ``<script type="math/tex">`` a formula
in the text. Before, each was "display math inside an HTML block", and the page had nothing derive could read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

SOFTMAX = '<script type="math/tex; mode=display">\ns_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}\n</script>\n\n'


@pytest.mark.parametrize(("right", "status"), [("s_i(1 - s_i)", "proven"), ("s_i(1 + s_i)", "refuted")])
def test_a_display_script_is_a_display_checked_at_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    page = SOFTMAX + "Its derivative is\n\n<script type='math/tex; mode=display'> \\begin{aligned}\n"
    page += f"\\frac{{\\partial s_i}}{{\\partial x_i}} &= {right}\n\\end{{aligned}} </script>\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [(status, None, right)]
    assert [link["line"] for link in report["links"]] == [8]
    assert not any("HTML" in u["reason"] for u in report["unchecked"])


def test_a_text_script_is_a_formula_in_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An inline script holding '=' is counted as the page's inline formulas are, and not read as a display."""
    page = SOFTMAX + 'The entries sum to one, <script type="math/tex">\\sum_i s_i = 1</script>.\n'
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [] and report["inline_equalities"] == 1


@pytest.mark.parametrize(
    "page",
    [
        "<SCRIPT TYPE='MATH/TEX; MODE=DISPLAY'>\na + a = 3a\n</SCRIPT>\n",
        'Kramdown writes `<script type="math/tex">` inline.\n\n'
        '<script type="math/tex; mode=display">\na + a = 3a\n</script>\n',
        'The book costs $5 and the rule is <script type="math/tex; mode=display">a + a = 3a</script> and $b = b$.\n',
        'The book costs $5, and the step is\n<script type="math/tex; mode=display">a + a = 3a</script>\n',
        '<script id="MathJax-Element-1" type="math/tex; mode=display">a + a = 3a</script>\n',  # a probe's, dropped
        "<script type=math/tex;mode=display>a + a = 3a</script>\n",
        '<script type="math/tex; mode=display">a + a = 3a \\text{ (see `code`)}</script>\n',
        '<script type="math/tex; mode=display">b + b = 2b</script> and '
        '<script type="math/tex; mode=display">a + a = 3a</script>\n',
    ],
)
def test_a_display_script_is_never_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    """A probe's pages: tags in capitals were not read; a tag named in code, and a price in dollars beside the
    script, swallowed the display with no word of it. Each is the display, and its false step is refuted."""
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]][-1:] == ["refuted"]
