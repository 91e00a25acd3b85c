"""Indices written up (``s^i``, ``y^i``), as some notes write softmax's entries: the entry or the power? Refused
naming both, never read as a power and refuted (``derive/read/raised_indices.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

#: A held-out page's notes (A-09), their indices written up: read as powers, s^i - (s^i)^2 had been refuted.
NOTES = (
    "$$s^i = \\frac{e^{z^i}}{\\sum_j e^{z^j}}$$\n\n"
    "$$\\frac{e^{z^i}\\sum_k e^{z^k} - e^{z^i} e^{z^i}}{(\\sum_k e^{z^k})^2} = s^i - (s^i)^2 = s^i(1 - s^i)$$\n"
)


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        (NOTES, "z^i"),
        ("$$L = -\\sum_i y^i \\log s_i$$\n\n$$L = -\\sum_i y_i \\log s_i$$\n", "y^i"),
        ("$$a^j + b = b + a^j$$\n", "a^j"),  # i and j index whether or not the page sums over them
        ("$$\\sum_k s_k a^k = 0$$\n", "a^k"),  # k where the page indexes with it
        ("$$\\sum_m x_m \\sigma^m = 0$$\n", "\\sigma^m"),  # the page's own index
        ("$$s^i = s_i$$\n\n$$s^2 = s_2$$\n", "s^i"),
    ],
)
def test_an_index_written_up_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, shown: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert not [link for link in page_links(report) if link[0] == "refuted"], report
    reasons = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert any(f"{shown} can be read two ways: the entry" in r and "to the power" in r for r in reasons), reasons


def test_a_number_written_up_reads_two_ways_where_the_page_writes_the_name_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """s^2 beside s^i (or s^1) is entry 2 as likely as the square."""
    for other in ("s^i = s_i", "s^1 + s^3 = 1"):
        report = page_report(tmp_path, capsys, f"$${other}$$\n\n$$s^2 (1 - s^2) = s^2 - s^4$$\n")
        reasons = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
        assert report["links"] == [] and any("s^2 can be read two ways" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "display",
    [
        "s^2 (1 - s^2) = s^2 - s^4",  # no name written with an index up: powers
        "{x}^{i} x = x^{i + 1}",  # braced, as the refusal says to write the power
        "x^n x = x^{n + 1}",  # n the length, no index
        "a^T b = b^T a",  # transposes
        "\\frac{d}{dx} x^k = k x^{k-1}",  # k a number of its own: the power rule
    ],
)
def test_powers_stay_powers(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert [s for s, *_ in page_links(report)] == ["proven"], report


@pytest.mark.parametrize("written", ["y_i ^c", "y_{i}^{c}"])
def test_an_index_written_up_after_a_subscript_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    """A held-out page's batch cross-entropy, Σ_c Σ_i y_i^c log p_i^c (class c written up), had been read with powers
    and refuted against the binary one above it."""
    report = page_report(tmp_path, capsys, f"$$L = -\\sum_c \\sum_i {written} = -\\sum_c \\sum_i y_i c$$\n")
    assert report["links"] == [], report
    reasons = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert any("y_{i}^c can be read two ways: y_{i} labelled c" in r and "to the power c" in r for r in reasons)


@pytest.mark.parametrize("display", ["x_i^2 x_i = x_i^3", "(y_i)^k + y_i = y_i + (y_i)^k", "x_i^n + 1 = 1 + x_i^n"])
def test_numbers_and_bracketed_bases_after_a_subscript_stay_powers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    report = page_report(tmp_path, capsys, f"$${display}$$\n")
    assert [s for s, *_ in page_links(report)] == ["proven"], report
