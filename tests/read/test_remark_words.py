"""Words in a display's math are dropped as a remark only where nothing but words can be meant
(``derive/read/remark_words.py``): ``t = t(\\textbf{Xw} + 1)`` had been proven as t = t, its bold product and the
rest of the row dropped as words (survey T's FP1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("display", "why"),
    [
        ("t = t(\\textbf{Xw} + 1)", "\\textbf{Xw} sets a word in bold or italic"),
        ("t = t(\\textbf{Xw})", "\\textbf{Xw} sets a word in bold or italic"),
        ("t = t \\textbf{Xw} + 1", "\\textbf{Xw} sets a word in bold or italic"),
        ("t + 1 = t \\textit{plus} 1", "\\textit{plus} sets a word in bold or italic"),
        ("t = 2t \\text{ok} + 5", "\\text{ok} has more math after it on its row"),
        ("t = t\\text{ok}", "\\text{ok} stands right after the math before it"),
        # probe s51-B: words that open like "for all", "un…" or a condition, glued or with math after
        ("P = P(\\text{units} + 1)", "\\text{units} stands right after the math before it"),
        ("t = t(\\textbf{forward} + 1)", "\\textbf{forward} stands right after the math before it"),
        ("q = q\\,(\\text{in} + 1)", "\\text{in} has more math after it on its row"),
        ("t = t \\; \\text{XY} \\; 2", "\\text{XY} has more math after it on its row"),
        ("y = y \\quad \\text{on } (a, b) \\cdot c", "\\text{on} has more math after it on its row"),  # probe C r11
    ],
)
def test_words_that_may_be_names_are_refused_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, why: str
) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert report["links"] == [], report
    assert report["unchecked"][0]["reason"].startswith(f"unreadable: {why}")


@pytest.mark.parametrize(
    ("display", "read_as"),
    [
        ("t = t (\\text{by definition})", "t = t"),
        ("t = t \\quad \\text{by } (2.3)", "t = t"),
        ("p_i = p_i \\quad \\text{(see eq. } \\eqref{a}\\text{)}", "p_{i} = p_{i}"),
        ("x_i = x_i \\quad \\text{for all } i", "x_{i} = x_{i}"),
        ("x_i = x_i\\text{ for all } i", "x_{i} = x_{i}"),
    ],
)
def test_a_remark_of_words_is_still_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, read_as: str
) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert [(link["read_as"], link["status"]) for link in report["links"]] == [(read_as, "proven")]
