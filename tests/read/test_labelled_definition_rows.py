"""Rows of definitions as batch-norm notes write them: a lead that states only a shape ("Given input
$\\mathbf{x} \\in \\mathbb{R}^{N \\times D}$, the forward pass computes:"), and a prose label in a column of its own
after each row (``&& \\text{(mean)}``). Both once stopped the definitions: the lead as an assumption derive could
not read, the label as the start of a chain, so that ``y_{i,j} = γ_j x_{i,j} + μ_j`` was checked as a claim about a
free y and refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

ROWS = """---
---
{lead}

$$\\begin{{aligned}}
\\mu_j &= \\frac{{1}}{{N}} \\sum_{{i=1}}^N x_{{i,j}} && \\text{{(mean)}} \\\\
y_{{i,j}} &= \\gamma_j x_{{i,j}} + \\mu_j && \\text{{(scale and shift)}}
\\end{{aligned}}$$

$$\\frac{{\\partial y_{{i,j}}}}{{\\partial \\gamma_j}} = {claim}$$
"""
SHAPE_LEAD = "Given input $\\mathbf{x} \\in \\mathbb{R}^{N \\times D}$, the forward pass computes:"


@pytest.mark.parametrize(("claim", "expected"), [("x_{i,j}", "proven"), ("\\mu_j", "refuted")])
def test_rows_with_a_prose_label_define(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, ROWS.format(lead="The forward pass computes:", claim=claim))
    assert found == [(10, expected)], unchecked  # y_{i,j} = … was refuted as a claim about a free y
    assert unchecked == [
        "a definition of \\mu_j, read as the front matter's define: nothing to check",
        "a definition of y_{i,j}, read as the front matter's define: nothing to check",
    ]


def test_a_lead_that_states_only_a_shape_states_no_assumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rows below it define; nothing is refuted (γ_j beside x's D columns is a length derive does not infer)."""
    found, unchecked = statuses(tmp_path, capsys, ROWS.format(lead=SHAPE_LEAD, claim="x_{i,j}"))
    assert "refuted" not in [status for _, status in found]
    assert "a definition of y_{i,j}, read as the front matter's define: nothing to check" in unchecked
    assert not any("cannot read the assumptions" in u for u in unchecked), unchecked


@pytest.mark.parametrize(
    "case", ["\\text{if } i = j", "\\text{if $i = j$}", "\\text{(for all } i = j)", "(i = j)", "i = j"]
)
def test_a_row_with_a_case_beside_it_defines_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """``&& \\text{if } i = j``: y defined for i = j alone; read as defined everywhere, ∂y/∂γ_j = x would be proven
    at every (i, j). A case inside the prose (``\\text{if $i = j$}``) is no label either, nor one in brackets."""
    text = ROWS.format(lead="", claim="x_{i,j}").replace("\\text{(scale and shift)}", case)
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("definition of y_{i,j} could not be read (a case is written beside it" in u for u in unchecked)


SQUARE = "---\n---\n{lead}\n\n$$\\frac{{\\partial}}{{\\partial a}} a^2 = 2 a$$\n"


def test_a_lead_with_a_shape_and_an_assumption_still_states_the_assumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only shapes are left out of a lead: what else it states is an assumption derive reads or refuses."""
    shape = "Given input $\\mathbf{x} \\in \\mathbb{R}^{N \\times D}$"
    found, _ = statuses(tmp_path, capsys, SQUARE.format(lead=shape + ", we have:"))
    assert found == [(5, "proven")]
    found, unchecked = statuses(tmp_path, capsys, SQUARE.format(lead=shape + " and $a > 1$, we have:"))
    assert found == [(5, "proven")], unchecked
    found, unchecked = statuses(tmp_path, capsys, SQUARE.format(lead=shape + " and $a > b$, we have:"))
    assert found == [] and any("cannot read the assumptions stated before this display" in u for u in unchecked)
