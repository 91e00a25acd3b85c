"""A layer's letter as a bare superscript (``derive.read.layer_letters``): R-03's W^L, a^{L-1} under "Layer L" are
layer L's names, never powers; a right derivative proven, a wrong one refuted. Where L is also a quantity (the
loss), W^L stays the power it shows, and the refusal says so and how a label is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

LAYER = "$$\nz^L = W^L a^{L-1} + b^L\n$$\n\n"
LABEL = "L, in superscripts, read as a layer's label"


@pytest.mark.parametrize(("claim", "status"), [("a^{L-1}", "proven"), ("b^L", "refuted")])
@pytest.mark.parametrize(
    "prose",
    [
        "## The final layer (Layer L)\n\n",  # R-03's heading
        "Let $L$ be the last layer.\n\n",
        "",  # L only in superscripts, on several names, shifted once: never a number
    ],
)
def test_a_layer_letter_in_a_superscript_is_a_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, claim: str, status: str
) -> None:
    text = "---\n---\n" + prose + LAYER + f"$$\n\\frac{{\\partial z^L}}{{\\partial W^L}} = {claim}\n$$\n"
    line = text.count("\n", 0, text.index("\\frac")) + 1
    path = tmp_path / "d.md"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(line, status)]
    assert [u for u in unchecked if "nothing to check" not in u] == []
    from derive.cli import main

    main(["check", str(path), "--no-cache"])
    assert LABEL in capsys.readouterr().out


def test_a_letter_that_is_also_the_loss_is_no_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂L/∂W^L: L the loss and W's superscript; W^L stays a power, and the refusal says how to write a label."""
    text = (
        "---\n---\n## Layer L\n\n" + LAYER + "$$\n\\frac{\\partial z^L}{\\partial W^L} = a^{L-1}\n$$\n\n"
        "$$\n\\frac{\\partial L}{\\partial W^L} = 0\n$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("differentiate by W^{L}, which derive reads as W to the power L" in u for u in unchecked)
    assert any("write W^{[L]}" in u for u in unchecked)


def test_a_letter_used_as_a_number_stays_a_power(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x^l with l a number (l x^{l-1}): the power rule, proven as before."""
    found, _ = statuses(tmp_path, capsys, "---\n---\n$$\\frac{d}{dx} x^l = l x^{l-1}$$\n")
    assert found == [(3, "proven")]


@pytest.mark.parametrize(
    ("prose", "status"),
    [("Let $L$ be the last layer.\n\n", "proven"), ("Let $x$ be the input.\n\n", None), ("", None)],
)
def test_one_name_labelled_is_a_layer_s_only_where_the_prose_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prose: str, status: str | None
) -> None:
    """W^L alone, never shifted: a label where the page names L a layer; else the power it shows, refused so."""
    text = "---\n---\n" + prose + "$$\\frac{\\partial}{\\partial W^L} (W^L x) = x$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == ([(text.count("\n"), status)] if status else [])
    assert status or any("which derive reads as W to the power L" in u for u in unchecked)
