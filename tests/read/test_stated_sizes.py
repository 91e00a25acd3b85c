"""A size the prose fixes ("a vector of size $3$", "Suppose $C = 3$:"): the displays below it, to the next heading,
write entries out and are read and checked at that size, saying so. At the page's symbolic length they had been
unread ("index 2 is outside 1..C"), as the held-out A-02 (CMU 11-785's notes) writes its 3×3 softmax Jacobian."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report as _report

PAGE = (
    "---\ndefine:\n  a_k: \\frac{e^{z_k}}{\\sum_{c=1}^{C} e^{z_c}}\n---\n"
    "The gradient of a vector by a vector is a matrix. LEAD\n\n"
    "$$\\frac{\\partial a_1}{\\partial z_2} = \\frac{- e^{z_1}e^{z_2}}{(e^{z_1} + e^{z_2} + e^{z_3})^2} = OFF$$\n\n"
    "$$\\frac{\\partial a_1}{\\partial z_1} = a_1(1 - a_1)$$\n\n"
    "## In general\n\n"
    "$$\\frac{\\partial a_i}{\\partial z_k} = a_i(\\delta_{ik} - a_k)$$\n"
)


def page(lead: str, off: str) -> str:
    return PAGE.replace("LEAD", lead).replace("OFF", off)


@pytest.mark.parametrize(
    "lead", ["Let's make it concrete by looking at a vector of size $3$:", "Suppose $C = 3$:", "Take $C = 3$."]
)
@pytest.mark.parametrize(("off", "status"), [("-a_1 a_2", "proven"), ("a_1 a_2", "refuted")])
def test_displays_below_a_stated_size_are_checked_at_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, off: str, status: str
) -> None:
    report = _report(tmp_path, capsys, page(lead, off))
    found = [(link["line"], link["status"], link["scope"]) for link in report["links"]]
    assert found[:2] == [(7, "proven", "C = 3"), (7, status, "C = 3")]  # z_3 written out: at the stated size
    assert [f[:2] for f in found[2:]] == [(9, "proven"), (13, "proven")]  # readable at every C: read so
    assert "every C" in found[3][2]  # past the heading: every C


@pytest.mark.parametrize("lead", ["Suppose $k = 3$:", "Look at vectors of size $3$ or more:"])
def test_a_size_of_another_letter_or_not_fixed_is_no_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """k is no length, and "3 or more" fixes nothing: the display that writes z_3 is read at every C from 3 on, where
    it holds at C = 3 alone: neither proven nor refuted, it says why (the whole vector at C = 3, or a longer one's)."""
    report = _report(tmp_path, capsys, page(lead, "-a_1 a_2"))
    at_7 = [link for link in report["links"] if link["line"] == 7]  # "Suppose $k = 3$": unread (an assumption?)
    assert at_7 or any(u["line"] == 7 for u in report["unchecked"])
    assert all(link["status"] == "unproven" for link in at_7), at_7
    assert all("it holds at C = 3, where the entries it writes" in link["method"] for link in at_7), at_7
    assert not any(link["scope"].startswith("C = 3") for link in report["links"])


def test_entries_of_a_name_nothing_defines_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A-02's column "= (a_1, a_2, a_3)" with a defined nowhere: read as free numbers, the true steps were refuted."""
    page = (
        "Look at a vector of size $3$:\n\n"
        "$$\\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}} = a_1$$\n\n"
        "$$\\frac{\\partial a_1}{\\partial z_1} = a_1(1 - a_1)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert report["links"] == []
    assert "neither defines nor uses in a definition" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    "lead",
    [
        "Take $n = 3$. In general, for any $n$:",
        "We don't take $n = 3$ here.",
        "It is tempting to take $n = 3$, but we won't.",
        "Take $n = 3$.\n\nGeneral case\n------------\n\nNow:",
    ],
)
def test_a_size_the_page_widens_or_holds_back_reads_nothing_at_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Each had proven Σ_{i=1}^{n} i = 2n "at n = 3" on a page that says it holds for any n (a probe): a display
    readable at every n is read so, and a size held back or widened fixes nothing."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sum_{{i=1}}^{{n}} i = 2n$$\n")
    assert [link["status"] for link in report["links"]] == ["refuted"]
