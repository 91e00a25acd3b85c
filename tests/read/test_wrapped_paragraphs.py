"""A paragraph wrapped at a fixed width, as Markdown sources are, is read as the one line a reader sees: a formula
that opens on one line and closes on the next states what it states on one line. Read line by line, the condition
was lost and a counterexample that breaks it refuted the display below it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

FRONT = "---\nscalars: [x]\n---\n"
ROOT = "\n\n$$\\sqrt{x^2} = x$$\n"


def _statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str) -> list[str]:
    report = page_report(tmp_path, capsys, FRONT + prose + ROOT, "--no-cache")
    return [link["status"] for link in report["links"]]


def test_an_assumption_wrapped_inside_its_formula_is_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _statuses(tmp_path, capsys, "Assume $x >\n0$.") == ["proven"]


@pytest.mark.parametrize(
    "prose",
    [
        "In this part we assume, as before, that $x\n\\geq 0$ holds.",
        "Suppose $x >\n0$. Then $x^2 > 0$ too.\n\nWe see that",
        "Assume $\\lfloor x\n\\rfloor = 2$.",
        "Assume $\\lfloor x \r\\rfloor = 2$.",  # a lone carriage return ends a line, as in Markdown
    ],
)
def test_a_wrapped_condition_keeps_its_counterexample_from_refuting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str
) -> None:
    """x = -9/5 breaks each condition: the display is left unproven or unread, never refuted there."""
    assert "refuted" not in _statuses(tmp_path, capsys, prose)


def test_a_wrapped_denial_is_weighed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Assume, wrongly, that …" over two lines assumes nothing: the display is not checked under x > 0."""
    assert "proven" not in _statuses(tmp_path, capsys, "Assume, wrongly, that $x >\n0$:")
