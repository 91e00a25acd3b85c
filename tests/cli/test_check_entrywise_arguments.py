"""A function defined with ``\\equiv`` (Bishop's h(a) ≡ tanh(a)), and a page's vector written whole as the one
argument of scalar functions (h'(a) = 1 − h(a)^2 beside a_j), read at one entry
(``derive.read.entrywise_arguments``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

BISHOP = (
    "---\n---\n"
    "$$h(a) \\equiv \\tanh(a)$$\n\n"  # line 3
    "$$\\tanh(a) = \\frac{e^a - e^{-a}}{e^a + e^{-a}}$$\n\n"  # line 5
    "$$h'(a) = 1 - h(a)^2$$\n\n"  # line 7
    "$$a_j = \\sum_{i=1}^{D} w_{ji} x_i$$\n"  # line 9
)


@pytest.mark.parametrize(
    ("tanh", "derivative", "found"),
    [
        ("\\frac{e^a - e^{-a}}{e^a + e^{-a}}", "1 - h(a)^2", [(5, "proven"), (7, "proven")]),
        ("\\frac{e^a - e^{-a}}{e^a + e^{a}}", "1 - h(a)^2", [(5, "refuted"), (7, "proven")]),
        ("\\frac{e^a - e^{-a}}{e^a + e^{-a}}", "1 - h(a)", [(5, "proven"), (7, "refuted")]),
        ("\\frac{e^a - e^{-a}}{e^a + e^{-a}}", "1 + h(a)^2", [(5, "proven"), (7, "refuted")]),
    ],
)
def test_a_vector_as_the_argument_of_scalar_functions_is_read_at_one_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tanh: str, derivative: str, found: list[tuple[int, str]]
) -> None:
    """a is a vector of the page (a_j); tanh(a) and h'(a) = 1 − h(a)² hold of each entry, so each is checked at
    a_j; a false twin of either is refuted. h is defined by its '≡' display, not checked as a claim."""
    text = BISHOP.replace("\\frac{e^a - e^{-a}}{e^a + e^{-a}}", tanh).replace("1 - h(a)^2", derivative)
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == found
    assert not any(reason.startswith("unreadable") for reason in unchecked)


@pytest.mark.parametrize(
    "claim",
    [
        "\\tanh(a) = \\tanh(a_1)",  # the vector whole beside one of its entries
        "h(a) = a",  # the vector outside a function's parentheses
        "\\tanh(a) = \\tanh(x)",  # another vector written whole
    ],
)
def test_a_vector_written_whole_elsewhere_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """Only a display whose every appearance of the vector is such an argument is read at one entry."""
    text = BISHOP.replace("h'(a) = 1 - h(a)^2", claim)
    links, unchecked = statuses(tmp_path, capsys, text)
    assert (7, "proven") not in links
    assert any(reason.startswith("unreadable") for reason in unchecked)


def test_equiv_defines_a_function(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``g(u) \\equiv u^2`` defines g as '=' would: g(3) = 9 proven, g(3) = 6 refuted."""
    for value, status in (("9", "proven"), ("6", "refuted")):
        text = f"---\n---\n$$g(u) \\equiv u^2$$\n\n$$g(3) = {value}$$\n"
        links, _ = statuses(tmp_path, capsys, text)
        assert links == [(5, status)]
