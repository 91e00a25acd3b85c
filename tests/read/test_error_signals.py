"""δ with one index is a vector of error signals (``derive.read.error_signals``); with two it is Kronecker's delta,
on the same page too; δ_j = … δ_k … (Bishop's backpropagation) reads two ways and is refused naming both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report
from tests.read.test_script_labels import report

BISHOP = (
    "---\n---\nWith $E = \\frac{1}{2} \\sum_k (y_k - t_k)^2$:\n\n$$\n\\delta_k = y_k - t_k\n$$\n\n"
    "$$\n\\frac{\\partial E}{\\partial y_k} = {SIDE}\n$$\n\n$$\n\\sum_k \\delta_{jk} \\delta_k = \\delta_j\n$$\n"
)


@pytest.mark.parametrize(("side", "status"), [("\\delta_k", "proven"), ("-\\delta_k", "refuted")])
def test_a_delta_with_one_index_defined_on_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    """δ_k = y_k − t_k defines the error signals; δ_{jk} beside them is Kronecker's delta."""
    links, shown = report(tmp_path, capsys, BISHOP.replace("{SIDE}", side))
    assert links == [(10, status), (14, "proven")]
    assert "definitions E (line 3), \\delta_k (line 6)" in shown


@pytest.mark.parametrize(("side", "status"), [("2 \\delta_j", "proven"), ("\\delta_j", "refuted")])
def test_a_delta_with_one_index_defined_nowhere_is_a_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    text = f"---\n---\n$$\n\\frac{{\\partial}}{{\\partial \\delta_j}} \\sum_k \\delta_k^2 = {side}\n$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == [(4, status)]
    assert "vectors \\delta; indices j, k" in shown


def test_a_delta_at_another_index_on_the_right_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bishop's δ_j = (1 − z_j²) Σ_k w_{kj} δ_k: the hidden units' δ from the outputs', or one vector δ."""
    text = BISHOP.replace("{SIDE}", "\\delta_k") + "\n$$\n\\delta_j = (1 - z_j^2) \\sum_{k} w_{kj} \\delta_k\n$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == [(10, "proven"), (14, "proven")]
    assert "line 18: not checked — unreadable: \\delta_j = … \\delta_k … can be read two ways" in shown


def test_a_delta_with_two_letters_run_together_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\delta_ik beside a vector δ: TeX sets δ_i times k; the page may mean Kronecker's δ_{ik}. Refused."""
    text = "---\n---\n$$\n\\delta_k = y_k - t_k\n$$\n\n$$\n\\sum_k \\delta_ik y_k = y_i\n$$\n"
    links, shown = report(tmp_path, capsys, text)
    assert links == []
    assert "\\delta_ik can be read two ways: Kronecker's delta, written \\delta_{ik}, or the entry" in shown


@pytest.mark.parametrize(("right", "verdict"), [("\\delta_i", "proven"), ("2 \\delta_i", "refuted")])
def test_a_delta_the_page_defines_once_is_one_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``Let $\\delta_i = \\partial L / \\partial z_i$`` on a one-layer page, then ∂L/∂b_i = Σ_k δ_k ∂z_k/∂b_i = δ_i:
    the page's δ at two indices (it was refused as two layers' error signals, a newcomer's sweep). Bishop's δ_k
    defined, then a chain ending in δ_j, still reads two ways."""
    from tests.read.page_reports import page_links, page_report

    page = (
        "Forward: $z_i = \\sum_j W_{ij} x_j + b_i$. Let $\\delta_i = \\frac{\\partial L}{\\partial z_i}$.\n\n"
        "$$\\frac{\\partial L}{\\partial b_i} = \\sum_k \\delta_k \\frac{\\partial z_k}{\\partial b_i} = "
        f"{right}$$\n"
    )
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))][-1:] == [verdict]
    bishop = (
        "Let $\\delta_k = y_k - t_k$ and $z_j = \\tanh(a_j)$.\n\n"
        "$$\\frac{\\partial E}{\\partial a_j} = (1 - z_j^2) \\sum_k w_{kj} \\delta_k = \\delta_j$$\n"
    )
    report_two = page_report(tmp_path, capsys, bishop)
    assert page_links(report_two) == [] or all(s != "refuted" for s, *_ in page_links(report_two))


def test_delta_applied_is_read_not_a_file_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A held-out page writes δ(z^l) where it means σ(z^l): the file had stopped with exit 2 ("function '\\\\delta'
    is not a name"); it is read, its other displays checked."""
    page = "$$\nz = W \\delta(x) + b\n$$\n\n$$\nu = v \\delta'(x)\n$$\n\n$$\n(x + 1)^2 = x^2 + 2x + 1\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["exit"] in (0, 1)
    assert "proven" in [s for s, *_ in page_links(report)]


@pytest.mark.parametrize("above", ["", "$$ \\sum_{k=1}^{n} \\delta_{ik} x_k = x_i $$\n\n"])
def test_a_delta_with_a_two_digit_subscript_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str
) -> None:
    """TeX sets δ_{12} as it sets δ_{1 2}: Kronecker's delta at (1, 2), or the entry 12 of a vector δ? Read as the
    entry, δ_12 = 0 had been refuted at δ_12 = 47/25 beside a page's Kronecker delta."""
    report = page_report(tmp_path, capsys, above + "$$ \\delta_{12} = 0 $$\n", "--no-cache")
    assert "refuted" not in [link["status"] for link in report["links"]]
    assert any("\\delta_{12} can be read two ways" in u["reason"] for u in report["unchecked"])


def test_a_delta_with_two_numbers_apart_reads_two_ways_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """TeX sets δ_{1 2} exactly as δ_{12}: beside a vector δ it had been proven as Kronecker's delta."""
    text = "$$ \\delta_k = y_k - t_k $$\n\n$$ \\delta_{1 2} = 0 $$\n\n$$ \\delta_{1,2} = 0 $$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [(link["line"], link["status"]) for link in report["links"]] == [(5, "proven")]
    assert any("\\delta_{1 2} can be read two ways" in u["reason"] for u in report["unchecked"])
