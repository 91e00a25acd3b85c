"""\\sin and \\cos, as Parr & Howard write sin(3x) (``derive.read.known_functions``): read as SymPy's sin and cos,
a false derivative refuted, and what reads two ways refused as \\log's is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{d}{dx}\\sin(3x) = 3\\cos(3x)", "proven"),
        ("\\frac{d}{dx}\\sin(3x) = \\cos(3x)", "refuted"),
        ("\\frac{d}{dx}\\cos x = -\\sin x", "proven"),
        ("\\frac{d}{dx}\\cos x = \\sin x", "refuted"),
        ("\\sin^2 x + \\cos^2 x = 1", "proven"),
        ("\\sin(2x) = 2\\sin(x)", "refuted"),
    ],
)
def test_sin_and_cos_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str) -> None:
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert links == [(3, status)], (links, unchecked)


@pytest.mark.parametrize("display", ["\\cos(x)^2 = 1", "\\sin x y = 1"])
def test_sin_and_cos_that_read_two_ways_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert links == [], links
    assert any("can be read two ways" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\sin x \\cos x = \\frac{1}{2}\\sin(2x)", "proven"),
        ("\\sin x \\cos x = \\sin(2x)", "refuted"),
        ("\\cosh x \\frac{d}{dx} \\sinh x = \\cosh^2 x", "proven"),
        ("\\cosh x \\frac{d}{dx} \\sinh x = \\sinh^2 x", "refuted"),
        ("\\exp x \\frac{\\partial}{\\partial x} \\exp x = \\exp(2x)", "proven"),
        (
            "\\frac{\\partial}{\\partial x}\\frac{\\partial}{\\partial y} (x^2 y^2) = 4xy",
            "proven",
        ),  # an operator on one
    ],
)
def test_a_function_or_a_derivative_after_a_bare_argument_ends_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """C-05's quotient rule: \\cosh x \\frac{d}{dx} \\sinh x, and sin x cos x, are read as every reader takes them, the
    argument ended by the function or the derivative after it (they had been refused as \\sin x y)."""
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert links == [(3, status)], (links, unchecked)


@pytest.mark.parametrize(
    "display",
    [
        "\\log x \\frac{d}{2} = 1",
        "\\sin x \\frac{1}{2} = 1",
        "\\cos x \\, y = 1",
        "\\exp \\sin x \\cos x = e^{\\sin x} \\cos x",  # exp(sin x) cos x, or exp(sin x cos x)? (had been proven)
        "\\log \\sin x \\cos x = \\log(\\sin x) + \\log(\\cos x)",  # (had been refuted)
        "\\frac{d}{dx} \\sin x \\frac{d}{dx} \\cos x = -2\\sin x \\cos x",  # one derivative, or two? (had been proven)
        "\\frac{d}{dx} x \\frac{d}{dx} x^2 = 4x",
    ],
)
def test_a_fraction_or_a_letter_after_a_bare_argument_still_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """A fraction or a letter after a bare argument; a function inside another's bare argument (the outer one's
    argument still reads two ways); a second derivative operator after a factor (d/dx of the product, or two)."""
    links, unchecked = statuses(tmp_path, capsys, f"---\n---\n$${display}$$\n")
    assert links == [], links
    assert any("can be read two ways" in reason for reason in unchecked), unchecked


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\sin 2x = 2 \\sin x \\cos x", "proven"),
        ("\\sin 2x = 2 \\sin x", "refuted"),
        ("\\tanh 2x = \\frac{2\\tanh x}{1 + \\tanh^2 x}", "proven"),
        ("\\cos 2\\theta = \\cos^2 \\theta - \\sin^2 \\theta", "proven"),
        ("\\exp 2x = \\exp x \\exp x", "proven"),
    ],
)
def test_a_number_written_before_a_letter_is_one_term_of_the_argument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """\\sin 2x is sin(2x), as every table of identities writes it (a probe found it refused as \\sin x y)."""
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == ([(1, status)], [])


@pytest.mark.parametrize(
    "display",
    [
        "\\sin 2x y = 2 \\sin x \\cos x y",
        "\\sin 2 x y = 1",
        "\\sin 2 \\quad x = \\sin(2x)",  # set apart by a wide space: two formulas (a probe)
        "\\sin \\tfrac12 x = \\sin(x/2)",  # a fraction, as \\frac{1}{2} x, reads two ways (a probe)
        "\\sin 2x/2 = \\sin x",  # sin(2x)/2, or sin(2x/2) as half-angle formulas write it (a fourth probe)
        "\\sin x/2 = \\frac{\\sin x}{2}",  # sin(x)/2 proven, or sin(x/2) as half-angle formulas mean it
        "\\log p_i / 2 = \\frac{\\log p_i}{2}",
        "\\sin 2 \\cdot x = x \\sin 2",  # sin(2)·x proven, or sin(2x)
        "\\exp 2 * x = x e^2",
        "\\cos 3 \\times y = y \\cos 3",
    ],
)
def test_a_factor_after_the_term_still_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"$${display}$$\n")
    assert found == [] and len(unchecked) == 1 and "can be read two ways" in unchecked[0]
