"""A case stated before a display that the statement right above it contradicts ("### Case $i = k$" then "If
$i \\neq k$:", "Assume $i \\neq k$." then "If $i = k$:") leaves the display unreadable, naming both lines
(``derive.read.contradicting_cases``): a probe's pages had been refuted at points that break the statement above."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

SOFTMAX = "---\nvectors: [z]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n"
WRONG = "$$\\frac{\\partial s_i}{\\partial z_k} = 5$$\n"
DIAGONAL = "$$\\frac{\\partial s_i}{\\partial z_k} = s_i (1 - s_i)$$\n"
OFF = "$$\\frac{\\partial s_i}{\\partial z_k} = -s_i s_k$$\n"


@pytest.mark.parametrize(
    ("above", "lead", "said"),
    [
        ("### Case $i = k$", "If $i \\neq k$:", "the case $i \\neq k$ stated before this display contradicts $i = k$"),
        ("Assume $i \\neq k$.", "If $i = k$:", "the case $i = k$ stated before this display contradicts $i \\neq k$"),
        ("Suppose that $i = k$.", "For $i \\neq k$:", "contradicts $i = k$ stated at line 6"),
    ],
)
def test_a_case_the_statement_above_contradicts_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str, lead: str, said: str
) -> None:
    report = page_report(tmp_path, capsys, f"{SOFTMAX}{above}\n\n{lead}\n\n{WRONG}", "--no-cache")
    assert report["links"] == []
    (unchecked,) = report["unchecked"]
    assert unchecked["reason"].startswith("unreadable: ") and said in unchecked["reason"]


@pytest.mark.parametrize(
    "page",
    [
        f"Suppose $i \\neq k$. Then\n\n{OFF}\nIf $i = k$:\n\n{DIAGONAL}",  # the next case, after a display of its own
        f"### Case $i \\neq k$\n\n{OFF}\nIf $i = k$:\n\n{DIAGONAL}",
        f"Assume $i \\neq k$.\n\nNow if $i = k$:\n\n{DIAGONAL}",  # "now": it takes the other's place
        f"We do not assume $i \\neq k$.\n\nIf $i = k$:\n\n{DIAGONAL}",
        f"### Case $i = k$\n\nIf $i = k$:\n\n{DIAGONAL}",
    ],
)
def test_a_case_that_follows_or_agrees_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + page, "--no-cache")
    assert [link["status"] for link in report["links"]][-1] == "proven"
    assert not any("contradicts" in u["reason"] for u in report["unchecked"])
