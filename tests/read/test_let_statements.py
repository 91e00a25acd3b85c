"""People state with "let" a case, a domain or a letter's range: "Let $i \\neq k$. Then", "Let $x > 0$ be given.",
"Let $T > 0$ be the temperature and …". Each was dropped, and a counterexample outside what the page states refuted
a true step; a domain that later prose widens ("In general, for any real $x$:") is no fact of the page."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SOFTMAX = "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n"
JACOBIAN = "$$\\frac{{\\partial s_i}}{{\\partial z_k}} = {right}$$\n"


@pytest.mark.parametrize(
    ("case", "right", "verdict"),
    [
        ("i \\neq k", "-s_i s_k", "proven"),
        ("i \\neq k", "s_i (1 - s_k)", "refuted"),
        ("i = k", "s_i (1 - s_k)", "proven"),
        ("i = k", "-s_i s_k", "refuted"),
    ],
)
def test_let_states_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, right: str, verdict: str
) -> None:
    page = SOFTMAX + f"Let ${case}$. Then\n\n" + JACOBIAN.format(right=right)
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]
    for link in report["links"]:
        if link.get("counterexample"):
            values = link["counterexample"]["values"]
            assert (values["i"] == values["k"]) == (case == "i = k")


@pytest.mark.parametrize(("first", "second"), [("x > 0", "x < 0"), ("x < 0", "x > 0")])
def test_let_states_each_chains_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    right = {"x > 0": "x", "x < 0": "-x"}
    page = "".join(f"Let ${case}$ be given. Then\n\n$$|x| = {right[case]}$$\n\n" for case in (first, second))
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven", "proven"]


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{T} p_i (1 - p_i)", "proven"), ("p_i (1 - p_i)", "refuted")])
def test_a_letter_let_be_with_its_domain_holds_on_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    page = (
        "Let $T > 0$ be the temperature and $p_i = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$. Then\n\n"
        f"$$\\frac{{\\partial p_i}}{{\\partial z_i}} = {right}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]  # it was undefined at T = 0
    for link in report["links"]:
        if link.get("counterexample"):
            assert Fraction(link["counterexample"]["values"]["T"]) > 0


@pytest.mark.parametrize("widening", ["In general, for any real $x$:", "Now for all $x \\in \\mathbb{R}$:"])
@pytest.mark.parametrize("stated", ["Let $x > 0$ be a number.", "The parameter $x > 0$ is fixed."])
def test_a_domain_quantified_anew_later_refuses_what_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], widening: str, stated: str
) -> None:
    page = f"{stated}\n\n$$|x| = x$$\n\n{widening}\n\n$$|x| = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven"]  # the second was proven under x > 0
    said = ("widens or drops it at line 5", "a condition derive does not read")
    assert [u["line"] for u in report["unchecked"] if any(w in u["reason"] for w in said)] == [7]


@pytest.mark.parametrize(
    "page",
    [
        "Let $x > 0$ be given, or zero.\n\n$$\\sqrt{x^2} = x$$\n",
        "Let $x > 0$ be given or let it be below zero.\n\n$$\\sqrt{x^2} = x$$\n",
        "Let $x > 0$ be given. Just kidding: $x$ is a real number of either sign.\n\n$$\\sqrt{x^2} = x$$\n",
        "It would be convenient to let $x > 0$ be given, but we cannot.\n\n$$\\sqrt{x^2} = x$$\n",
        "# Part 1\n\n$$\\sqrt{x^2} = x$$\n\n# Part 2\n\nLet $x > 0$ be given.\n\n$$\\sqrt{x^2} + 0 = x$$\n",
    ],
)
def test_a_let_taken_back_or_later_holds_nothing_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """Each held x > 0 for the first display, and proved √(x²) = x there (a probe)."""
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)][:1] in (["refuted"], [])
