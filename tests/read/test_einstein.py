"""A page that states Einstein's convention ("in Einstein notation the sum is implied by the repeated indices") may
leave a sum unwritten: a link whose sides' free indices differ reads two ways there, and is refused, not refuted as
the dropped sum it is on any other page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = """---
vectors: [y, p]
---
{prose}

$$-\\sum_i y_i \\log p_i = -y_i \\log p_i$$

$$-y_i p_i = -p_i y_i$$
"""


def test_a_link_with_an_implied_sum_is_refused_where_the_page_states_the_convention(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = "The summation symbol is dropped because in Einstein notation the sum is implied by repeated indices."
    report = _report(tmp_path, capsys, PAGE.format(prose=prose))
    assert _links(report) == [("proven", None, "-p_i y_i")]
    assert "Einstein's convention (line 4)" in report["unchecked"][0]["reason"]


def test_elsewhere_the_dropped_sum_is_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, PAGE.format(prose="The loss drops its sum here."))
    assert [status for status, *_ in _links(report)] == ["refuted", "proven"]


def test_a_link_with_an_index_repeated_in_a_term_is_refused_where_the_page_states_the_convention(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-y_i \\delta_{ik} + y_i p_k = -y_k + y_i p_k``: the convention sums i in the first term, to -y_k (the
    CS224d write-up's step); read with i free it was refuted. Both sides one expression stay checked."""
    prose = "In Einstein notation the sum is implied by the repeated indices."
    page = f"---\nvectors: [y, p]\n---\n{prose}\n\n$$-y_i \\delta_{{ik}} + y_i p_k = -y_k + y_i p_k$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert "and i is repeated in a term" in report["unchecked"][0]["reason"]


EINSTEIN = "We use Einstein's summation convention: a repeated index is summed.\n\n$${claim}$$\n"


@pytest.mark.parametrize(
    "claim",
    [
        "\\delta_{ii} = 1",  # SymPy makes δ_ii 1 before anything reads it: n under the convention
        "x_i x_i y_k = y_k x_i^2",  # x_i x_i folded into a square
        "\\sum_{i=1}^n x_i b_k c_k d_j d_j = \\sum_{i=1}^n x_i b_j c_j d_k d_k",  # repeated inside a written sum
    ],
    ids=["delta-ii", "square", "inside-a-sum"],
)
def test_an_index_repeated_as_the_page_writes_it_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """Counted in the page's text, not in SymPy's form of it: δ_ii = 1 was proven, and a true link with j, k
    repeated inside a written sum was refuted."""
    report = _report(tmp_path, capsys, EINSTEIN.format(claim=claim))
    assert _links(report) == []
    assert "repeated in a term" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    "stated",
    [
        "We use Einstein's summation convention: repeated indices are summed.",
        "Throughout, an index repeated in a term is summed over.",
        "Repeated subscripts are summed.",
    ],
)
def test_a_definition_with_an_index_repeated_in_a_term_refuses_what_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str
) -> None:
    """Under the convention L = x_i x_i is Σ_i x_i²; read with i fixed, L + x_i = x_i² + x_i was proven (false at
    n = 2, x = (1, 1), i = 1: 3 against 2), and so was L = x_i^2."""
    page = f"{stated}\n\n$$L = x_i x_i$$\n\n$$L + x_i = x_i^2 + x_i$$\n\n$$M = 2 L$$\n\n$$M = 2 x_i^2$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    refused = sorted(u["line"] for u in report["unchecked"] if "repeated in a term (in L)" in u["reason"])
    assert refused == [5, 9]  # M is defined through L


def test_a_sign_inside_a_product_does_not_split_the_term(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x_i · -x_i is one term with i twice (summed under the convention): it was counted as two terms, and
    x_i · -x_i + x_k = x_k - x_i^2 was proven."""
    page = "We use Einstein's summation convention.\n\n$$x_i \\cdot -x_i + x_k = x_k - x_i^2$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert any("i is repeated in a term" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize("bars", [("|", "|"), ("\\left|", "\\right|")])
def test_a_sign_inside_bars_does_not_split_the_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bars: tuple[str, str]
) -> None:
    left, right = bars
    page = (
        f"We use Einstein's summation convention.\n\n$${left}x_i - 1{right} \\, {left}x_i - 1{right} = (x_i - 1)^2$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # it was proven with i fixed


def test_a_summation_said_to_be_there_states_the_convention(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'EDIT: … there's a summation in ∂x̂_i/∂μ' (a survey's batch-norm post): i free on the right only is that sum
    left unwritten, or a dropped sum; it had been refuted as the second."""
    page = "$$\\frac{\\partial}{\\partial y} \\sum_j x_j y = x_i$$\n\nNote that there's a summation in this term.\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert _links(_report(tmp_path, capsys, page.split("\n\n")[0] + "\n")) == [("refuted", None, "x_i")]  # dropped
    assert any("i is free on one side only" in u["reason"] for u in report["unchecked"])
