"""Letters the prose calls complex numbers (``derive.read.complex_letters``): derive reads every number as real, so
a link or a definition that writes one is refused, naming both readings; it had proven |z|² = z²."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report


@pytest.mark.parametrize(
    "said",
    [
        "Let $z$ be any complex number.",
        "Here $z \\in \\mathbb{C}$.",
        "For a complex number $z$,",
        "The identity holds for all complex numbers $z$.",  # a probe's phrasings, each proven before
        "Let $z$ and $w$ be complex numbers.",
        "Let $z$ be a purely imaginary number.",
        "Here $z \\in ℂ$ is arbitrary.",
        "For $z$ in the complex plane,",
        "Let $z_1$ be a complex number.",
        "Let $z$ be a number in $\\mathbb{C}$.",  # probe 57's phrasings, each proven before
        "Let $z$ be a complex valued quantity.",
        "Let $z$ be a non-real number, so $z \\neq \\bar{z}$.",
        "Let $z = x + iy$ be a complex number, with $x$ and $y$ real.",
        "Consider\n\\[ z \\in \\mathbb{C}. \\]\nThen",
    ],
)
def test_a_link_with_a_complex_letter_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str) -> None:
    name = "z_1" if "z_1" in said else "z"
    report = page_report(tmp_path, capsys, f"{said}\n\n$$|{name}|^2 = {name}^2$$\n")
    assert one_verdict(report) == "unreadable"
    assert "derive reads every number as real" in report["unchecked"][-1]["reason"]


def test_a_definition_with_a_complex_letter_proves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "Let $\\omega$ be any complex number.\n\n$$a = |e^{\\omega}|^2$$\n\n$$a = e^{2\\omega}$$\n"
    assert "proven" not in [link["status"] for link in page_report(tmp_path, capsys, page)["links"]]


def test_a_real_letter_beside_a_complex_one_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "Let $z$ be any complex number, and $x$ a real one.\n\n$$|x|^2 = x^2$$\n"
    assert one_verdict(page_report(tmp_path, capsys, page)) == "proven"


@pytest.mark.parametrize(
    "said",
    [
        "Here $f$ is a complex expression.",
        "The loss $f$ is a complex function of $w$.",
        "Unlike complex numbers, $f$ here is real.",
        "No complex numbers appear: $f$ is real.",
        "Let $f$, $g$ be its real and imaginary parts.",
    ],
)
def test_complex_meaning_complicated_leaves_the_letter_real(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    page = f"{said}\n\n$$|f|^2 = f^2$$\n"
    assert one_verdict(page_report(tmp_path, capsys, page)) == "proven"


def test_a_name_defined_with_a_complex_letter_is_complex(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """w = z² + 1 with z complex: w's definition was refused, w left a free real number, and |w|² = w² proven."""
    page = "Let $z$ be a complex number.\n\n$$w = z^2 + 1$$\n\n$$|w|^2 = w^2$$\n"
    assert "proven" not in [link["status"] for link in page_report(tmp_path, capsys, page)["links"]]
