"""A formula taken at a one-hot vector's 1, ``L = -\\log p_i \\text{ where } y_i = 1`` with y assumed one-hot: read as
the sum over i of y_i times it, the term the one entry equal to 1 picks. A blog's first definition of its loss was
unread, and with it every display of the loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

SOFTMAX = "$$p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$$\n\n"
LOSS = "$$\n\\begin{equation}\nL = - \\log p_i \\text{ where } y_i = 1.\n\\end{equation}\n$$\n\n"
HOT = "---\nassume: [y one-hot]\n---\n\n"
DEFINED = "$$L = -\\sum_k y_k \\log p_k$$\n\n"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("L = -\\sum_k y_k \\log p_k", "proven"),
        ("\\frac{\\partial L}{\\partial z_j} = p_j - y_j", "proven"),
        ("L = -\\sum_k \\log p_k", "refuted"),
        ("\\frac{\\partial L}{\\partial z_j} = p_j - 1", "refuted"),
    ],
)
def test_the_loss_at_the_hot_index_is_the_sum_it_picks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, HOT + SOFTMAX + LOSS + f"Then\n\n$${claim}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]
    assert any("where y_i = 1 read as the sum over i of y_i" in said for said in report["readings"])
    for link in report["links"]:  # every counterexample a one-hot y
        point = link.get("counterexample", {}).get("values", {})
        hot = sorted(value for name, value in point.items() if name.startswith("y_"))
        assert status == "proven" or hot == ["0", "1"]


def test_without_a_one_hot_vector_the_condition_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + LOSS + "Then\n\n$$L = -\\sum_k y_k \\log p_k$$\n")
    assert not report["readings"]
    assert any(u["reason"].startswith("unreadable") and u["line"] == 5 for u in report["unchecked"])


def test_a_claim_at_the_hot_entry_is_not_summed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = HOT + SOFTMAX + DEFINED + "$$\\frac{\\partial L}{\\partial z_i} = p_i - 1 \\text{ where } y_i = 1$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not report["readings"]
    assert not [s for s, *_ in page_links(report) if s == "proven"]


def test_a_body_with_a_sum_of_its_own_is_not_summed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = HOT + SOFTMAX + DEFINED + "$$E = -\\log p_i + \\sum_i z_i \\text{ where } y_i = 1$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not report["readings"]
