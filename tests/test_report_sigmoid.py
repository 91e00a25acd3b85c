"""σ that the page never declares nor defines is read as any function; a refutation through it is tried again with σ
the logistic sigmoid, as ML pages mean σ. Survey T-04's σ′(Z) = σ(Z)(1 − σ(Z)), the sigmoid's own identity, had
been refuted with σ = sin (``derive/report_sigmoid.py``). It is "not refuted" now; a slip false for the sigmoid too
stays refuted, as does the identity where the front matter declares σ any function."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_PAGE = "The activation's slope:\n\n$$\n\\sigma'(z) = \\sigma(z)(1 {sign} \\sigma(z))\n$$\n"


@pytest.mark.parametrize(("sign", "status"), [("-", "unproven"), ("+", "refuted")])
def test_a_refutation_through_an_undefined_sigma_must_hold_for_the_sigmoid_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, _PAGE.format(sign=sign))
    [link] = report["links"]
    assert link["status"] == status, link
    if status == "unproven":
        assert "with σ the logistic sigmoid, as ML pages write σ, it is proven" in link["method"], link


def test_sigma_declared_any_function_keeps_its_refutation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "---\nfunctions: ['\\sigma']\n---\n" + _PAGE.format(sign="-")
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["refuted"]


def test_sigma_listed_after_another_function_is_tried_as_the_sigmoid_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s52-2's s2_with_ell: the report listed "functions \\ell, \\sigma", and the recheck looked for
    "functions \\sigma" alone: σ' = σ(1 − σ) was refuted with σ = sin."""
    page = _PAGE.format(sign="-") + "\nand\n\n$$\n\\frac{d}{dm} \\ell(2m) = 2 \\ell'(2m)\n$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["unproven", "proven"]
