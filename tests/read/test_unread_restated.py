"""A definition derive could not read, written again word for word under a later heading (P-07's J(θ), restated to
be worked out): the same definition, unread for the same reason; the displays below that use the name are refused
for that reason, not as "defined twice". One written otherwise may still mean another thing: refused so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = r"""---
scalars: [\theta_0, \theta_1]
define:
  h_\theta(x): \frac{1}{1 + e^{-\theta_0 - \theta_1 x}}
---
The cost is

$$ J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \text{Cost}(h_{\theta}(x^{(i)}), y^{(i)}) $$

#### The complete form

$$ \begin{align} J(\theta) &= \frac{1}{m} \sum_{i=1}^{m} \text{NAME}(h_{\theta}(x^{(i)}), y^{(i)}) \\
 &= \frac{1}{m} \sum_{i=1}^{m} \left( -y^{(i)} \log (h_{\theta}(x^{(i)}))
 - (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right) \end{align} $$

#### The derivative

$$ \frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} ) $$
"""


def reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[int, list[str]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    assert report["links"] == [], report["links"]
    out: dict[int, list[str]] = {}
    for note in report["unchecked"]:
        out.setdefault(note["line"], []).append(note["reason"])
    return out


def test_an_unread_definition_restated_word_for_word_is_the_same_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """J(θ) restated under a heading: unread for Cost, as the first; ∂J/∂θ_0 below is refused for J's unread
    definition (it had been refused as J defined twice, which it is not)."""
    found = reasons(tmp_path, capsys, PAGE.replace("NAME", "Cost"))
    assert found[12][0] == found[8][0].replace("line 8", "line 12"), found
    assert "needs the page's definition of J, which derive could not read" in found[18][0], found[18]


def test_an_unread_definition_written_otherwise_below_a_heading_is_still_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """J(θ) written with another name (Loss) under the heading may mean another thing: the display below is refused
    naming both lines."""
    found = reasons(tmp_path, capsys, PAGE.replace("NAME", "Loss"))
    assert "J(\\theta) is defined at line 8 too" in found[12][0], found[12]
    assert "J(\\theta) is defined twice on the page (lines 8 and 12)" in found[18][0], found[18]
