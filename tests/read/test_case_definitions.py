"""A display that defines a function by cases (the Huber loss, L(a) = \\begin{cases} … \\end{cases}) is read as
its definition: the conditions' ≤ and the cases' & are the cases', not the display's. It had been checked as a
claim about an arbitrary L and refuted with L = sin, and its derivative's true cases with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
---
The loss is

$$
L(a) = \\begin{{cases}} \\frac{{1}}{{2}} a^2 & \\text{{for }} |a| \\le \\delta, \\\\
\\delta \\cdot \\left(|a| - \\frac{{1}}{{2}}\\delta\\right), & \\text{{otherwise.}} \\end{{cases}}
$$

Its derivative:

$$
L'(a) = \\begin{{cases}} {inner} & \\text{{for }} |a| \\le \\delta, \\\\
\\delta \\cdot \\operatorname{{sgn}}(a), & \\text{{otherwise.}} \\end{{cases}}
$$
"""


@pytest.mark.parametrize(("inner", "expected"), [("a", ["proven"]), ("2 a", ["refuted"]), ("\\delta", ["refuted"])])
def test_a_function_defined_by_cases_is_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inner: str, expected: list[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(inner=inner))
    assert [status for _, status in found] == expected
    assert any("a definition of L(a)" in reason for reason in unchecked)


LABELLED = PAGE.replace("L(a) =", "L_\\delta(a) =").replace("L'(a) =", "L_\\delta'(a) =")


@pytest.mark.parametrize(("inner", "expected"), [("a", ["proven"]), ("2 a", ["refuted"])])
def test_a_function_labelled_by_its_parameter_and_its_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inner: str, expected: list[str]
) -> None:
    """L_δ(a) = cases is a function of a with δ its parameter (as CS229's h_θ(x)); L_δ'(a) its derivative by a.
    The letters of \\begin{cases} and \\text{for } in its body are no a to put the argument in place of."""
    found, _ = statuses(tmp_path, capsys, LABELLED.format(inner=inner))
    assert [status for _, status in found] == expected


def test_the_derivative_of_a_labelled_function_at_an_expression_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(
        tmp_path, capsys, LABELLED.format(inner="a").replace("L_\\delta'(a) =", "L_\\delta'(2a) =")
    )
    assert found == [] and any("read only of one letter" in reason for reason in unchecked)
