"""A case stated on the last line of the prose before a display is that display's case, whatever stands on the
line above it in the same paragraph (survey T-01: "[Insert Neural Network Diagram Here]" right above "Case 2:
\\(i \\neq j\\)" had hidden the case, and the true ∂ŷ_i/∂z_j = −ŷ_i ŷ_j was refuted at i = j)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

PAGE = (
    "Softmax: \\(\\hat{{y}}_i = \\frac{{e^{{z_i}}}}{{\\sum_{{k=1}}^{{C}} e^{{z_k}}}}\\)\n\n"
    "Case 1: \\(i=j\\)\n$$\n\\frac{{\\partial \\hat{{y}}_i}}{{\\partial z_i}} = \\hat{{y}}_i (1 - \\hat{{y}}_i)\n$$\n"
    "{above}\nCase 2: \\(i \\neq j\\)\n$$\n\\frac{{\\partial \\hat{{y}}_i}}{{\\partial z_j}} = {right}\n$$\n"
)


@pytest.mark.parametrize("above", ["[Insert Neural Network Diagram Here]", "Insert the diagram here"])
@pytest.mark.parametrize(
    ("right", "verdict"), [("-\\hat{y}_i \\hat{y}_j", "proven"), ("\\hat{y}_i \\hat{y}_j", "refuted")]
)
def test_a_case_on_the_last_line_of_the_lead_is_the_displays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str, right: str, verdict: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(above=above, right=right))
    assert [(link["status"], link["case"]) for link in report["links"]] == [("proven", "i = j"), (verdict, "i ≠ j")]
