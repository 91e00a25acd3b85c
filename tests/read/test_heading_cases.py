"""A case a heading states ("### When $j \\neq i$") holds over its section, for a display whose lead is plain words
("Taking the results above, we found that"): a blog's step of the case j ≠ i was refuted at j = i."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

SOFTMAX = "$$p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$$\n\n"


@pytest.mark.parametrize(("right", "status"), [("-p_i p_j", "proven"), ("p_i p_j", "refuted")])
def test_a_headings_case_holds_over_its_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    page = SOFTMAX + "### When $j \\neq i$\n\nSome words.\n\nTaking the results above, we found that\n\n"
    report = page_report(tmp_path, capsys, page + f"$$\\frac{{\\partial p_j}}{{\\partial z_i}} = {right}$$\n")
    assert page_links(report) == [(status, "j ≠ i", right)]
    for link in report["links"]:
        point = link.get("counterexample", {}).get("values", {})
        assert status == "proven" or point["i"] != point["j"]


def test_the_case_ends_at_the_next_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = SOFTMAX + "### When $j \\neq i$\n\nWords.\n\n### Summing up\n\nTaking the results, we found that\n\n"
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n")
    assert page_links(report) == [("refuted", None, "-p_i p_j")]


def test_a_lead_with_math_keeps_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = SOFTMAX + "### When $j \\neq i$\n\nWords.\n\nWith $p_i$ as above, we found that\n\n"
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n")
    assert [case for _, case, _ in page_links(report)] == [None]


def test_a_lead_that_widens_the_case_keeps_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = SOFTMAX + "### When $j \\neq i$\n\nWords.\n\nIn general, we found that\n\n"
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n")
    assert page_links(report) == [("refuted", None, "-p_i p_j")]


@pytest.mark.parametrize(
    ("between", "status"),
    [
        ("**When $j = i$**\n\nTaking the results above, we found that\n\n", "unproven"),  # a title of its own
        ("Now the diagonal entries, where the two indices are equal, give\n\n", "unproven"),  # another case, in words
        ("The other case is similar. Putting both cases together, we get\n\n", "refuted"),  # every index
    ],
)
def test_a_display_the_headings_case_may_not_govern_is_refuted_by_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str, status: str
) -> None:
    """From two probes: a bold title of its own, or a lead on another case, had kept the heading's j ≠ i, and
    -p_i p_j was proven where the page means j = i; checked without it, it was refuted at i = j, which the heading
    may exclude. Neither is read now: the heading is a condition derive does not read there. A lead that widens the
    case to every index ("both cases together") is checked as written."""
    page = SOFTMAX + "### When $j \\neq i$\n\nWords.\n\n" + between
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n")
    assert page_links(report) == [(status, None, "-p_i p_j")]


def test_a_subheading_under_a_case_heading_is_refuted_by_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = SOFTMAX + "## When $j \\neq i$\n\n### Step 1\n\nTaking the results above, we found that\n\n"
    report = page_report(tmp_path, capsys, page + "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n")
    assert [s for s, *_ in page_links(report)] == ["unproven"]


@pytest.mark.parametrize(("right", "status"), [("p_1 (1 - p_1)", "proven"), ("p_1", "refuted")])
def test_a_headings_case_on_an_entry_number_holds_over_its_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """From a probe: "### Case $k = 1$" had been left out, and p_1(1 − p_1) refuted at k = 2."""
    page = SOFTMAX + "### Case $k = 1$\n\nThen we get\n\n"
    report = page_report(tmp_path, capsys, page + f"$$\\frac{{\\partial p_k}}{{\\partial z_1}} = {right}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]


def test_the_headings_case_is_carried_to_the_first_display_under_it_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a third probe: a second display whose lead switches to the other case in words derive does not read
    ("When the two are the same class, we get") had been proven under the heading's j ≠ i."""
    claim = "$$\\frac{\\partial p_j}{\\partial z_i} = -p_i p_j$$\n"
    page = SOFTMAX + "### When $j \\neq i$\n\nTaking the derivative, we found that\n\n" + claim
    report = page_report(tmp_path, capsys, page + "\nWhen the two are the same class, we get\n\n" + claim)
    assert [(s, case) for s, case, _ in page_links(report)] == [("proven", "j ≠ i"), ("unproven", None)]
