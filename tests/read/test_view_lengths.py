"""Settings of a page that infer their vectors' length apart: a length that is a letter of derive's own (written
nowhere on the page) is renamed to the page's, so the settings can be merged; a length the page writes is never
renamed (a definition kept from a section over d classes would be read at another section's m: a probe proved
Σ_{i=1}^m s_i = 1 for a softmax over d classes that way)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sympy import Symbol

from derive.cli import main
from derive.read.document import read_document
from derive.read.view_lengths import one_length

OWN = "---\n---\n$$L = \\sum_j x_j^2$$\n\n$$\\frac{\\partial L}{\\partial x_k} = 2 x_k$$\n"
WRITTEN = OWN.replace("\\sum_j", "\\sum_{j=1}^{d}")


def test_a_length_of_derives_own_takes_the_pages_name(tmp_path: Path) -> None:
    (tmp_path / "own.md").write_text(OWN, encoding="utf-8")
    (tmp_path / "written.md").write_text(WRITTEN, encoding="utf-8")
    own, written = read_document(tmp_path / "own.md"), read_document(tmp_path / "written.md")
    d = written.space.n
    assert isinstance(d, Symbol) and str(d) == "d" and own.space.n != d
    renamed, kept = one_length([own, written], d, OWN + WRITTEN)
    assert renamed.space.n == d and kept is written
    assert own.space.n not in renamed.links[0].lhs.free_symbols | renamed.links[0].rhs.free_symbols
    assert d in renamed.definitions[0].body.free_symbols  # L = Σ_j x_j² now sums to d
    page = OWN + WRITTEN + f"\nwith ${own.space.n}$ entries\n"  # the page writes the letter: never renamed
    assert one_length([own, written], d, page)[0] is own


PAGE = """---
---
## Softmax over the $d$ classes

$$s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$

$$L = -\\sum_{i=1}^{d} y_i \\log s_i$$

## The mass of the first $m$ classes

$$L = \\sum_{i=1}^{m} s_i$$

$$\\frac{\\partial L}{\\partial z_k} = 0$$
"""


def test_sections_of_two_written_lengths_prove_nothing_across(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From the probe: s over d classes, then Σ_{i=1}^m s_i, whose derivative is not 0 (s_k(1 − Σ_{i≤m} s_i))."""
    path = tmp_path / "d.md"
    path.write_text(PAGE, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert not [link for link in report["links"] if link["line"] == 13 and link["status"] == "proven"]
