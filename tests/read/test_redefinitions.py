"""A name a page defines again in a section of its own (``derive.read.redefinitions``): the same definition written
with its sum's bounds is one definition, not two."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.redefinitions import same_math
from tests.read.page_reports import page_report


@pytest.mark.parametrize(
    ("again", "same"),
    [
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^K e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k} e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{K-1} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=2}^{K} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{j} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{m} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{n} e^{z_k}}", True),
    ],
)
def test_a_definition_written_again_with_its_sum_bounds_is_the_same(again: str, same: bool) -> None:
    """A blog defines p_j with \\sum_k, then, in a section of its own, with \\sum_{k=1}^{K}: one definition, not two
    (18 displays below had been refused as 'p_j is defined twice on the page')."""
    assert same_math("\\frac{e^{z_j}}{\\sum_k e^{z_k}}", again) == same


@pytest.mark.parametrize("lead", ["Now we change the model:", "We replace the model by"])
def test_a_lead_that_changes_a_name_makes_the_display_a_new_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Probe s53-2's f3: y = x³ below y = x² and such a lead had been refuted as a claim, and dy/dx = 2x below
    it proven with the first definition."""
    page = f"$$y = x^2$$\n\n{lead}\n\n$$y = x^3$$\n\n$$\\frac{{dy}}{{dx}} = 2x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert any("y is defined twice on the page" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize("sign", [":=", "\\coloneqq", "\\triangleq"])
def test_a_display_that_says_it_defines_a_name_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str
) -> None:
    """Probe s53-2's f7: "Now we take $$y := x^3$$" below y = x² was listed ("holds ':='"), and dy/dx = 2x below it
    proven with the first definition."""
    page = f"Let\n\n$$y = x^2$$\n\nNow we take\n\n$$y {sign} x^3$$\n\nand so\n\n$$\\frac{{dy}}{{dx}} = 2x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    said = "unreadable: y is defined at line 3 and defined again at line 7, and this display may mean either"
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith(said)] == [7, 11], report


@pytest.mark.parametrize(
    "again",
    [
        "$$y \\stackrel{\\text{def}}{=} x^3$$",  # probe s54's p2_defeq: refuted as a claim, dy/dx = 2x proven below
        "$$y \\overset{\\text{def}}{=} x^3$$",
        "$$y \\equiv x^3$$",  # an identity or a definition: either way, y below reads two ways
        "$$x^3 =: y$$",
        "\\begin{align}\ny &:= x^3 \\\\\nz &:= y + 1\n\\end{align}",
        "$$y := x^3 \\quad\\Rightarrow\\quad \\frac{dy}{dx} = 2x$$",  # in the display that defines it again
        "$$\\frac{dy}{dx} = 2x, \\quad \\text{where } y := x^3$$",
        "$$y \\mathrel{:=} x^3$$",  # probe s54-2's c3, c4, c5, c21
        "$$y \\colon= x^3$$",
        "$$y \\doteq x^3$$",
        "Now take a new function, $x^3 =: y$, for which",
    ],
)
def test_a_name_defined_again_with_a_defining_sign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], again: str
) -> None:
    page = f"$$y := x^2$$\n\n{again}\n\n$$\\frac{{dy}}{{dx}} = 2x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
