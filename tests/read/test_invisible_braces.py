"""Braces TeX does not show between a name and parentheses (``LSE{(a + b)}``, ``f{}(x)``, ``\\sigma{(z)}``) are read
as TeX sets them, the name applied: read as a group of their own, they hid the parentheses, and LSE{(a + b)} =
LSE{(a)} + LSE{(b)} was proven as products (probe s52's r2p; ``derive/read/invisible_braces.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    "equation",
    [
        "LSE{(a + b)} = LSE{(a)} + LSE{(b)}",
        "LSE{}(a + b) = LSE{}(a) + LSE{}(b)",
        "LSE{\\left(a + b\\right)} = LSE{\\left(a\\right)} + LSE{\\left(b\\right)}",
        "\\exp{LSE{([a + b])}} = \\exp{LSE{([a])} + LSE{([b])}}",
        "f{(a + b)} = f{(a)} + f{(b)}",
        "\\sigma{(a + b)} = \\sigma{(a)} + \\sigma{(b)}",
        "{f}(a + b) = {f}(a) + {f}(b)",  # braces around the name (probe s52-2's b12)
        "{LSE}{(a + b)} = {LSE}{(a)} + {LSE}{(b)}",  # b4
        "f{}{}(a + b) = f{}{}(a) + f{}{}(b)",  # b2_two_empty
        "f{{}}(a + b) = f{{}}(a) + f{{}}(b)",  # b2_nested_empty
        "{\\hat{f}}(a + b) = {\\hat{f}}(a) + {\\hat{f}}(b)",  # b2_braced_hat
        "\\mathit{f}{(a + b)} = \\mathit{f}{(a)} + \\mathit{f}{(b)}",  # b_20
    ],
)
def test_braces_between_a_name_and_parentheses_are_read_as_tex_sets_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    report = page_report(tmp_path, capsys, f"See:\n\n$$\n{equation}\n$$\n")
    assert report["links"] == [], report
    assert "a function applied" in report["unchecked"][0]["reason"], report


def test_braces_that_hold_an_argument_are_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "See:\n\n$$\n\\frac{(a + b)}{2} + e^{(a)} = \\frac{a + b}{2} + e^{a}\n$$\n")
    assert [link["status"] for link in report["links"]] == ["proven"], report
    report = page_report(tmp_path, capsys, "See:\n\n$$\n\\frac{d}{dx}(x^2) = 2x\n$$\n")  # \\frac's second group
    assert [link["status"] for link in report["links"]] == ["proven"], report
