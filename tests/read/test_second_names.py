"""A definition's chain that goes on with a second name of what it defines: ``h_t = y_t = \\tanh(C_t) o_t`` (an LSTM's
output, as a blog writes it). Once, ``y_t = \\tanh(C_t) o_t`` was checked as a claim about a free y_t and refuted
on a correct page; y_t is now defined too, unless the page defines it elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = "---\n---\n{before}$$h_t = y_t = \\tanh(C_t) o_t$$\n\n$$\\frac{{\\partial y_t}}{{\\partial o_t}} = {claim}$$\n"


@pytest.mark.parametrize(("claim", "expected"), [("\\tanh(C_t)", "proven"), ("\\tanh(o_t)", "refuted")])
def test_a_second_name_in_a_definition_is_defined_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(before="", claim=claim))
    assert found == [(5, expected)], unchecked
    assert unchecked == [
        "a definition of h_t, read as the front matter's define: nothing to check",
        "a definition of y_t, read as the front matter's define: nothing to check",
    ]


def test_a_name_the_page_defined_before_is_a_claim_about_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """y_t = C_t o_t above: y_t = tanh(C_t) o_t is the page's claim about that y_t, checked and refuted."""
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(before="$$y_t = C_t o_t$$\n\n", claim="C_t"))
    assert found == [(5, "refuted"), (7, "proven")], unchecked


def test_a_name_a_display_below_defines_is_a_claim_about_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`where $$y_t = C_t o_t$$` below: y_t = tanh(C_t) o_t above is a claim about that y_t, refuted, and
    ∂h_t/∂o_t = tanh(C_t) is refuted too (once, y_t was defined twice and the false link proven)."""
    text = (
        "---\n---\n$$h_t = y_t = \\tanh(C_t) o_t$$\n\nwhere\n\n$$y_t = C_t o_t$$\n\n"
        "$$\\frac{\\partial h_t}{\\partial o_t} = \\tanh(C_t)$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, "refuted"), (9, "refuted")], unchecked
