"""A word of the page's own (LSE, Loss: one name, its letters no names of the page) written against parentheses is
a function applied or a product, whatever the parentheses hold. Only a single name inside had been taken as an
argument, so ``LSE([a + b]) = LSE([a]) + LSE([b])`` was read as products and proven, and survey T-05's
``\\exp{LSE([x_j])}`` refuted as one (``derive/read/function_letters.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    "equation",
    [
        "LSE([a + b]) = LSE([a]) + LSE([b])",
        "\\exp{LSE([a + b])} = \\exp{LSE([a]) + LSE([b])}",
        "Loss\\left(a + b\\right) = Loss(a) + Loss(b)",
        "LSE(2a) = 2 LSE(a)",
    ],
)
def test_a_word_against_parentheses_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"See:\n\n$$\n{equation}\n$$\n")
    assert report["links"] == [], report
    [unread] = report["unchecked"]
    assert "a function applied" in unread["reason"] and "or a product" in unread["reason"], unread


def test_a_word_multiplied_with_a_dot_is_a_product(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "See:\n\n$$\nLSE \\cdot (a + b) = LSE\\, a + LSE\\, b\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"], report
