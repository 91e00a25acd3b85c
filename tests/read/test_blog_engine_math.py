"""A Hexo post's math, written in its engine's tags (``{% mathjax %} … {% endmathjax %}``), displays inside a
centring ``<div>``: the engine renders them before the Markdown, so the page shows them. derive had found no math
at all ("Nothing was checked"), every display skipped unsaid. And a worked example's ``H = -(0.0*log(0.228) + …)``
below H's definition had been refuted as a claim about H at every value."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.file_text import liquid_math
from tests.read.page_reports import page_links, page_report

DISPLAY = (
    '<div style="display: flex;justify-content: center;">\n\t{% mathjax %}\n\t\t{claim}\n\t{% endmathjax %}\n</div>\n'
)


@pytest.mark.parametrize(
    ("claim", "status"), [("(x + 1)^2 = x^2 + 2x + 1", "proven"), ("(x + 1)^2 = x^2 + 1", "refuted")]
)
def test_a_display_in_math_tags_inside_a_layout_div_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    page = "We expand {% mathjax %} (x + 1)^2 {% endmathjax %}:\n\n" + DISPLAY.replace("{claim}", claim)
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == [status]


def test_math_tags_become_dollars_with_lines_kept() -> None:
    text = "a {% katex %}x = 1{% endkatex %} b\n{% math %}\ny = 2\n{% endmath %}\n"
    assert liquid_math(text) == "a $x = 1$ b\n$$\ny = 2\n$$\n"


def test_a_defined_name_set_equal_to_a_number_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """H at the example's values the prose gives, or H at every value: refused; the number worked out is checked."""
    page = (
        "$$\nH = -\\sum_{i} y_i \\log \\hat{y}_i\n$$\n\nFor example, with the labels [0, 1, 0]:\n\n"
        "$$\nH = -(0 \\log 0.2 + 1 \\log 0.5 + 0 \\log 0.3) = \\log 2\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["proven"]
    assert any("equal to a number" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    ("lead", "checked"), [("For example, if the label is 3, then we would have:", False), ("So", True)]
)
def test_a_column_of_numbers_an_example_gives_is_no_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, checked: bool
) -> None:
    """Nielsen-style notes: "For example, if the label is "3", then we would have: $$y = (0, 0, 0, 1, …)^T$$" had been
    refuted (the sides' shapes, n×1 and 10×1); an example's value is listed, not checked. Without the words, it is
    checked as before."""
    page = f"---\nvectors: [y]\n---\n{lead}\n\n$$\ny = \\begin{{pmatrix}} 0 \\\\ 1 \\\\ 0 \\end{{pmatrix}}\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert bool(report["links"]) == checked
    assert any(u["reason"].startswith("an example's value of y") for u in report["unchecked"]) != checked


def test_math_tags_in_code_stay_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: a ``{% math %}`` shown in a code fence had paired with the real one below it."""
    page = "The tag opens so:\n\n```\n{% math %}\n```\n\nSo\n\n{% math %}\n(x + 1)^2 = x^2 + 1\n{% endmath %}\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["refuted"]


def test_math_tags_within_html_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = 'One:\n\n<div align="center">{% mathjax %}(x + 1)^2 = x^2 + 1{% endmathjax %}</div>\n'
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [] and report["exit"] == 1
    assert any("HTML block" in u["reason"] for u in report["unchecked"])
