"""A hypothesis written bare where a derivative differentiates it, ``\\frac{\\partial h_\\theta}{\\partial \\theta_1}``
(a blog's logistic regression), is h_θ(x) where the display applies h to x only (or to one example's x^{(i)}
throughout); applied to anything else, to two arguments, or nowhere, it reads two ways and stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

DEFINITION = "$$h_\\theta(x) = \\frac{1}{1 + e^{-\\theta_0 - \\theta_1 x}}$$\n\n"


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        ("h_\\theta(x) (1 - h_\\theta(x)) x", [(3, "proven")]),
        ("h_\\theta(x) (1 + h_\\theta(x)) x", [(3, "refuted")]),
        ("h_\\theta(z) (1 - h_\\theta(z)) z", []),  # h_θ(z): a point of its own, or h_θ as a function? refused
        ("h_\\theta(z) (1 - h_\\theta(x)) z", []),  # h_θ(z) or h_θ(x)? refused
        ("h_\\theta(0)(1 - h_\\theta(0)) \\cdot 0", []),  # a probe's false proof: ∂h_θ/∂θ_1 = 0 at x = 0
        ("h_\\theta(2x)(1 - h_\\theta(2x)) 2x", []),
        ("\\theta_1", []),  # applied nowhere: which argument?
    ],
)
def test_a_bare_hypothesis_differentiated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: list[tuple[int, str]]
) -> None:
    text = DEFINITION + f"$$\\frac{{\\partial h_{{\\theta}}}}{{\\partial \\theta_1}} = {right}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == expected
    assert bool(expected) or any("without its argument" in reason for reason in unchecked)


NG = """The cost is
$$J(w,b) = \\frac{{1}}{{2m}} \\sum\\limits_{{i = 0}}^{{m-1}} (f_{{w,b}}(x^{{(i)}}) - y^{{(i)}})^2$$
where
$$f_{{w,b}}(x^{{(i)}}) = wx^{{(i)}} + b$$
The gradient is:
$$\\frac{{\\partial J(w,b)}}{{\\partial {by}}} = \\frac{{1}}{{m}} \\sum\\limits_{{i = 0}}^{{m-1}} """
NG += """(f_{{w,b}}(x^{{(i)}}) - y^{{(i)}}){last}$$
"""


@pytest.mark.parametrize(
    ("by", "last", "status"),
    [("w", "x^{(i)}", "proven"), ("b", "", "proven"), ("w", "", "refuted"), ("b", "x^{(i)}", "refuted")],
)
def test_a_hypothesis_with_two_parameters_over_examples_counted_from_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], by: str, last: str, status: str
) -> None:
    """Ng's course: f_{w,b}(x^{(i)}) = w x^{(i)} + b, its parameters listed, defined for each example, and sums over
    the m examples counted from 0 (the definitions had been refused: "'w' is not an index", "^{(i)} can be read
    two ways"; held-out U-27 writes the same)."""
    found, unchecked = statuses(tmp_path, capsys, NG.format(by=by, last=last))
    assert found == [(6, status)]
    assert all(reason.startswith("a definition of") for reason in unchecked)


def test_example_sums_from_0_and_from_1_on_one_page_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """J summed from 1 to m, its gradient from 0 to m − 1: the same examples counted two ways, or one sum off by one
    (probe s54's F8: proven)."""
    page = NG.format(by="b", last="").replace(
        "\\sum\\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2", "\\sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)})^2"
    )
    assert "\\sum_{i=1}^{m}" in page
    found, _ = statuses(tmp_path, capsys, page)
    assert found == []
