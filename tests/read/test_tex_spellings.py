"""Spellings TeX shows as one (``derive.read.tex_spellings``): a function command alone in braces, ``{\\cosh}^{2}
x`` (a homework's quotient rule for tanh), and ``\\text{max}(0, x)`` for ``\\max(0, x)``. A wrong step stays refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{d}{dx}{\\tanh x} = \\frac{1}{{\\cosh}^{2} x}", "proven"),
        ("\\frac{d}{dx}{\\tanh x} = \\frac{1}{{\\cosh} x}", "refuted"),
        ("{\\sinh}^2 x - {\\cosh}^2 x = -1", "proven"),
        ("{\\log} e^{x} = x", "proven"),
        ("{\\sin}^{2} x = 1 - \\cos^2 x", "proven"),
        ("{\\sin}^{2} x = 1 + \\cos^2 x", "refuted"),
    ],
)
def test_a_function_command_alone_in_braces_is_that_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == ([(1, status)], [])


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\text{max}(0, x) + \\mathrm{min}(0, x) = x", "proven"),
        ("\\operatorname{max}(0, x) = x", "refuted"),
        ("\\text{sin}^2 x + \\mathrm{cos}^2 x = 1", "proven"),
    ],
)
def test_an_upright_word_is_the_command_tex_has_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == ([(1, status)], [])


def test_a_lone_command_as_an_argument_stays_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$\\frac{\\log}{\\cosh} x = 1$$\n")
    assert found == [] and len(unchecked) == 1 and unchecked[0].startswith("unreadable"), unchecked
