"""``\\underbrace{X}_{note}`` and ``\\overbrace{X}^{note}`` are X: the note is prose about X, never a subscript
or a power of it; a definition stated again inline with another letter for its index is the same definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        ("\\underbrace{2x}_{\\text{power rule}}", "proven"),
        ("\\underbrace{3x}_{= 2x}", "refuted"),
        ("\\overbrace{2 \\cdot x}^{(a)}", "proven"),
        ("\\overbrace{x^2}^{2}", "refuted"),
        ("\\boxed{2x}", "proven"),  # the answer in a box
        ("\\boxed{x}", "refuted"),
    ],
)
def test_a_braced_note_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], middle: str, expected: str
) -> None:
    text = f"---\n---\n\n$$\\frac{{d}}{{dx}} x^2 = {middle}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(4, expected)]


@pytest.mark.parametrize(("claim", "expected"), [("-\\frac{x_j}{r^2}", "proven"), ("\\frac{x_j}{r^2}", "refuted")])
def test_a_definition_stated_again_with_another_index_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, expected: str
) -> None:
    text = (
        "---\nassume: ['r > 0']\n---\n\n$$\\hat{x}_i = \\frac{x_i}{r}$$\n\n"
        "Every $\\hat{x}_j = \\frac{x_j}{r}$ depends on $r$:\n\n"
        f"$$\\frac{{\\partial \\hat{{x}}_j}}{{\\partial r}} = {claim}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(9, expected)]


def test_an_equality_in_a_brace_s_note_is_listed_not_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A probe: \\underbrace{x + x}_{= 3x} = 2x passed (exit 0), the note's false x + x = 3x unseen. The brace's
    content is still read; the note's equality is listed as not checked, so the file does not pass."""
    from derive.cli import main

    path = tmp_path / "page.md"
    path.write_text(
        "$$\\underbrace{x + x}_{= 3x} = 2x$$\n\n$$\\underbrace{2x}_{\\text{a = b}} = 2x$$\n", encoding="utf-8"
    )
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "line 1: not checked — an equality in a brace's note (= 3x)" in out and "line 3: not checked" not in out
