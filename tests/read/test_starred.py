"""A star after a name makes a name of its own (``derive.read.starred``): ``x^*``, ``\\mathbf{w}^*``, ``\\theta^\\star``
are never powers. Read as any point where the page says nothing of an optimum (the right claim proven, a false one
refuted); refused where it does, since a claim may hold only at the optimum."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.latex_lexer import tokenize
from tests.read.test_reads_pages import statuses

POINT = "---\n---\nTake a reference point $x^*$.\n\n$$f = (x - x^*)^2$$\n\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("\\mathbf{w}^* = b^{*}", ["w^*", "=", "b^*"]),
        ("w_j^* + w^*_{j}", ["w^*", "_", "j", "+", "w^*", "_", "{", "j", "}"]),
        ("\\theta^\\star", ["theta^*"]),
        ("\\hat{J}^*", ["Jhat^*"]),
        ("f^*(y)", ["f", "^", "*", "(", "y", ")"]),  # a conjugate function, perhaps: left as written
    ],
)
def test_a_starred_name_is_one_name(text: str, values: list[str]) -> None:
    assert [t.value for t in tokenize(text)] == values


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial f}{\\partial x} = 2(x - x^*)", "proven"),
        ("\\frac{\\partial f}{\\partial x} = 2(x + x^*)", "refuted"),
        ("\\frac{\\partial f}{\\partial x^*} = 2(x^* - x)", "proven"),
        ("\\frac{\\partial f}{\\partial x^*} = 2(x - x^*)", "refuted"),
    ],
)
def test_a_starred_point_the_page_does_not_constrain_is_any_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, POINT + f"$${claim}$$\n")[0] == [(7, status)]


def test_a_starred_point_beside_an_optimum_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x^* = arg min: ∂f/∂x = 0 holds at x^* only; neither proven nor refuted as an identity in x^*."""
    text = POINT.replace("a reference point $x^*$", "the minimizer $x^* = \\arg\\min_x g(x)$")
    found, unchecked = statuses(tmp_path, capsys, text + "$$2(x - x^*) = 0$$\n")
    assert found == []
    assert sum("a starred name here may be the optimum" in reason for reason in unchecked) == 2
