"""An entry past 1 at a symbolic length (p_2, x_7 beside p_j): read as that entry, each claim checked for every n
from it on, the only lengths at which the entry exists (``derive.check.claim.entries_written``); it had been
refused at every n. A page with other lengths still refuses it (its slot may be of another length)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.read.page_reports import page_report

FRONT = "---\n{more}define:\n  p_j: \\frac{{e^{{x_j}}}}{{\\sum_{{k=1}}^{{n}} e^{{x_k}}}}\n---\n"


def links(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, more: str = "") -> list[dict]:  # type: ignore[type-arg]
    report = page_report(tmp_path, capsys, FRONT.format(more=more) + f"$${display}$$\n")
    return report["links"] or report["unchecked"]  # type: ignore[no-any-return]


def least_n(link: dict) -> int:  # type: ignore[type-arg]
    """The n a link's counterexample is at, or the least n its proof is for."""
    said = link.get("method", "") + " " + link.get("scope", "")
    return int(re.search(r"(?:at n = |every n ≥ )(\d+)", said).group(1))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("display", "status", "least"),
    [
        ("\\frac{\\partial p_2}{\\partial x_1} = -p_1 p_2", "proven", 2),
        ("\\frac{\\partial p_2}{\\partial x_1} = p_1 p_2", "refuted", 2),  # a sign error, caught
        ("\\frac{\\partial}{\\partial x_7} \\left(-\\sum_{j=1}^{n} y_j \\log p_j\\right) = p_7 - y_7", "refuted", 7),
        # a Q&A's network of twelve weights m_1 … m_12, written only numbered (a held-out page)
        (
            "\\frac{\\partial}{\\partial m_{12}} (m_1 a + m_7 b + m_{12} a b)^2 = 2(m_1 a + m_7 b + m_{12} a b) a b",
            "proven",
            12,
        ),
        (
            "\\frac{\\partial}{\\partial m_7} (m_1 a + m_7 b + m_{12} a b)^2 = 2(m_1 a + m_7 b + m_{12} a b) a",
            "refuted",
            12,
        ),
    ],
)
def test_an_entry_past_1_is_checked_where_it_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str, least: int
) -> None:
    (link,) = links(tmp_path, capsys, display)
    assert link["status"] == status and least_n(link) == least, link


def test_under_a_constraint_the_claim_is_proven_from_its_entry_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    display = "\\frac{\\partial}{\\partial x_7} \\left(-\\sum_{j=1}^{n} y_j \\log p_j\\right) = p_7 - y_7"
    (link,) = links(tmp_path, capsys, display, more="assume:\n  - y one-hot\n")
    assert link["status"] == "proven" and least_n(link) == 7, link


def test_beside_another_length_an_entry_past_1_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (unread,) = links(tmp_path, capsys, "w_2 x_1 = x_1 w_2", more="sizes: {d: symbolic}\narrays: {w: [d]}\n")
    assert "index 2 is outside 1..n" in unread["reason"], unread


def test_an_entry_past_1_that_a_display_gives_a_value_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A small network's neurons written out, z_2 = w_2 a_1 + b_2 with z defined nowhere (a held-out page): the
    entry's definition, or a claim about a free z's entry 2 (refuted as one)? Written plainly, z only with numbers,
    each is a name of its own, defined there (``numbered_definitions``), and its derivative is checked; written
    otherwise ({z_1}, z_{\\,1}), it is refused naming both, and what uses z below is not refuted by a free z_1."""
    for entry in ("z_2", "z_1", "z_{1}"):
        page = f"$${entry} = w a + b$$\n\n$$\\frac{{\\partial {entry}}}{{\\partial w}} = a$$\n"
        assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]
    for entry in ("z_{\\,1}", "{z_1}"):
        page = f"$${entry} = w a + b$$\n\n$$\\frac{{\\partial {entry}}}{{\\partial w}} = a$$\n"
        report = page_report(tmp_path, capsys, page)
        assert not [link for link in report["links"] if link["status"] == "refuted"], report
        reasons = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
        assert any(f"the definition of {entry} could not be read (an entry of a vector" in r and "reads two ways" in r
                   for r in reasons), reasons  # fmt: skip


def test_a_claim_true_at_its_entries_alone_and_false_beyond_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """p_1 with its denominator written out, e^{x_1} + e^{x_2}: the whole vector at n = 2 (true), or a longer one's
    first two entries (false)? Neither proven nor refuted, saying so (it had been refused at every n)."""
    (link,) = links(tmp_path, capsys, "p_1 = \\frac{e^{x_1}}{e^{x_1} + e^{x_2}}")
    assert link["status"] == "unproven" and "it holds at n = 2, where the entries it writes" in link["method"], link


def test_an_entry_far_past_1_is_still_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """p_{400}: read, its claims would be checked at n = 400 on, grounding sums of 400 terms (a wrong step timed out,
    unproven, where it should be caught); a page that far out means a length, and is told to give it."""
    (unread,) = links(tmp_path, capsys, "\\frac{\\partial p_{400}}{\\partial x_1} = p_1 p_{400}")
    assert "index 400 is outside 1..n" in unread["reason"], unread
