"""Greek letters and math symbols typed as Unicode inside math (a notebook's ``δ_k = (y_k − \\hat{y_k}) …``): each is
read as the command MathJax shows it as; the display had been refused ("character 'δ' is not part of the LaTeX")."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.page_reports import page_links, page_report


@pytest.mark.parametrize(
    ("typed", "written"),
    [("δ_k", "\\delta_k"), ("∑_{i=1}^{3} i", "\\sum_{i=1}^{3} i"), ("ε", "\\varepsilon"), ("ϵ", "\\epsilon")],
)
def test_a_typed_character_is_the_command_it_shows(typed: str, written: str) -> None:
    assert [(t.kind, t.value) for t in tokenize(typed)] == [(t.kind, t.value) for t in tokenize(written)]


@pytest.mark.parametrize(("right", "status"), [("2 α x", "proven"), ("α x", "refuted")])
def test_typed_greek_and_partial_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$\\frac{{∂}}{{∂x}} (α x^2) = {right}$$\n")
    assert [s for s, *_ in page_links(report)] == [status]


def test_typed_symbols_state_domains_and_define(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: ``$y ∈ \\{0, 1\\}$`` in the prose had stated no domain (y² = y refuted with y = 47/25), and
    ``δ_k = y_k - a_k`` had been no definition (δ_1 + a_1 = y_1 refuted)."""
    page = "The label $y ∈ \\{0, 1\\}$ is observed.\n\n$$\ny^2 = y\n$$\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["proven"]
    page = "$$\nδ_k = y_k - a_k\n$$\n\n$$\nδ_1 + a_1 = y_1\n$$\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["proven"]


def test_an_error_signal_defined_again_in_a_section_is_refused_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: δ (typed, or \\delta) defined anew under another heading had been read with its first definition
    below it, and 2δ = 2a − 2y proven where the section's δ is w h (a − y)."""
    page = (
        "## Output layer\n\nThe error signal is\n\n$$δ = a - y$$\n\n## Hidden layer\n\nHere the error signal is\n\n"
        "$$δ = w h (a - y)$$\n\nso\n\n$$2 δ = 2a - 2y$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == []
    assert "is defined twice on the page" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(("right", "status"), [("x \\cdot x", "proven"), ("x", "refuted")])
def test_a_typed_square_is_a_power(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    """From a probe: ``x² = x \\cdot x`` had been "cannot read this chain (ValueError)"."""
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, f"$$x² = {right}$$\n"))] == [status]


@pytest.mark.parametrize(("right", "status"), [("2 ŷ - \\hat{y}", "proven"), ("2 ỹ - ŷ", "refuted")])
def test_a_typed_accented_letter_is_its_accent_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """ŷ typed as one character, or y and a combining circumflex: \\hat{y}, as MathJax draws it (it had been
    "character 'ŷ' is not part of the LaTeX this reader knows"); ỹ is another name."""
    for hat in ("ŷ", "y\u0302"):
        page = f"$${hat} = {right}$$\n"
        assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == [status]


def test_typed_letters_in_the_front_matter_are_their_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A front matter's ``σ(x): …`` and ``ŷ: σ(z)`` (it had been "cannot read the defined name 'σ(x)'")."""
    page = "---\ndefine:\n  σ(x): \\frac{1}{1 + e^{-x}}\n  ŷ: σ(z)\n---\n$$\\frac{d ŷ}{d z} = ŷ (1 - {right})$$\n"
    for right, status in (("ŷ", "proven"), ("2 ŷ", "refuted")):
        report = page_report(tmp_path, capsys, page.replace("{right}", right))
        assert [s for s, *_ in page_links(report)] == [status]
