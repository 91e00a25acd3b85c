"""Conditions a display states in formulas, beside an equation or on an aligned row of their own (``y = 2, \\qquad
x > 1``, ``x &> 1``): derive checks equalities only, and a counterexample must satisfy what the page states. From
a probe: ``\\sqrt{x^2} = x`` below them had been refuted with x = -9/5."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

CLAIM = "\n\n$$\n\\sqrt{x^2} = x\n$$\n"


@pytest.mark.parametrize(
    "stated",
    [
        "Let\n\n$$\ny = 2, \\qquad x > 1\n$$",
        "$$\n\\begin{aligned} y &= 2 \\\\ x &> 1 \\end{aligned}\n$$",
        "$$\ny = 2, \\quad \\text{and} \\quad 1 < x\n$$",
    ],
)
def test_a_counterexample_that_breaks_a_displayed_condition_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str
) -> None:
    report = page_report(tmp_path, capsys, stated + CLAIM)
    assert [s for s, *_ in page_links(report)] == ["unproven"]
    assert "the counterexample found breaks $x > 1$" in report["links"][0]["method"]
    assert report["links"][0].get("counterexample") is None


def test_a_counterexample_that_keeps_a_displayed_condition_refutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The condition is checked, not a blanket: below x > 1, √(x²) = -x is false at every such x."""
    report = page_report(tmp_path, capsys, "$$\ny = 2, \\qquad x > 1\n$$\n\n$$\n\\sqrt{x^2} = -x\n$$\n")
    assert [s for s, *_ in page_links(report)] == ["refuted"]
    assert report["links"][0]["counterexample"]["values"]["x"] not in ("0", None)
    assert float(report["links"][0]["counterexample"]["values"]["x"].split("/")[0]) > 0


@pytest.mark.parametrize(
    ("stated", "claim", "shown"),
    [
        ("$$\ns = a + b, \\qquad a + b > 1\n$$", "\\sqrt{(a+b)^2} = a + b", "a + b > 1"),
        ("$$\n\\begin{aligned} z_i &= x_i^2 \\\\ x_i &> 0 \\end{aligned}\n$$", "\\sqrt{x_1^2} = x_1", "x_i > 0"),
    ],
)
def test_a_name_an_unread_condition_writes_refutes_nothing_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, claim: str, shown: str
) -> None:
    """A condition derive cannot read as a scalar's domain leaves its names unknown below it. Where the
    counterexample found breaks it (x_1 < 0 against x_i > 0, read for every entry), the report says so."""
    report = page_report(tmp_path, capsys, f"{stated}\n\n$$\n{claim}\n$$\n")
    assert [s for s, *_ in page_links(report)] == ["unproven"]
    method = report["links"][0]["method"]
    assert f"break ${shown}$, stated at line" in method or f"breaks ${shown}$, stated at line" in method, method


def test_a_condition_below_a_claim_does_not_hold_for_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "$$\n\\sqrt{x^2} = x\n$$\n\n$$\ny = 2, \\qquad x > 1\n$$\n")
    assert [s for s, *_ in page_links(report)] == ["refuted"]


@pytest.mark.parametrize(
    "stated",
    [
        "$$\ny = 2, \\qquad x \\geqq 0\n$$",
        "$$\ny = 2, \\qquad \\neg (x < 0)\n$$",
        "$$\ny = 2, \\qquad x, z > 0\n$$",
        "$$\ny = 2, \\qquad 0 < p, x < 1\n$$",
        "$$\ny = 2, \\qquad x, b \\in (0, 1)\n$$",
        "$$\n\\begin{aligned} y &= 2 \\\\ x, z &> 0 \\end{aligned}\n$$",
        "$$\ny = 2, \\qquad x >= 0\n$$",
        "$$\ny = 2, \\qquad x \\in \\{1, 2\\}\n$$",
    ],
)
def test_a_condition_derive_reads_partly_or_not_at_all_still_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str
) -> None:
    """From a probe: relations derive does not know (\\geqq, \\neg), one relation over several letters (x, z > 0; 0 <
    p, x < 1), ``>=`` and a set's commas had left x free: √(x²) = x refuted with x = -9/5."""
    report = page_report(tmp_path, capsys, stated + CLAIM)
    assert [s for s, *_ in page_links(report)] == ["unproven"]


def test_a_condition_on_a_name_the_display_defines_binds_what_it_is_made_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``u = x - 1, \\qquad u > 0`` then |x - 1| = x - 1: refuted with x = -9/5 (u = -2.8), from a probe."""
    report = page_report(tmp_path, capsys, "$$\nu = x - 1, \\qquad u > 0\n$$\n\n$$\n|x - 1| = x - 1\n$$\n")
    assert [s for s, *_ in page_links(report)] == ["unproven"]


def test_for_all_after_an_equation_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``x^2 = x \\cdot x \\quad \\text{for all } x`` had stopped the file with an internal error (IndexError)."""
    report = page_report(tmp_path, capsys, "$$\nx^2 = x \\cdot x \\quad \\text{for all } x\n$$\n")
    assert report["exit"] in (0, 1)
