"""A letter the page writes only with number subscripts and defines so (``L_0 = \\frac{1}{2}(…)^2`` for the loss
before regularization): each numbered name is a name of its own, defined there. Read as the entry 0 of a vector L
it was refused ("index 0 is outside 1..n"), and the front matter derive advised (``scalars: [L_0]``) made the
definition a claim about a constant, refuted (a newcomer sweep)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

PAGE = """$$L_0 = \\frac{{1}}{{2}}\\left(\\sum_{{j}} w_j x_j - y\\right)^2$$

$$J = L_0 + \\frac{{\\lambda}}{{2}}\\sum_{{j}} w_j^2$$

$$\\frac{{\\partial J}}{{\\partial w_k}} = {right}$$
"""


@pytest.mark.parametrize(
    ("right", "verdict"),
    [
        ("\\left(\\sum_{j} w_j x_j - y\\right)x_k + \\lambda w_k", "proven"),
        ("\\left(\\sum_{j} w_j x_j - y\\right)x_k", "refuted"),
    ],
)
def test_a_numbered_name_the_page_defines_is_a_name_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(right=right))
    assert [status for status, *_ in _links(report)] == [verdict]


@pytest.mark.parametrize("number", ["0", "1", "{2}"])
def test_each_number_defines_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str) -> None:
    page = f"$$L_{number} = x^2$$\n\n$$J = L_{number} + y$$\n\n$$\\frac{{\\partial J}}{{\\partial x}} = 2x$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


def test_a_numbered_parameter_differentiated_by_is_not_defined_by_its_solution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\theta_0 = \\bar{y}`` below ∂J/∂θ_0: the point where a derivative vanishes, not θ_0's definition."""
    page = "$$\\frac{\\partial}{\\partial \\theta_0} (\\theta_0 - y)^2 = 2(\\theta_0 - y)$$\n\n$$\\theta_0 = y$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # refused, as before: an entry 0, or a number of its own
    assert all("index 0 is outside" in u["reason"] for u in report["unchecked"])


def test_numbers_written_with_a_leading_zero_are_not_merged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``L_{01}`` beside ``L_0``: read as L_1, it proved L_1 + L_0 = x^2 + x with L_1 never defined (a probe)."""
    page = "$$L_0 = x$$\n\n$$L_{01} = x^2$$\n\n$$L_1 + L_0 = x^2 + x$$\n"
    assert "proven" not in [status for status, *_ in _links(_report(tmp_path, capsys, page))]


@pytest.mark.parametrize(("right", "verdict"), [("(w x - y) x + \\lambda w", "proven"), ("(w x - y) x", "refuted")])
def test_a_numbered_name_beside_the_bare_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """Nielsen's C = C_0 + λ/2 Σ w²: L and L_0 both names (L was read as a vector and the page refused)."""
    page = (
        "$$L_0 = \\frac{1}{2}(w x - y)^2$$\n\n$$L = L_0 + \\frac{\\lambda}{2} w^2$$\n\n"
        f"$$\\frac{{d L}}{{d w}} = {right}$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{T}(q - y)", "proven"), ("q - y", "refuted")])
def test_a_numbered_name_differentiated_is_still_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """∂C_2/∂z (Hinton's distillation notes' C_1, C_2): C_2 is what is differentiated, not a variable; read as an entry
    of an undefined C, both the definition and the link were refused."""
    page = "---\nassume:\n  - T > 0\n---\n$$C_2 = \\frac{1}{2}(q - y)^2$$\n\n$$q = \\frac{z}{T}$$\n\n"
    page += f"$$\\frac{{\\partial C_2}}{{\\partial z}} = {right}$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


@pytest.mark.parametrize(
    "derivative",
    [
        "\\frac{\\partial^2 L}{\\partial x \\, \\partial w_1} = 2 w_1 x + 2(w_0 + w_1 x - y)",  # by w_1, second
        "\\frac{\\partial L}{\\partial\\, w_1} = 2 (w_0 + w_1 x - y) x",
        "\\partial_{w_1} L = 2 (w_0 + w_1 x - y) x",
        "\\frac{d L}{d w_1} = 2 (w_0 + w_1 x - y) x",
        "\\frac{\\mathrm{d} L}{\\mathrm{d} w_1} = 2 (w_0 + w_1 x - y) x",
    ],
)
def test_a_name_differentiated_by_however_written_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str
) -> None:
    """``w_0 = m − w_1 k`` below ∂L/∂w_1 (the intercept at the optimum): a point, not w_0's definition; read as one,
    the correct derivative was refuted and a wrong one proven (a probe)."""
    page = f"$$L = (w_0 + w_1 x - y)^2$$\n\n$${derivative}$$\n\n$$w_0 = m - w_1 k$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] in ([], ["proven"])


@pytest.mark.parametrize("value", ["0.7", "7/10", "\\frac{7}{10}"])
def test_a_numbered_name_given_a_number_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    """``L_2 = 0.7`` at the current weights, then ∂L_2/∂w = 2(w − 1): read as L_2's definition, a constant, the
    derivative was refuted (probes 55 and 57)."""
    page = f"$$L_1 = 0.3$$\n\n$$L_2 = {value}$$\n\n$$\\frac{{\\partial L_2}}{{\\partial w}} = 2(w - 1)$$\n"
    assert "refuted" not in [status for status, *_ in _links(_report(tmp_path, capsys, page))]


@pytest.mark.parametrize(
    "derivative",
    ["{\\partial h_1 u \\over \\partial w}", "u \\partial h_1 / \\partial w", "\\frac{\\partial h_1 u}{\\partial w}"],
)
def test_a_numbered_name_in_a_numerator_is_not_a_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str
) -> None:
    """``{\\partial h_1 u_{11} \\over \\partial w_{11}}`` (a backprop page, h_1 = g(…) each written out): h_1 stands
    in a numerator written with ``\\over``; read as a variable, every h_k definition was refused and the page unread."""
    page = f"$h_1 = w^2$\n\n$h_2 = w^3$\n\n$$E = h_1 u + h_2$$\n\n$${derivative} = 2 w u$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]
