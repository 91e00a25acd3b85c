"""A display under a lead that states it for every value of a letter the page defines (``derive.read.
quantified_leads``): refused, naming both readings. Probe s54-2's h9 and h6 had proven (a − b)^2 = 1 "for all real
a and b" with the page's a = b + 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    "page",
    [
        "For all real $a$ and $b$,\n\n$$(a - b)^2 = 1$$\n\nLater, in a special case, let\n\n$$a = b + 1$$\n",
        "For all real $a$ and $b$,\n\n$$(a - b)^2 = 1$$\n\nLater, in a special case, let $a = b + 1$.\n",
        "Let\n\n$$a = b + 1$$\n\nFor every $a$,\n\n$$(a - b)^3 = 1$$\n",
    ],
)
def test_a_claim_for_every_value_of_a_defined_letter_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, page)
    assert "proven" not in [status for _, status in found]
    assert any("the lead states this display for every a" in reason for reason in unchecked)


def test_a_letter_the_page_does_not_define_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, _ = statuses(tmp_path, capsys, "For all real $x$,\n\n$$(x + 1)^2 = x^2 + 2x + 1$$\n")
    assert found == [(3, "proven")]
