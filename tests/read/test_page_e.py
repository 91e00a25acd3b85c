"""The letter e as the page's own name (survey S-07: "Let $e = y - \\hat{y}$ be the error.", then the Huber loss in
e): where the page sets e and writes Euler's number nowhere with the letter e, e below that line is the page's e,
e^2 its square; where the page also writes e as Euler's number (e^{-x}, \\ln e = 1, in prose, a later section, the
front matter), or writes e above the line that sets it, the display reads two ways and is refused, naming both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

ERROR = "Let $e = y - \\hat{y}$ be the error.\n\n"  # line 1
CLAIMS = (
    "$$\n\\frac{\\partial}{\\partial \\hat{y}} \\frac{1}{2} e^2 = -e\n$$\n\n"  # line 4: true of the error
    "$$\n\\frac{\\partial}{\\partial y} \\frac{1}{2} e^{2} = 2e\n$$\n\n"  # line 8: the derivative is e
    "$$\n\\frac{1}{2}e^2 + e = \\frac{1}{2}e(e + 2)\n$$\n"  # line 12
)
BOTH = "e can be read two ways: Euler's number, or the name e the page sets at line"


def test_the_pages_e_is_its_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each display had been refused as "e can be read two ways"; e is y − ŷ: ∂(½e²)/∂ŷ = −e, ∂(½e²)/∂y = e."""
    links, unchecked = statuses(tmp_path, capsys, ERROR + CLAIMS)
    assert links == [(4, "proven"), (8, "refuted"), (12, "proven")]
    assert not any(BOTH in reason for reason in unchecked), unchecked


def test_the_reading_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text(ERROR + CLAIMS, encoding="utf-8")
    from derive.cli import main

    main(["check", str(path), "--no-cache"])
    assert "line 1: e read as the page's own name" in capsys.readouterr().out


@pytest.mark.parametrize(
    "euler",
    [
        "Recall the sigmoid $\\sigma(x) = \\frac{1}{1+e^{-x}}$.\n\n",  # in prose math
        "## Later\n\n$$\n\\frac{d}{dx} e^{x} = e^{x}\n$$\n\n",  # a display of a later section
        "Note that $\\ln e = 1$.\n\n",  # e under a logarithm: Euler's number
        "Here e is Euler's number, 2.718 and so on.\n\n",  # said in words
        "```math\n\\frac{d}{dx} e^{\\lambda x} = \\lambda e^{\\lambda x}\n```\n\n",  # a fence of math
        "Its inverse is $e^{-1}$.\n\n",  # a negative power
    ],
)
def test_a_page_that_also_writes_eulers_number_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], euler: str
) -> None:
    """Where the page also writes e as Euler's number, the e of a display is either: refused, naming both."""
    links, unchecked = statuses(tmp_path, capsys, ERROR + CLAIMS + "\n" + euler)
    assert [link for link in links if link[0] <= 12] == []
    assert sum(BOTH in reason for reason in unchecked) >= 3, unchecked


def test_eulers_number_in_the_front_matter_keeps_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\ndefine:\n  s(x): \\frac{1}{1+e^{-x}}\n---\n" + ERROR + CLAIMS
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [] and sum(BOTH in reason for reason in unchecked) == 3, unchecked


def test_e_above_the_line_that_sets_it_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """e written before the page sets it may be Euler's number still (d/dy e² = 0 is true of it, not of y − ŷ)."""
    text = "$$\n\\frac{d}{dy} e^{2} = 0\n$$\n\n" + ERROR + "$$\n\\frac{d}{dy} e^2 = 2 e\n$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(8, "proven")]
    assert any(reason.startswith(f"unreadable: {BOTH} 5") for reason in unchecked), unchecked


@pytest.mark.parametrize(
    "other",
    [
        "Now let $e = a + b$.\n\n",  # set twice
        "Let $\\mathbf{e}$ be the unit vector.\n\n",  # e in a font
        "The exponential $\\mathrm{e}^{x}$ grows.\n\n",  # Euler's upright e, which the parser reads as e
        "$$\nd = 2b \\qquad e = a + d\n$$\n\n",  # set again, past a wide space
    ],
)
def test_other_uses_of_the_letter_keep_the_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], other: str
) -> None:
    links, unchecked = statuses(tmp_path, capsys, ERROR + CLAIMS + "\n" + other)
    assert [link for link in links if link[0] <= 12] == [] and sum(BOTH in r for r in unchecked) >= 3, unchecked


def test_a_page_whose_e_is_eulers_number_is_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "$$\n\\frac{d}{dx} e^{x} = e^{x}\n$$\n\n$$\n\\ln e^{2} = 2\n$$\n\n$$\n\\frac{d}{dx} e^{2} = 2e\n$$\n"
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(2, "proven"), (6, "proven"), (10, "refuted")]


def test_a_power_of_e_beside_a_vector_e_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """e_i = y_i − ŷ_i beside e^{z_i}: e^{2} had been read as Euler's number squared and d/dy e^{2} = 0 proven."""
    text = (
        "Let $e_i = y_i - \\hat{y}_i$ be the errors, and $p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n"
        "$$\n\\frac{d}{dy} e^{2} = 0\n$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == []
    assert any("e^2 beside a vector e_i can be read two ways: Euler's number squared" in r for r in unchecked)


def test_an_e_the_prose_names_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "where $e$ is the prediction error", and no formula sets e: d/dw ½e² = 0 had been proven of Euler's number.
    The page never says what e is made of, so derive refuses each display of e, naming both readings."""
    text = (
        "The loss is\n\n$$\nL = \\frac{1}{2} e^2\n$$\n\nwhere $e$ is the prediction error. Then\n\n"
        "$$\n\\frac{d}{dw} \\frac{1}{2} e^2 = 0\n$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == []
    named = "e can be read two ways: Euler's number, or the name e the page names in words at line 7"
    assert sum(named in reason for reason in unchecked) == 2, unchecked
    links, _ = statuses(tmp_path, capsys, text.replace("prediction error", "base of the natural logarithm"))
    assert links == [(10, "proven")]  # Euler's number, as the page says


@pytest.mark.parametrize(("words", "found"), [("exponential function", [(4, "proven")]), ("prediction error", [])])
def test_e_named_in_words_as_the_exponential_is_eulers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, found: list[tuple[int, str]]
) -> None:
    """ "where $e$ is the exponential function" says e is Euler's number: read as before; "the prediction error"
    beside e^{z}: which is it? refused."""
    text = f"The softmax is\n\n$$\n\\frac{{d}}{{dz}} e^{{z}} = e^{{z}}\n$$\n\nwhere $e$ is the {words}.\n"
    links, _ = statuses(tmp_path, capsys, text)
    assert links == found
