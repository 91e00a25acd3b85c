"""Equations a page sets, not identities it claims (``derive.read.set_conditions``): after "we set the derivative to
zero", a display's ``= 0`` end is the condition of an optimum, listed and not checked, while its other links are
checked (a wrong derivative is refuted); without such words, or after words that state a fact ("vanishes"),
``= 0`` is a claim and is refuted when false."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

DERIVATIVE = "$$\\frac{{d}}{{dx}}(x^2 - 2x) = {value} = 0$$\n"


@pytest.mark.parametrize(
    "lead",
    [
        "To minimize, we set the derivative to zero:",
        "Setting the derivative equal to $0$ gives",
        "At the minimum,",
        "We equate the derivative to zero:",
        "The stationary point satisfies",
    ],
)
def test_a_zero_the_page_sets_is_a_condition(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven")]
    assert len(unchecked) == 1 and unchecked[0].startswith("a condition the page sets (2x - 2 = 0: ")


def test_a_wrong_derivative_set_to_zero_is_still_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "To minimize, we set the derivative to zero:\n\n" + DERIVATIVE.format(value="2x - 1")
    assert statuses(tmp_path, capsys, text)[0] == [(3, "refuted")]


@pytest.mark.parametrize("lead", ["The derivative is:", "Note that the derivative vanishes:", "It is zero:"])
def test_without_such_words_a_zero_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"{lead}\n\n" + DERIVATIVE.format(value="2x - 2"))
    assert found == [(3, "proven"), (3, "refuted")]
    assert unchecked == []


def test_the_words_reach_the_displays_in_a_row_and_no_further(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "require the derivatives to be zero:" then two displays `0 = ∂f/∂a = …`: both conditions, the derivatives
    checked (the second one wrong); after prose in between, `= 0` is a claim again."""
    text = (
        "We require the derivatives of $f$ to be zero:\n\n"
        "$$0 = \\frac{\\partial}{\\partial a}(a^2 + a b) = 2a + b$$\n\n"
        "$$0 = \\frac{\\partial}{\\partial b}(a^2 + a b) = 2a$$\n\n"
        "Then the derivative in b is\n\n"
        "$$\\frac{\\partial}{\\partial b}(a^2 + a b) = a = 0$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven"), (5, "refuted"), (9, "proven"), (9, "refuted")]
    assert [reason.split(": \"")[0] for reason in unchecked] == [
        "a condition the page sets (0 = \\frac{\\partial}{\\partial a}(a^2 + a b)",
        "a condition the page sets (0 = \\frac{\\partial}{\\partial b}(a^2 + a b)",
    ]


def test_a_zero_row_of_an_aligned_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Setting the gradient to zero:\n\n$$\\begin{aligned}\n\\frac{d}{dx}(x^2 - 2x) &= 2x - 2 \\\\\n"
        "&= 0\n\\end{aligned}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(4, "proven")]
    assert len(unchecked) == 1 and '(2x - 2 = 0: "setting the gradient to zero")' in unchecked[0]


def test_a_condition_alone_checks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Setting the derivative to zero,\n\n$$2x - 2 = 0$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert len(unchecked) == 1 and unchecked[0].startswith("a condition the page sets (2x - 2 = 0")
