"""Spellings TeX shows as one (``derive.read.tex_spellings``): a function command alone in braces, ``{\\cosh}^{2}
x`` (a homework's quotient rule for tanh), and ``\\text{max}(0, x)`` for ``\\max(0, x)``. A wrong step stays refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{d}{dx}{\\tanh x} = \\frac{1}{{\\cosh}^{2} x}", "proven"),
        ("\\frac{d}{dx}{\\tanh x} = \\frac{1}{{\\cosh} x}", "refuted"),
        ("{\\sinh}^2 x - {\\cosh}^2 x = -1", "proven"),
        ("{\\log} e^{x} = x", "proven"),
        ("\\frac{1}{2}{\\cos}^2 x + \\frac{1}{2}{\\sin}^2 x = \\frac{1}{2}", "proven"),
        ("2 \\cdot {\\sin}^2 x = 2 - 2\\cos^2 x", "proven"),
        ("2 \\cdot {\\sin}^2 x = 2 + 2\\cos^2 x", "refuted"),
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


def test_the_report_shows_the_braces_the_page_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The echo of a side starts at the brace the page writes, not after it (``\\cos}^{2} x`` had been shown)."""
    path = tmp_path / "d.md"
    path.write_text("$$1 - {\\sin}^{2} x = {\\cos}^{2} x$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert (link["lhs"], link["rhs"], link["status"]) == ("1 - {\\sin}^{2} x", "{\\cos}^{2} x", "proven")


@pytest.mark.parametrize(("slope", "status"), [("a(1-a)", "proven"), ("a(1+a)", "refuted")])
def test_three_periods_typed_for_an_ellipsis_are_dots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slope: str, status: str
) -> None:
    """``a=\\sigma(w_1x_1+...+w_nx_n+b)`` (a survey's neuron): TeX sets three dots; the definition had stopped at the
    first period and every display that used a was refused."""
    page = "$$\\sigma(z)=\\frac{1}{1+e^{-z}}$$\n\n$$a=\\sigma(w_1x_1+...+w_nx_n+b)$$\n\n"
    found, _ = statuses(tmp_path, capsys, page + f"$$\\frac{{\\partial a}}{{\\partial b}}={slope}$$\n")
    assert found == [(5, status)]


@pytest.mark.parametrize("dots", ["...", "\\dots"])
def test_a_sum_written_with_dots_beside_a_whole_vector_is_refused_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dots: str
) -> None:
    """``z = w_1x_1+\\dots+w_nx_n+b`` with b a vector (its entries b_j below): an internal error (exit 3) had stopped
    a survey's page; the display is unreadable, saying why."""
    page = f"$$z = w_1x_1+{dots}+w_nx_n+b$$\n\n$$y_j = b_j + 1$$\n"
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", "--no-cache"])
    shown = json.loads(capsys.readouterr().out)
    assert code == 1
    assert any("a sum written with \\dots of whole vectors" in u["reason"] for u in shown["unchecked"])
