"""δ written as the derivative sign, ``\\frac{\\delta C}{\\delta w_i}``: refused naming both readings, never refuted.

Read as a number, δ cancelled and the page's true line (a cost differentiated through its definition) was refuted
as a product of shapes n×1 and a number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

ONE_LINE = (
    "$$ \\frac{\\delta C^{n}(w)}{\\delta w_i} = - \\frac{\\delta (y^nln(\\hat{y}^n) + (1-y^n) ln(1 - \\hat{y}^n) )}"
    "{\\delta w_i} $$\n"
)


def test_delta_over_delta_is_refused_naming_both_readings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, ONE_LINE)
    assert report["links"] == []
    assert [(u["line"], u["reason"]) for u in report["unchecked"]] == [
        (1, "unreadable: \\frac{\\delta …}{\\delta w_i} can be read two ways: a derivative by w_i, δ the derivative "
            "sign (write \\frac{\\partial …}{\\partial w_i}), or a quotient of products with the number δ (write "
            "\\delta \\cdot …)"),
    ]  # fmt: skip


def test_the_operator_form_is_refused_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "$$ \\frac{\\delta}{\\delta x} (x y) = y $$\n")
    assert report["links"] == []
    assert [u["line"] for u in report["unchecked"]] == [1]
    assert "\\frac{\\delta …}{\\delta x} can be read two ways" in report["unchecked"][0]["reason"]


def test_kronecker_deltas_in_a_fraction_are_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\nindices: [i, k]\n---\n$$ \\frac{\\delta_{ik} x}{2} = \\frac{x \\delta_{ik}}{2} $$\n"
    report = page_report(tmp_path, capsys, text)
    assert [link["status"] for link in report["links"]] == ["proven"]
