"""u \\times v between two letters reads two ways, a product of numbers or a cross product, whatever the prose says of
u and v (``derive/read/cross_signs.py``): each page below had proven u × v = v × u (probe s53)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_SWAP = "$$u \\times v = v \\times u$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Let the vectors be $u$ and $v$.",  # f02
        "Let $u, v$ be 3-vectors.",  # f04
        "Let **u** and **v** be given.",  # z01
        "Let $u, v$ be elements of $\\mathbb{R}^3$.",  # z08
        "Take $u$ and $v$ in three-dimensional space.",  # z10
        "For $u = (u_1, u_2, u_3)$ and $v = (v_1, v_2, v_3)$:",  # z11
        "Let $u$ and $v$ be 3-dimensional.",  # z16
        "",
    ],
)
def test_a_cross_sign_between_letters_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    report = page_report(tmp_path, capsys, f"{lead}\n\n{_SWAP}")
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("reads two ways: a product of numbers, or the cross product" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "equation",
    ["2 \\times x = x + x", "x^{2 \\times 1} = x^2", "\\sum_i w_i \\times x_i = \\sum_i x_i w_i"],
)
def test_a_number_times_a_letter_a_script_and_entries_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], equation: str
) -> None:
    page = f"---\nvectors: [w, x]\n---\n$${equation}$$\n" if "w_i" in equation else f"$${equation}$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
