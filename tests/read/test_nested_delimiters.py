"""Math delimiters written inside math (``\\( $a = b$ \\)`` in a list, ``$$ … $$`` inside a ```` ```math ```` fence)
are refused saying so, where the message was "expected a term but found '$'"; a lone '$' refuses the whole display
(read across, ``$$ a + a = 5a $ = 2a $$`` proved a + a = 2a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    # "- \\( $a = a + 0$ \\)" is the formula a = a + 0 (tests/read/test_page_markup.py): either way it renders, the same
    "page",
    ["- \\( $a = a$ + $0$ \\)\n", "```math\n$$ a = a + 0 $$\n```\n", "$$ a + a = 5a $ = 2a $$\n"],
)
def test_delimiters_inside_math_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    report = _report(tmp_path, capsys, "---\nscalars: [a]\n---\n" + page)
    assert report["links"] == []
    assert ["a '$' inside math" in entry["reason"] for entry in report["unchecked"]] == [True]
