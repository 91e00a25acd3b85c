"""--format html in a real browser: Debian's chromium, headless, loads the file, and its DOM holds the math as
MathML, the verdict marks with the verdict as their title, counterexample tables and case headings; nothing is
fetched (no http(s) URL in any src or href, no script, no style sheet from elsewhere)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from report_fixture import made_up_report

from derive.batch import Batch, FileResult
from derive.check import CheckedDerivation
from derive.printers import render


def browse(chromium: str, page: Path, *flags: str) -> str:
    """What headless Chromium prints for ``page`` with ``flags`` (the DOM, for --dump-dom)."""
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", *flags, page.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


class Links(HTMLParser):
    """Every tag, and every src, href and other URL-bearing attribute, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "action", "srcset", "data")]


def assert_self_contained(page: str) -> Links:
    links = Links()
    links.feed(page)
    assert not [url for url in links.urls if re.match(r"\s*(https?:)?//", url)], links.urls
    assert not {"script", "link", "img", "iframe", "object"} & set(links.tags)
    assert "url(" not in page and "@import" not in page
    return links


def test_a_report_in_chromium_has_mathml_marks_counterexamples_and_cases(chromium: str, tmp_path: Path) -> None:
    report = made_up_report(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    dom = browse(chromium, page, "--dump-dom")
    assert_self_contained(dom)
    # Each chain's first expression and each link are <math> elements, and the counterexample's values too.
    assert dom.count("<math") >= len(report.chains) + len(report.links) + 4
    assert "<mfrac>" in dom and "<msub>" in dom
    marks = re.findall(r'<td class="mark" title="([^"]*)">(.)</td>', dom)
    assert [(title.split(" — ")[0], mark) for title, mark in marks] == [
        ("refuted", "✗"),
        ("proven", "✓"),
        ("unproven", "?"),
    ]
    assert "<caption>Counterexample at n = 3</caption>" in dom
    assert "<h3>Chain 2 (case i = k)</h3>" in dom
    assert "known mistake: a dropped sum over outputs" in dom
    assert 'alttext="y_k (s_k - 1)"' in dom  # what the page wrote, beside the MathML of what derive read


def test_a_derivation_in_chromium_draws_a_page(
    chromium: str, tmp_path: Path, checked: Callable[[str, int], CheckedDerivation]
) -> None:
    derivation = checked("softmax-ce", 2)
    page = tmp_path / "softmax-ce.html"
    page.write_text(render(derivation, "html"), encoding="utf-8")
    dom = browse(chromium, page, "--dump-dom")
    assert_self_contained(dom)
    steps = sum(len(chain.verdicts) for chain in derivation.chains)
    assert dom.count('<td class="mark"') == steps
    assert dom.count("✓") == sum(v.proven for chain in derivation.chains for v in chain.verdicts)
    assert "✗" in dom and "<caption>Counterexample" in dom  # the shortcut, refuted as expected
    assert "<h3>Softmax Jacobian, case i = k</h3>" in dom
    shot = tmp_path / "page.png"
    browse(chromium, page, f"--screenshot={shot}", "--window-size=1000,1400")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_many_files_are_one_page_with_the_summary_table(tmp_path: Path) -> None:
    report = made_up_report(tmp_path)
    batch = Batch(
        (FileResult(tmp_path / "d.md", report, seconds=2.0), FileResult(tmp_path / "x.md", error="x.md:1: bad"))
    )
    page = render(batch, "html")
    assert_self_contained(page)
    assert page.count('<section class="file">') == 2 and "unreadable: x.md:1: bad" in page
    assert '<table class="summary">' in page and "<td>3</td><td>1</td><td>1</td><td>1</td><td>0</td>" in page
