"""``\\dfrac{\\partial}{o_k}(-\\log p_k)``, a README's ∂ over o_k with the ∂ of the denominator left out: ∂ over a
variable means nothing else, so it is read as ∂/∂o_k, and the report says so (the display was refused, and the seven
displays that went on from it with it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FRONT = "---\ndefine:\n  p_i: \\frac{e^{o_i}}{\\sum_j e^{o_j}}\n---\n\n"


@pytest.mark.parametrize(("right", "status"), [("p_k - 1", "proven"), ("p_k", "refuted")])
def test_a_partial_over_a_variable_is_the_derivative_by_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    chain = "\\dfrac{\\partial}{o_k}(-\\log p_k) = - \\dfrac{1}{p_k}\\dfrac{\\partial}{o_k}(p_k)"
    page = f"$${chain}$$\n\n$$ = {right}$$\n"
    report = page_report(tmp_path, capsys, FRONT + page)
    assert [s for s, *_ in page_links(report)] == ["proven", status]
    assert (
        "\\frac{\\partial}{o_k} read as \\frac{\\partial}{\\partial o_k}, the \\partial of its denominator left out "
        "(line 6)" in report["readings"]
    )


def test_a_partial_with_a_numerator_over_a_variable_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, FRONT + "$$\\frac{\\partial p_k}{o_k} = p_k(1 - p_k)$$\n")
    assert report["links"] == []
    assert "denominator must be \\partial followed by a variable" in report["unchecked"][-1]["reason"]
