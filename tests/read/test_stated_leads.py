"""What a display holds under, said in the prose around it but not as the whole line before it: a later sentence of
that line ("We work over the reals. Assume $x > 0$."), a condition in the sentence right after it ("… for
$i \\neq j$."), and a condition that sets a scalar ("When $y = 1$,"). Each was dropped, and a counterexample
outside what the page states refuted a true step (a newcomer's sweep of the checker)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    "lead",
    ["We work over the reals. Assume $x > 0$.", "Here is the setup. Suppose $x > 0$.", "Assume $x > 0$."],
    ids=["assume", "suppose", "alone"],
)
@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
def test_an_assumption_in_a_later_sentence_of_the_lead_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]
    for link in report["links"]:
        if link.get("counterexample"):
            assert Fraction(link["counterexample"]["values"]["x"]) > 0


SOFTMAX = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\nThen\n"


@pytest.mark.parametrize(
    "after", ["for $i \\neq j$.", "for $i \\neq j$, and the diagonal is below.", "when $i \\neq j$"]
)
def test_a_condition_right_after_a_display_is_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    page = SOFTMAX + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = -s_i s_j$$\n{after}\n"
    assert _links(_report(tmp_path, capsys, page)) == [("proven", "i ≠ j", "-s_i s_j")]


@pytest.mark.parametrize(
    "after",
    ["for $i \\neq j$:", "for $i \\neq j$, we have", "for $i = 1, \\dots, n$."],
    ids=["colon", "comma", "range"],
)
def test_a_sentence_that_introduces_what_follows_is_no_case_of_the_display_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    page = SOFTMAX + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = -s_i s_j$$\n{after}\n"
    assert [(status, case) for status, case, _ in _links(_report(tmp_path, capsys, page))] == [("refuted", None)]


@pytest.mark.parametrize("lead", ["When $y = 1$,", "If $y = 1$:", "For $y = 1$,"])
@pytest.mark.parametrize(("right", "verdict"), [("(1 - a)^2", "proven"), ("(2 - a)^2", "refuted")])
def test_a_condition_that_sets_a_scalar_holds_for_the_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$(y - a)^2 = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]


def test_a_definition_under_a_condition_is_no_definition_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``If $x > 0$: f = x``, then ``f = |x|`` in general: f is |x|, and the first display a claim under x > 0
    (taken as f's definition, the page's second display was refuted)."""
    report = _report(tmp_path, capsys, "If $x > 0$:\n\n$$f = x$$\n\nand in general\n\n$$f = |x|$$\n")
    assert [(status, link["line"]) for (status, *_), link in zip(_links(report), report["links"], strict=True)] == [
        ("proven", 3)
    ]


@pytest.mark.parametrize("lead", ["Assume $x > 0$. In general, though:", "Assuming $x > 0$, or otherwise:"])
def test_an_assumption_that_later_words_may_turn_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """``Assume $x > 0$. In general, though:`` above ``|x| = x``: the later words turn it. It was proven under
    x > 0 (on main before this session too)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = x$$\n")
    assert _links(report) == []
    assert "may turn it" in report["unchecked"][0]["reason"]
