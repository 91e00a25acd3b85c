"""Equals signs as people annotate them, and TeX's row spacing: ``\\overset{\\text{set}}{=} 0`` sets a condition
(the rows after it follow from it, never refuted as identities), ``\\stackrel{(a)}{=}`` is the ``=`` it marks,
``\\\\[0.2em]`` is a row break with its spacing (never ``[0.2em]`` read as math), and "we solve $$… = 0$$ and
$$… = 0$$" sets both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "expected"), [("2x", "proven"), ("3x", "refuted")])
def test_a_note_above_an_equals_sign_is_the_equals_sign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    text = f"---\n---\n\n$$\\frac{{d}}{{dx}} x^2 \\stackrel{{(a)}}{{=}} {right}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(4, expected)]


def test_an_equals_marked_set_is_a_condition_and_the_rows_after_it_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "---\n---\n\n$$\n\\begin{align*}\n"
        "\\frac{d}{dp}(p^2 - 2p) &= 2p - 2 \\overset{\\text{set}}{=} 0\\\\\n"
        "2p &= 2\\\\\n"
        "p &= 1\n"
        "\\end{align*}\n$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (7, "proven"), (8, "proven")]  # 2p = 2 and p = 1 with the condition solved
    assert any('a condition the page sets (2p - 2 = 0: "\\overset{\\text{set}}{=}")' in r for r in unchecked)


def test_without_the_mark_the_zero_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$\n\\begin{align*}\n\\frac{d}{dp}(p^2 - 2p) &= 2p - 2 = 0\n\\end{align*}\n$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (6, "refuted")]


@pytest.mark.parametrize(("second", "expected"), [("x^2", "proven"), ("x^3", "refuted")])
def test_a_row_break_with_its_spacing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str, expected: str
) -> None:
    text = (
        f"---\n---\n\n$$\\begin{{aligned}} a &= x \\cdot x \\\\[0.2em] b &= x \\cdot x = {second} \\end{{aligned}}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert (4, expected) in found
    assert not any("0.2" in r for r in unchecked)


def test_a_bracket_after_a_row_break_that_is_no_length_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\n---\n\n$$\\begin{aligned} a &= x \\\\[x+1] &= x + 1 \\end{aligned}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("reads as the row break's spacing, and [x+1] is no length" in r for r in unchecked)


@pytest.mark.parametrize(("value", "expected"), [("1", "proven"), ("2", "refuted")])
def test_we_solve_one_display_and_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, expected: str
) -> None:
    text = (
        "---\n---\n\nTo find the minimum, we solve\n\n$$\\frac{d}{dx}(x^2 - 2x) = 2x - 2 = 0$$\n\nand\n\n"
        "$$\\frac{d}{dy}(y^2 - 4y) = 2y - 4 = 0$$\n\nwhich gives\n\n"
        f"$$y = {value} + 1$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (10, "proven"), (14, expected)]
    assert sum("a condition the page sets" in r for r in unchecked) == 2
