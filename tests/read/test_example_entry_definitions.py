"""A page that defines one entry of each training example's vector (``\\hat{y}_j^{(i)} = \\frac{e^{x_j^{(i)}}}{…}``,
a docs page's batch cross-entropy) makes no claim about a free ŷ. Read as one, the definition and every step that
used ŷ were refuted with ŷ free, the page's softmax unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

LOSS = "$$L = -\\frac{1}{m}\\sum_{i=1}^m \\sum_{j=1}^C y^{(i)}_j \\log \\hat{y}^{(i)}_j$$\n\n"
STEP = (
    "$$\\frac{\\partial \\hat{y}_j^{(i)}}{\\partial x_l^{(i)}} = \\hat{y}_j^{(i)}(\\delta_{jl} - \\hat{y}_l^{(i)})$$\n"
)


@pytest.mark.parametrize(
    "head", ["\\hat{y}_j^{(i)}", "\\hat{y}^{(i)}_j", "\\hat{y}_{ij}"], ids=["entry-label", "label-entry", "two-indices"]
)
def test_an_example_entry_definition_is_no_claim_and_what_uses_it_is_not_free(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str
) -> None:
    definition = f"$${head} = \\frac{{e^{{x_j^{{(i)}}}}}}{{\\sum_{{k=1}}^C e^{{x_k^{{(i)}}}}}}$$\n\n"
    report = _report(tmp_path, capsys, "---\nlength: C\n---\n" + LOSS + definition + STEP)
    assert [status for status, *_ in _links(report)] == []
    reasons = {entry["line"]: entry["reason"] for entry in report["unchecked"]}
    assert reasons[6].startswith("unreadable: the definition of") and "could not be read" in reasons[6]
    assert reasons[8].startswith("unreadable:")
