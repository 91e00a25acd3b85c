"""derive check on aligned rows written with the relation before the alignment point, ``=& …``, and a book's
equation number in a column of its own, ``&& (6.51)`` (Goodfellow et al. 6.50-6.53): each row goes on from the
one before, and the number is no case (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report, statuses

EMPTY = "---\n---\n"


def _aligned(*rows: str) -> str:
    return "$$\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}$$\n"


@pytest.mark.parametrize(
    ("last", "expected"),
    [("3 w^2 + 2 w", ["proven", "proven"]), ("3 w^2 + w", ["proven", "refuted"])],
)
def test_a_row_that_starts_with_the_relation_before_the_ampersand_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, expected: list[str]
) -> None:
    body = _aligned("& \\frac{d}{dw} (w^3 + w^2) && (6.50)", "=& \\frac{d}{dw} w^3 + \\frac{d}{dw} w^2 && (6.51)",
                    f"=& {last} && (6.52)")  # fmt: skip
    assert statuses(tmp_path, capsys, EMPTY, body) == expected


def test_the_refutation_is_at_the_slip_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = _aligned("& \\frac{d}{dw} w^3 && (1)", "=& 3 w && (2)")
    found = report(tmp_path, capsys, EMPTY, body)
    assert found["first_wrong_line"] == 5  # the row "=& 3 w"
