"""A case stated before a display and another written on it: "If $i = k$:" above δ_ik = 0 (i ≠ k) had been proven
under i ≠ k alone, the stated case dropped without a word (a probe). Both, or the display's own? Refused; the same
case in both places reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FRONT = "---\nn: symbolic\nindices: [i, k]\n---\n"


@pytest.mark.parametrize(
    ("lead", "display", "found"),
    [
        ("If $i = k$:", "\\delta_{ik} = 0 \\quad (i \\neq k)", []),
        ("If $i \\neq k$:", "\\delta_{ik} = 0 \\quad (i \\neq k)", [(7, "proven")]),
        ("If $i \\neq k$:", "\\delta_{ik} = 0", [(7, "proven")]),
        ("We have", "\\delta_{ik} = 0 \\quad (i \\neq k)", [(7, "proven")]),
    ],
)
def test_two_different_cases_on_one_display_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, display: str, found: list[tuple[int, str]]
) -> None:
    links, unchecked = statuses(tmp_path, capsys, f"{FRONT}{lead}\n\n$${display}$$\n")
    assert links == found, (links, unchecked)
    if not found:
        assert any("two cases: $i = k$ stated before the display, $i \\neq k$ written on it" in u for u in unchecked)


@pytest.mark.parametrize("remark", ["\\text{(off-diagonal)}", "\\text{otherwise}", "\\text{else}"])
def test_a_case_in_words_inside_the_display_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], remark: str
) -> None:
    """A probe: −s_i s_k \\quad \\text{(off-diagonal)} was refuted at i = k, a point the remark rules out; a case
    in words derive does not read makes no counterexample (and a true step stays proven)."""
    front = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
    page = f"{front}$$\\frac{{\\partial s_i}}{{\\partial z_k}} = -s_i s_k \\quad {remark}$$\n"
    links, _ = statuses(tmp_path, capsys, page)
    assert links == [(5, "unproven")], links
