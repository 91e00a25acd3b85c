"""Backpropagation pages that tell two layers apart by their index letters alone (Dolhansky's O_k, O_j; δ_k, δ_j),
and a front matter function whose parameter is a letter the page defines (``\\sigma(x)`` beside x_k)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SIGMA = "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n"
OUTPUT = (
    "where $O_k = \\sigma(x_k)$ is the output of node $k$ and $x_k = \\sum_{j=1}^{J} W_{jk} P_j$ is its input.\n\n"
    "$$\\frac{\\partial O_k}{\\partial W_{jk}} = \\sigma(x_k)(1 - \\sigma(x_k)) \\frac{\\partial x_k}{\\partial W_{jk}}"
    " = O_k(1 - O_k)P_j$$\n"
)


@pytest.mark.parametrize(("result", "status"), [("O_k(1 - O_k)P_j", "proven"), ("O_k(1 - O_k)P_k", "refuted")])
def test_a_front_matter_function_s_parameter_is_not_the_page_s_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], result: str, status: str
) -> None:
    """σ(x) in the front matter binds its own x: the page's inline x_k = Σ_j W_jk P_j is still its definition, so
    the derivative through it is proven (it had been left undefined, the chain unread), and a false one refuted."""
    text = SIGMA + OUTPUT.replace("O_k(1 - O_k)P_j$$", f"{result}$$")
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(7, "proven"), (7, status)], (links, unchecked)


@pytest.mark.parametrize(
    "display",
    [
        "O_i O_j(1 - O_j)\\sum_{k=1}^{K}\\delta_k W_{jk} = O_i\\delta_j",  # Dolhansky's hidden layer
        "O_i\\delta_j = O_i O_j(1 - O_j)\\sum_{k=1}^{K}\\delta_k W_{jk}",
        "\\begin{aligned} A_{ij} &= O_i O_j(1 - O_j)\\sum_{k=1}^{K}\\delta_k W_{jk} \\\\ "
        "&= O_i\\delta_j \\end{aligned}",
    ],
)
def test_delta_at_a_free_letter_against_delta_at_another_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """δ_k (the outputs') on one side, δ_j (the hidden units') on the other: with δ read as one free vector the link
    is false (it had been refuted on a correct page); read as two layers it is the page's. Refused, naming both."""
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert all(status == "unreadable" for _, status in links), links
    assert any("two layers that the letters j and k tell apart" in reason for reason in unchecked), unchecked


def test_one_vector_summed_under_two_letters_is_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Σ_k δ_k a_k = Σ_j δ_j a_j binds both letters: one vector, renamed; proven, and a false twin refuted."""
    for right, status in (("\\sum_j \\delta_j a_j", "proven"), ("\\sum_j \\delta_j a_j^2", "refuted")):
        links, _ = statuses(tmp_path, capsys, f"---\n---\n$$\\sum_k \\delta_k a_k = {right}$$\n")
        assert links == [(3, status)]
