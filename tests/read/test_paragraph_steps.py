"""Steps set as paragraphs of one ``$…$`` formula each, under a case the prose states ("If $i = j$, this gives:")
and carried over the steps below it, with ``\\textbf{x}`` vectors, a sum's index d beside d/dx, and "exactly one
of the $t_i$s is 1": a page of our own in that style, read step by step, and false twins refuted at their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
---
Let $y_i = \\text{{softmax}}(\\textbf{{x}})_i = \\frac{{e^{{x_i}}}}{{\\sum_d e^{{x_d}}}}$, $L = -\\sum_i t_i \\ln y_i$.

If $i = j$, this gives:

$\\frac{{dy_i}}{{dx_j}} = \\frac{{e^{{x_i}}}}{{\\sum_d e^{{x_d}}}} - \\frac{{e^{{2x_i}}}}{{(\\sum_d e^{{x_d}})^2}}$

$\\frac{{dy_i}}{{dx_j}} = {same}$

If $i \\ne j$, this gives:

$\\frac{{dy_i}}{{dx_j}} = {other}$

Since exactly one of the $t_i$s is 1 and the rest are zeros this simplifies to:

$\\frac{{dL}}{{dx_j}} = {last}$
"""
RIGHT = {"same": "y_i (1 - y_i)", "other": "-y_i y_j", "last": "y_j - t_j"}


@pytest.mark.parametrize(
    ("slip", "expected"),
    [
        ({}, ["proven", "proven", "proven", "proven"]),
        ({"same": "y_i (1 + y_i)"}, ["proven", "refuted", "proven", "proven"]),  # line 9
        ({"other": "y_i y_j"}, ["proven", "proven", "refuted", "proven"]),
        ({"last": "t_j - y_j"}, ["proven", "proven", "proven", "refuted"]),
    ],
)
def test_paragraph_steps_under_a_stated_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slip: dict[str, str], expected: list[str]
) -> None:
    links, unchecked = statuses(tmp_path, capsys, PAGE.format(**{**RIGHT, **slip}))
    assert [line for line, _ in links] == [7, 9, 13, 17], (links, unchecked)
    assert [status for _, status in links] == expected, (links, unchecked)


def test_a_case_ends_at_the_next_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The i = j case does not reach past a line of prose: y_i(1 − y_i) for every i, j is refuted there."""
    text = PAGE.format(**RIGHT).replace(
        "$\\frac{dy_i}{dx_j} = y_i (1 - y_i)$", "Next.\n\n$\\frac{dy_i}{dx_j} = y_i (1 - y_i)$"
    )
    links, _ = statuses(tmp_path, capsys, text)
    assert (11, "refuted") in links


REASON = """---
---
With $p_k = \\frac{{e^{{o_k}}}}{{\\sum_j e^{{o_j}}}}$ and $L = -\\sum_k y_k \\log p_k$,
{lead}
\\[
\\frac{{\\partial L}}{{\\partial o_i}} = p_i - y_i
\\]
"""


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("Given that \\(\\sum_k y_k = 1\\) as \\(y\\) has one non-zero element, which is 1.", "proven"),
        # a sum to two, given: derive cannot read it, and a counterexample might break it (once: refuted anywhere)
        ("Given that \\(\\sum_k y_k = 2\\) as \\(y\\) has two.", None),
        ("Then", "refuted"),  # nothing stated: targets summing to 2 refute it
    ],
)
def test_a_sum_to_one_given_as_the_reason_for_a_display_in_a_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str | None
) -> None:
    links, unchecked = statuses(tmp_path, capsys, REASON.format(lead=lead))
    assert links == ([(6, status)] if status else []), (links, unchecked)
    if status is None:
        assert any("cannot read the assumptions stated before this display: $\\sum_k y_k = 2$" in u for u in unchecked)
