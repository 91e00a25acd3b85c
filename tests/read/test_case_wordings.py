"""Cases as people word them before a Jacobian's displays: an opening clause that goes on ("If $i \\neq j$, the
numerator does not depend on $a_j$:"), in words ("When $i$ and $k$ differ,"), in parentheses ("On the diagonal
($i = k$) we get"), and "Otherwise:" below a case. Each was dropped, and a counterexample at the other case refuted
a true entry (a newcomer's sweep)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SOFTMAX = "$p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n"
ENTRY = "$$\\frac{{\\partial p_i}}{{\\partial z_k}} = {right}$$\n\n"
DIAGONAL, OFF = "p_i(1 - p_k)", "-p_i p_k"


@pytest.mark.parametrize(
    ("lead", "case"),
    [
        ("If $i \\neq k$, the numerator does not depend on $z_k$:", "i ≠ k"),
        ("When $i$ and $k$ differ, the numerator is constant in $z_k$:", "i ≠ k"),
        ("If $i$ and $k$ are the same:", "i = k"),
        ("On the diagonal ($i = k$) we get", "i = k"),
        ("and off the diagonal ($i \\neq k$)", "i ≠ k"),
        ("For $i \\neq k$ this is", "i ≠ k"),  # a probe's: dropped, and the entry refuted at i = k
        ("For $i = k$ it is", "i = k"),
    ],
)
@pytest.mark.parametrize("true", [True, False])
def test_a_case_as_people_word_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, case: str, true: bool
) -> None:
    right = (DIAGONAL if case == "i = k" else OFF) if true else (OFF if case == "i = k" else DIAGONAL)
    report = _report(tmp_path, capsys, SOFTMAX + lead + "\n\n" + ENTRY.format(right=right))
    assert [(status, said) for status, said, _ in _links(report)] == [("proven" if true else "refuted", case)]


def test_words_after_the_case_that_turn_it_still_drop_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lead = "If $i \\neq k$, this is not what we get in general:"
    report = _report(tmp_path, capsys, SOFTMAX + lead + "\n\n" + ENTRY.format(right=OFF))
    assert [said for _, said, _ in _links(report)] in ([None], [])  # no case taken: refused, or checked without


@pytest.mark.parametrize(("first", "other"), [("i = k", "i ≠ k"), ("i \\neq k", "i = k")])
def test_otherwise_is_the_other_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, other: str
) -> None:
    rights = (DIAGONAL, OFF) if first == "i = k" else (OFF, DIAGONAL)
    page = (
        SOFTMAX
        + f"If ${first}$:\n\n"
        + ENTRY.format(right=rights[0])
        + "Otherwise:\n\n"
        + ENTRY.format(right=rights[1])
    )
    report = _report(tmp_path, capsys, page)
    assert [(status, said) for status, said, _ in _links(report)][1] == ("proven", other)


@pytest.mark.parametrize(
    "lead",
    [
        "Unlike the diagonal ($i = k$), off the diagonal we get:",
        "Compared with the diagonal case ($i = k$), the off-diagonal entries are simpler:",
        "If $i = k$, the derivative was computed above; here is the off-diagonal one:",
        "When $i$ and $k$ are the same, the result is known. Below, they differ:",
    ],
)
def test_words_that_point_away_from_the_case_drop_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Each was read as the case i = k and proved the diagonal entry where the page means the other (a probe)."""
    report = _report(tmp_path, capsys, SOFTMAX + lead + "\n\n" + ENTRY.format(right=DIAGONAL))
    assert [(status, said) for status, said, _ in _links(report)] in ([("refuted", None)], [("unproven", None)], [])


@pytest.mark.parametrize(
    ("lead", "trail"),
    [
        ("Whenever $i=k$:", ""),
        ("With $i = k$:", ""),
        ("If $i=j=k$:", ""),
        ("When $i < k$:", ""),
        ("If $i \\le k$:", ""),
        ("Then", "This holds if $i = k$."),
        ("Then", "valid for $i = k$."),
        ("Then", "(for $i = k$)"),
        ("Take $k = i$:", ""),
        ("Consider $i = k$ first.", ""),
        ("Then", "Here $i = k$."),
    ],
)
def test_a_case_in_words_derive_does_not_read_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, trail: str
) -> None:
    """A probe's pages: a case derive does not read as one ("Whenever $i=k$:", "If $i=j=k$:", "This holds if
    $i = k$." after the display) was dropped, and Σ_m δ_im δ_mk = 1, true in it, refuted at i = 2, k = 1, a point the
    page rules out. The link is checked, but a counterexample may break the case: unproven, never refuted."""
    page = f"{lead}\n\n$$\\sum_m \\delta_{{im}} \\delta_{{mk}} = 1$$\n\n{trail}\n"
    assert [status for status, _, _ in _links(_report(tmp_path, capsys, page))] == ["unproven"]
