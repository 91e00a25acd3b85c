"""The letter e a page gives a meaning of its own in words ("where $e$ is the prediction error") or as a vector's
entries (e_i = y_i − ŷ_i) reads two ways wherever a display writes it bare: Euler's number, or the page's e
(``derive/read/euler_name.py``). Read as Euler's number, d/dw ½e² = 0 and d/dy e^{2} = 0 had been proven."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

BOTH = "e can be read two ways: Euler's number, or the name e"


@pytest.mark.parametrize(
    "words",
    [
        "where $e$ is the prediction error",
        "Let $e$ be the residual",
        "the prediction error $e$ changes with $w$",
        "We call $e$ the prediction error",  # probe s51-B's q10, d10: other wordings and formulas
        "Here $e$, the prediction error, depends on $w$",
        "Let $e := y - \\hat{y}$ be the error",
        "Let $y - \\hat{y} = e$ be the error",
        "Let $e$ denote the prediction error",  # probe s53's bb11
        "Let the error be $e$",  # probe s53-2's r7c
        "We use $e$ to denote the error",  # r7n
        "We denote by $e$ the error",  # r7t
        "- $e$: the error\n",  # r7s: a list of symbols
        "Soit $e$ l'erreur",  # r7q
    ],
)
def test_an_e_the_prose_names_is_refused_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    page = f"{words}.\n\n$$\\frac{{d}}{{dw}} \\frac12 e^2 = 0$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == []
    assert any(BOTH in u["reason"] for u in report["unchecked"])


def test_an_e_the_prose_calls_the_base_stays_eulers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "where $e$ is the base of the natural logarithm.\n\n$$\\frac{d}{dx} e^{x} = e^{x}$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["proven"]


def test_a_power_of_e_beside_the_pages_vector_e_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "$$e_i = y_i - \\hat{y}_i$$\n\n$$\\frac{d}{dy} e^{2} = 0$$\n\n"
        "$$\\frac{\\partial}{\\partial y_i} e_i^2 = 2 e_i$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(5, "proven")]
    assert any(u["line"] == 3 and BOTH in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    ("words", "status"), [("Let $\\pi$ denote the policy", None), ("Here $\\pi$ is the constant", "proven")]
)
def test_a_pi_the_prose_names_is_refused_where_it_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, status: str | None
) -> None:
    """Probe s53's cc01: "Let $\\pi$ denote the policy." above cos π = −1 had proven it of the constant."""
    report = page_report(tmp_path, capsys, f"{words}.\n\n$$\\cos \\pi = -1$$\n")
    assert [link["status"] for link in report["links"]] == ([status] if status else [])
