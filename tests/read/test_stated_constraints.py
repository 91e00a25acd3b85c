"""A sum to one written out at a concrete n ("with $y_1 + y_2 + y_3 = 1$") is the page's only where its sentence
states it: one the sentence denies or hedges is never assumed (session 48's probe proved the dropped-sum mistake
s_k - y_k under "with $y_1 + y_2 + y_3 = 1$ no longer true")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FRONT = (
    "---\nn: 3\nvectors: [z, y]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n  L: -\\sum_i y_i \\log s_i\n---\n"
)
GRADIENT = "\n\n$$\\frac{\\partial L}{\\partial z_k} = s_k - y_k$$\n"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("For unnormalised targets, with $y_1 + y_2 + y_3 = 1$ no longer true, the gradient is", "refuted"),
        ("Note that $y_1 + y_2 + y_3 = 1$ need not hold.", "refuted"),
        ("This is not the case where $y_1 + y_2 + y_3 = 1$.", "refuted"),
        ("We know that $y_1 + y_2 + y_3 = 1$ is false here.", "unproven"),
        ("Recall that $y_1 + y_2 + y_3 = 1$ fails for soft labels.", "unproven"),
        ("Since $y_1 + y_2 + y_3 = 1$ was never assumed, we get", "unproven"),
        ("Then, with $y_1 + y_2 + y_3 = 1$ replaced by $y_1 + y_2 + y_3 = 2$,", "unproven"),
        ("Then, with $y_1 + y_2 + y_3 = 1$ being a typo,", "unproven"),
        ("Then, with $y_1 + y_2 + y_3 = 1$? No:", "unproven"),
        ("Then, with $y_1 + y_2 + y_3 = 1$ wrong here,", "unproven"),
    ],
)
def test_a_written_out_sum_its_sentence_denies_is_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, status: str
) -> None:
    """Set aside plainly, the link is refuted (the counterexample's sum is not 1, as the page says); in words
    derive reads neither way, nothing is refuted, since a counterexample might break what the page states."""
    report = page_report(tmp_path, capsys, FRONT + said + GRADIENT)
    assert [verdict for verdict, *_ in page_links(report)] == [status]


@pytest.mark.parametrize(
    "said",
    [
        "For one-hot targets, with $y_1 + y_2 + y_3 = 1$, the gradient is",
        "Note that $y_1 + y_2 + y_3 = 1$ here.",
    ],
)
def test_a_written_out_sum_stated_plainly_is_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    report = page_report(tmp_path, capsys, FRONT + said + GRADIENT)
    assert [verdict for verdict, *_ in page_links(report)] == ["proven"]
