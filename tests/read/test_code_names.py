"""A one-letter name with a number right after it (``x2``, ``c1``), as code and code-minded notes name variables:
the name numbered so, or the product written backwards? Refused naming both (``derive/read/code_indexing.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize("display", ["x2 = 2x", "x 2 = 2x", "x1 = \\frac{c1}{s}", "a + b2 = 0"])
def test_a_number_right_after_a_letter_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """From a held-out page: ``x2 = sum`` had been read x·2 and refuted on its shape; ``x2 = 2x`` was proven."""
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert report["links"] == []
    (reason,) = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert "can be read two ways: a name numbered" in reason and "times" in reason


@pytest.mark.parametrize(("display", "status"), [("2x = x \\cdot 2", "proven"), ("(a + b) 2 = 2 a + 2 b", "proven")])
def test_a_number_before_a_letter_or_after_a_product_sign_is_a_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]


@pytest.mark.parametrize(
    "display",
    ["out_{o1}(0) = 0", "L_{\\text{hard}}(1) = L_{\\text{hard}}", "f_1(0) = 0", "g_k(2) = 2 g_k", "x(-1) = -x"],
)
def test_a_name_before_a_lone_number_in_parentheses_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """From a probe: out_{o1}(0) = 0 was proven as out_{o1} times 0 (the unit's output at 0 is ½); a name at a
    number, or times it, is refused naming both."""
    page = "$$out_{o1} = \\frac{1}{1+e^{-net_{o1}}}$$\n\n" + f"$${display}$$\n"
    report = page_report(tmp_path, capsys, page)
    reasons = [u["reason"] for u in report["unchecked"]]
    assert page_links(report) == [] and any("can be read two ways" in r for r in reasons), reasons
