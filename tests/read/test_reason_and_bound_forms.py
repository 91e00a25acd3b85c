"""Two ways pages write what derive already reads: a reason in parentheses beside a step, ``\\quad(\\because …)``,
and a sum's upper limit that names its index again, ``\\sum_{i=1}^{i=N}``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


def test_a_reason_in_parentheses_is_an_aside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """\\ln(1) - \\ln(2)\\quad(\\because …) had been "two formulas set apart by a wide space"."""
    rows = "\\ln(0.5) &= \\ln(1) - \\ln(2)\\quad(\\because \\ln(\\frac{a}{b}) = \\ln{a} - \\ln{b}) \\\\\n&= -\\ln 2"
    result = page_report(
        tmp_path, capsys, f"---\n---\n$$\\begin{{aligned}}\n{rows}\n\\end{{aligned}}$$\n", "--no-cache"
    )
    assert [link["status"] for link in result["links"]] == ["proven", "proven"]
    assert any("a reason given with ∵" in u["reason"] for u in result["unchecked"])


@pytest.mark.parametrize(("extra", "status"), [("", "proven"), (" + x_1", "refuted")])
def test_an_upper_limit_that_names_its_index_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str, status: str
) -> None:
    text = f"---\n---\n$$\\sum_{{i=1}}^{{i=N}} x_i = \\sum_{{j=1}}^{{N}} x_j{extra}$$\n"
    result = page_report(tmp_path, capsys, text, "--no-cache")
    assert [link["status"] for link in result["links"]] == [status]
