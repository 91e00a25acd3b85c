"""A name defined twice masks only the displays that use it (directly, or through a definition made of it): not a
column written with ``\\begin{pmatrix}`` (whose environment's name holds the letter a), nor a sigmoid whose own
parameter z is the letter of a definition made of a. R-10 had 27 displays refused as "a is defined twice", most of
which do not use a."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = r"""We define the function $\sigma(z)$ as follows:

$$\sigma(z)=\frac{1}{1+e^{-z}}$$

The output of the neuron is:

$$a=\sigma\left(\sum{w_ix_i}+b\right)$$

Its double is

$$z=2a$$

From now on we take $a=\sigma(3b)$.

The sigmoid's derivative is:

$$\frac{d}{dt}\sigma(t)=\sigma(t)(1-\sigma(t))$$

Two columns add entry by entry:

$$\begin{pmatrix} 1 \\ 2 \end{pmatrix}+\begin{pmatrix} 3 \\ 4 \end{pmatrix}=\begin{pmatrix} 4 \\ 6 \end{pmatrix}$$

And the output's derivative:

$$\frac{\partial a}{\partial b}=a(1-a)$$
"""


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


def test_only_the_displays_that_use_the_twice_defined_name_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """σ'(t) (σ's z is its parameter, not the z made of a) and the columns (pmatrix is no a) are checked and proven;
    ∂a/∂b, which uses a, is still refused naming both lines."""
    report = check(tmp_path, capsys, PAGE)
    links = report["links"]
    assert isinstance(links, list)
    assert [(link["line"], link["status"]) for link in links] == [(17, "proven"), (21, "proven")], links
    unchecked = report["unchecked"]
    assert isinstance(unchecked, list)
    refused = [(note["line"], note["reason"]) for note in unchecked if "defined twice" in note["reason"]]
    assert refused == [
        (
            25,
            "unreadable: a is defined twice on the page (lines 7 and 13), and this display, below both, may mean "
            "either: derive reads one definition throughout; give the second a name of its own",
        )
    ], unchecked


def test_a_display_without_an_equality_is_listed_as_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """$$a \\odot b$$ below the two definitions of a makes no link whichever a is meant: listed as holding no '='
    (R-10's Hadamard product), not refused as a defined twice."""
    report = check(tmp_path, capsys, PAGE + "\nTheir product:\n\n$$a \\odot b$$\n")
    unchecked = report["unchecked"]
    assert isinstance(unchecked, list)
    assert {note["line"]: note["reason"] for note in unchecked}[29] == "holds no '=': nothing to check", unchecked
