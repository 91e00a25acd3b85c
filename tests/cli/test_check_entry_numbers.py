"""CS231n's entry numbers: y_i, the class of example i, in p_{y_i}, f_{y_i}, \\sum_{j \\neq y_i} and
\\mathbb{1}(y_i = k), read as one index (a fixed index of the page) where y is used only so."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SOFTMAX = (
    "---\n---\nThe probabilities are $p_k = \\frac{e^{f_k}}{ \\sum_j e^{f_j} }$ and the loss "
    "$L_i = -\\log\\left(p_{y_i}\\right)$.\n\n$$\\frac{\\partial L_i }{ \\partial f_k } = {value}$$\n"
)


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("p_k - \\mathbb{1}(y_i = k)", "proven"),
        ("p_k + \\mathbb{1}(y_i = k)", "refuted"),
        ("p_k - \\mathbb{1}(y_i \\neq k)", "refuted"),
        ("p_k - p_{y_i}", "refuted"),
    ],
)
def test_an_entry_number_in_a_subscript_is_one_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    """p_{y_i} was unreadable (vector p needs exactly one index): now p's entry at the index y_i."""
    found = report(tmp_path, capsys, "", SOFTMAX.replace("{value}", value))
    assert [link["status"] for link in found["links"]] == [status]
    assert "y_i a fixed index (free in L_i)" in found["inferred"]


@pytest.mark.parametrize(
    ("loss", "value", "status"),
    [
        ("-f_{y_i} + \\log\\sum_j e^{f_j}", "\\frac{e^{f_k}}{\\sum_j e^{f_j}} - \\mathbb{1}(y_i = k)", "proven"),
        ("-f_{y_i} + \\log\\sum_j e^{f_j}", "\\frac{e^{f_k}}{\\sum_j e^{f_j}} - \\mathbb{1}(y_i = j)", "refuted"),
        ("\\sum_{j \\neq y_i} (f_j - f_{y_i} + 1)", "1 - n \\mathbb{1}(y_i = k)", "proven"),
        ("\\sum_{j \\neq y_i} (f_j - f_{y_i} + 1)", "1 - \\mathbb{1}(y_i = k)", "refuted"),
    ],
)
def test_the_scores_at_the_correct_class(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loss: str, value: str, status: str
) -> None:
    body = f"The loss $L_i = {loss}$.\n\n$$\\frac{{\\partial L_i}}{{\\partial f_k}} = {value}$$\n"
    found = report(tmp_path, capsys, "---\n---\n", body)
    assert [link["status"] for link in found["links"]] == [status]


@pytest.mark.parametrize(
    "more",
    [
        " and the total $L = \\sum_i L_i$",  # a sum over i: y_i depends on i, which one index forgets
        " with $y_i = 2$",  # y_i a value
        " and $M = L_j$",  # L used at another example than i
    ],
)
def test_an_entry_number_that_one_index_would_misread_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], more: str
) -> None:
    page = SOFTMAX.replace("{value}", "p_k - \\mathbb{1}(y_i = k)").replace("$.\n", f"${more}.\n", 1)
    found = report(tmp_path, capsys, "", page)
    assert not any(link["status"] == "proven" for link in found["links"])
    assert "y_i" not in found["inferred"]
