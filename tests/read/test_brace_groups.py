"""``\\left\\{ … \\right\\}`` around one expression, as ESL groups a sum's summand: big parentheses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

LOSS = "$$L = \\sum_{i=1}^{N} \\left\\{ y_i p_i + (1 - y_i) p_i^2 \\right\\}$$\n\n"


@pytest.mark.parametrize(("sign", "status"), [("+", "proven"), ("-", "refuted")])
def test_braces_sized_by_left_group_a_summand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    text = LOSS + f"$$\\frac{{\\partial L}}{{\\partial p_k}} = y_k {sign} 2 (1 - y_k) p_k$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


def test_braces_around_a_list_are_a_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$M = \\left\\{ a, b \\right\\} = a$$\n")
    assert found == []
    assert any("is a set, not a value" in reason for reason in unchecked)
