"""A definition written again through a name defined in between (R-10's a = σ(Σ w_i x_i + b), z = Σ w_i x_i + b,
then "the final output of the neuron, $a=\\sigma(z)$"): with z's definition written in it is the first token for
token, a restatement, and a keeps one meaning; the display below that uses a is checked. Written otherwise (σ(2z)),
or through a z made of a itself (no proof by itself), it stays two definitions, the display refused naming both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = r"""We define the function $\sigma(z)$ as follows:

$$\sigma(z)=\frac{1}{1+e^{-z}}$$

The output $a$ of the neuron is:

$$a=\sigma\left(\sum{w_ix_i}+b\right)$$

The inside sum plus the bias is what we call the **weighted input** to the neuron:

$z=ZED$

We apply the function $\sigma$ to this weighted input, leaving us with the final output of the neuron, $a=AGAIN$.

The output's derivative by the bias:

$$\frac{\partial a}{\partial b}=\sigma(z)(1-\sigma(z))$$
"""

TWICE = (
    "unreadable: a is defined twice on the page (lines 7 and 13), and this display, below both, may mean either: "
    "derive reads one definition throughout; give the second a name of its own"
)


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], zed: str, again: str) -> tuple[list[object], dict]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.replace("ZED", zed).replace("AGAIN", again), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], {
        note["line"]: note["reason"] for note in report["unchecked"]
    }


def test_a_restatement_through_a_name_defined_between_is_the_same_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """a = σ(z) with z = Σ w_i x_i + b written in is a = σ(Σ w_i x_i + b): ∂a/∂b = σ(z)(1 − σ(z)) is checked, and
    proven (it had been refused as a defined twice)."""
    links, notes = check(tmp_path, capsys, r"\sum{w_ix_i} + b", r"\sigma(z)")
    assert links == [(17, "proven")], (links, notes)
    assert 13 not in notes and 17 not in notes, notes


def test_a_second_definition_written_otherwise_is_still_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """a = σ(2z) is not the first once z is written in: the display below is refused naming both lines."""
    links, notes = check(tmp_path, capsys, r"\sum{w_ix_i} + b", r"\sigma(2z)")
    assert links == [], links
    assert notes[17] == TWICE, notes


def test_a_restatement_is_never_proven_through_the_name_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """z = a, then a = z: z is made of a, so it is not written in (that would prove a = a): still two."""
    links, notes = check(tmp_path, capsys, "a", "z")
    assert links == [], links
    assert notes[17] == TWICE, notes
