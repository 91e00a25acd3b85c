"""A page whose prose gives \\log a base: a display writing \\log with none reads two ways and is refused
(``derive/read/log_bases.py``); \\ln and \\log_2 are read (probe s53's gg06, gg11, gg12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("words", "display"),
    [
        ("Here $\\log$ is base 10. Assume $x > 0$.", "\\frac{d}{dx} \\log x = \\frac{1}{x}"),  # gg11: proven before
        ("All logarithms are base 2. Assume $p > 0$.", "\\frac{d}{dp} \\left(- p \\log p\\right) = - \\log p - 1"),
        ("All logarithms are base 2.", "\\log 8 = 3"),  # gg06: refuted before
        ("Entropy is measured in bits. Assume $p > 0$.", "\\frac{d}{dp} \\log p = \\frac{1}{p}"),
        ("All logarithms are base 2.", "\\frac{d}{dx} log(1+x^2) = \\frac{2x}{1+x^2}"),  # s53-2's r4a2: no backslash
        ("We use log₂ throughout.", "\\frac{d}{dx} \\log(1+x^2) = \\frac{2x}{1+x^2}"),  # r4e
        ("All angles are in degrees.", "\\frac{d}{dx} \\sin x = \\cos x"),  # b1
        ("Logarithms are base $2$. Assume $x > 0$.", "\\frac{d}{dx} \\operatorname{log} x = \\frac{1}{x}"),  # r4l
    ],
)
def test_a_log_without_the_base_the_prose_gives_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, display: str
) -> None:
    report = page_report(tmp_path, capsys, f"{words}\n\n$${display}$$\n")
    assert report["links"] == [], report
    assert "reads two ways" in report["unchecked"][0]["reason"]


def test_ln_is_read_on_such_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "All logarithms are base 2. Assume $x > 0$.\n\n$$\\frac{d}{dx} \\ln x = \\frac{1}{x}$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]


def test_a_name_defined_with_such_a_log_is_refused_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s53-2's r4d1: H = \\log(1 + x^2) on a base-2 page, then dH/dx = 2x/(1 + x^2), had been proven."""
    page = "All logarithms are base 2.\n\n$$H = \\log(1 + x^2)$$\n\n$$\\frac{dH}{dx} = \\frac{2x}{1 + x^2}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert any("H stands here, defined as" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize(
    "words",
    ["Entropy is in bits in Table 1; below we use natural logs.", "The plot uses a base-10 log scale."],  # n4h, n4g
)
def test_a_page_that_keeps_natural_logs_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str) -> None:
    page = f"{words} Assume $x > 0$.\n\n$$\\frac{{d}}{{dx}} \\log x = \\frac{{1}}{{x}}$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
