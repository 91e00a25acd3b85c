"""A derivative written with a slash, ``\\partial L / \\partial z_k``, as notes write ∂L/∂z_k inline: read as
``\\frac{\\partial L}{\\partial z_k}``; a factor right after it (∂L/∂z_k y_k) reads two ways and is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SOFTMAX = (
    "---\nassume: ['\\sum_i y_i = 1']\n---\n"
    "$$s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$\n\n$$L = -\\sum_i y_i \\log s_i$$\n\n"
)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\partial L / \\partial z_k = s_k - y_k", "proven"),
        ("\\partial L / \\partial z_k = y_k - s_k", "refuted"),
        ("\\partial L/\\partial s_i = -y_i / s_i", "proven"),
        ("\\partial s_i / \\partial z_k = s_i(\\delta_{ik} - s_k)", "proven"),
        ("\\partial s_i / \\partial z_k = s_i(\\delta_{ik} + s_k)", "refuted"),
        (
            "\\frac{\\partial L}{\\partial z_k} = "
            "\\sum_i \\partial L / \\partial s_i \\cdot \\partial s_i / \\partial z_k",
            "proven",
        ),
    ],
)
def test_a_slash_derivative_reads_as_the_fraction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, SOFTMAX + f"$${display}$$\n")
    assert found == [(8, status)] and not [reason for reason in unchecked if reason.startswith("unreadable")]


def test_a_factor_right_after_a_slash_derivative_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, SOFTMAX + "$$\\partial L / \\partial z_k y_k = 0$$\n")
    assert found == [] and any("a factor after ∂A/∂x written with a slash can be read two ways" in r for r in unchecked)
