"""A function defined beside a claim about its derivative, as Wikipedia writes softplus, ``f(x) = \\ln(1 + e^x),
\\qquad f'(x) = …``: each small example our own, read as the page shows it, and a false twin refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SOFTPLUS = "f(x) = \\ln(1 + e^x), \\qquad f'(x) = \\frac{{e^x}}{{1 + e^x}} = {last}"
LSE = "$$\\operatorname{{LSE}}(x_1, \\dots, x_n) = \\ln(e^{{x_1}} + \\cdots + e^{{x_n}})$$\n"


@pytest.mark.parametrize(
    ("last", "status"), [("\\frac{1}{1 + e^{-x}}", "proven"), ("\\frac{e^x}{(1 + e^x)^2}", "refuted")]
)
def test_a_function_defined_beside_its_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """e^x is x bare, as e^{x}: f(x) is a function of x (not a value labelled by a vector x), f' its derivative."""
    text = "---\n---\n$$" + SOFTPLUS.format(last=last) + "$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(3, "proven"), (3, status)], (links, unchecked)


@pytest.mark.parametrize(
    ("last", "status"), [("\\frac{1}{1 + e^{-x}}", "proven"), ("\\frac{e^x}{(1 + e^x)^2}", "refuted")]
)
def test_beside_a_vector_x_declared_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """LSE(x_1, …, x_n) makes x a vector; f(x) of it is refused, naming scalars: [x], which then reads f'."""
    text = "---\n---\n$$" + SOFTPLUS.format(last=last) + "$$\n\n" + LSE.format()
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [], links
    assert any("declare that letter a number (scalars: [x])" in reason for reason in unchecked), unchecked
    links, unchecked = statuses(tmp_path, capsys, text.replace("---\n---", "---\nscalars: [x]\n---", 1))
    assert links == [(4, "proven"), (4, status)], (links, unchecked)


def test_a_derivative_beside_a_definition_anew_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """f(x) = ln(1 + e^{kx})/k, with k brought in as a parameter, may define f anew: f'(x) beside it may be that f's
    derivative (true) or the first f's (false): refused, naming both, never refuted (it was, against the first)."""
    second = "f(x) = \\frac{\\ln(1 + e^{kx})}{k}, \\qquad f'(x) = \\frac{e^{kx}}{1 + e^{kx}}"
    text = (
        "---\n---\n$$" + SOFTPLUS.format(last="\\frac{1}{1 + e^{-x}}") + "$$\n\nA sharpness parameter $k$ may be "
        "included:\n\n$$" + second + "$$\n\n$$f'(x) = 0$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(3, "proven"), (3, "proven")], (links, unchecked)
    anew = [r for r in unchecked if "the f of line 3, or the f defined anew at line 7" in r]
    assert len(anew) == 2, unchecked  # beside it, and below it


@pytest.mark.parametrize(
    ("last", "status"), [("\\frac{1}{1 + e^{-kx}}", "proven"), ("\\frac{1}{1 + e^{kx}}", "refuted")]
)
def test_beside_a_definition_anew_the_rest_of_the_chain_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """f'(x) = A = B beside f defined anew: f'(x) = A reads two ways (not checked), A = B holds whichever f."""
    second = f"f(x) = \\frac{{\\ln(1 + e^{{kx}})}}{{k}}, \\qquad f'(x) = \\frac{{e^{{kx}}}}{{1 + e^{{kx}}}} = {last}"
    text = (
        "---\n---\n$$" + SOFTPLUS.format(last="\\frac{1}{1 + e^{-x}}") + "$$\n\nA sharpness parameter $k$ may be "
        "included:\n\n$$" + second + "$$\n"
    )
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(3, "proven"), (3, "proven"), (7, status)], (links, unchecked)
    assert any("the f defined anew (its first side not checked)" in r for r in unchecked), unchecked
