"""A worked example's value written rounded (``= 0.479`` of 0.47965…, a Hexo post's cross-entropy): not refuted, not
proven; a value off by more than a unit of its last decimal is refuted still."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("-(\\log 0.5) = 0.693", "unproven"),
        ("-(\\log 0.5) = 0.69", "unproven"),
        ("\\frac{1}{3} = 0.333", "unproven"),
        ("-(\\log 0.5) = 0.52", "refuted"),
        ("\\frac{1}{3} = 0.332", "refuted"),
        ("\\frac{1}{3} = 0.334", "refuted"),
        ("\\sqrt{2} = 1.5", "refuted"),
        ("\\frac{1}{4} = 0.25", "proven"),
        ("x = 0.333", "refuted"),
    ],
)
def test_a_value_written_rounded_is_not_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    report = page_report(
        tmp_path, capsys, f"$$\n{claim} + x - x\n$$\n" if claim.startswith("x") else f"$$\n{claim}\n$$\n"
    )
    found = [link["status"] for link in report["links"]]
    assert found == [status]
    if status == "unproven":
        assert "rounded or cut short" in report["links"][0]["method"]
