"""A case on the last line of a sentence begun above it is not taken where the sentence's words may turn it around
("…for every pair of indices, and not only\\nwhen $i = j$:"): probe s51-C's l01 and l02 had proven ∂x_i/∂x_j = 1
under the case i = j (``derive/read/sentence_cases.py``). A sentence that only leads up to its case keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_DISPLAY = "\n\n$$\n\\frac{\\partial x_i}{\\partial x_j} = 1\n$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "The identity below holds for every pair of indices $i$ and $j$, and not only\nwhen $i = j$:",
        "The identity below is claimed for all pairs of indices; it is not restricted to the special case\n$i = j$.",
        "Unlike the off-diagonal entries computed\nwhen $i = j$:",
        "This identity holds for each pair of indices, including\nwhen $i = j$:",  # probe s52's r3v
        "This identity holds for any two indices, even\nwhen $i = j$:",  # r3x
        "When $i = j$, and in fact for each pair of indices, we have:",  # r3h, on one line
        "When $i = j$, or when they differ:",  # probe s52-2's y_or_words
        "For all pairs. When $i = j$, and for the others too:",  # y_lead_or: a lead cut to its last sentence
    ],
)
def test_a_case_a_sentence_may_turn_is_never_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = page_report(tmp_path, capsys, f"---\nvectors: [x]\n---\n{lead}{_DISPLAY}")
    [link] = report["links"]
    assert (link["case"], link["status"]) == (None, "unproven"), link


def test_a_sentence_that_leads_up_to_its_case_keeps_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, f"---\nvectors: [x]\n---\nUsing the quotient rule\nfor $i = j$:{_DISPLAY}")
    [link] = report["links"]
    assert (link["case"], link["status"]) == ("i = j", "proven"), link
