"""The entries a sum written out with dots shows, ``p_1 + p_2 + \\dots + p_n`` at a symbolic length: entry 2 is the
second term's, the pattern then stands for all n terms. A blog's chain rule written so, and its loss's derivative,
were refused ("index 2 is outside 1..n"). An entry beyond 1 left outside the pattern stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report

SOFTMAX = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n$$L = -\\sum_k y_k \\log p_k$$\n\n"
CHAIN = (
    "\\frac{\\partial L}{\\partial x_i} = \\frac{\\partial L}{\\partial p_1} \\frac{\\partial p_1}{\\partial x_i} + "
    "\\frac{\\partial L}{\\partial p_2} \\frac{\\partial p_2}{\\partial x_i} + \\dots + "
    "\\frac{\\partial L}{\\partial p_n} \\frac{\\partial p_n}{\\partial x_i}"
)


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\sum_i x_i = x_1 + x_2 + \\dots + x_n", "proven"),
        (CHAIN, "proven"),
        ("\\sum_i x_i^2 = x_1 + x_2 + \\dots + x_n", "refuted"),
        (CHAIN.replace("{\\partial p_n}{\\partial x_i}", "{\\partial p_n}{\\partial x_1}"), "unreadable"),
        ("\\sum_i x_i = x_1 + x_2 + \\dots + x_n + x_2", "unreadable"),  # x_2 outside the pattern
        ("\\sum_i x_i = x_2 y_1 + x_2 y_2 + \\dots + x_2 y_n", "unreadable"),  # x_2 in every term
        ("x_2 = x_1", "unreadable"),  # no written-out sum: entry 2 is not surely there
    ],
)
def test_entries_a_written_out_sum_shows_are_its_terms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert one_verdict(page_report(tmp_path, capsys, SOFTMAX + f"Then\n\n$${display}$$\n")) == status


def test_a_refuted_written_out_sum_has_a_counterexample_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + "$$\\sum_i x_i^2 = x_1 + x_2 + \\dots + x_n$$\n")
    (link,) = report["links"]
    values = link["counterexample"]["values"]
    total = sum(float(eval_fraction(v)) for k, v in values.items() if k.startswith("x_"))
    squares = sum(float(eval_fraction(v)) ** 2 for k, v in values.items() if k.startswith("x_"))
    assert abs(total - squares) > 1e-9


def eval_fraction(text: str) -> float:
    """A rational as the report prints it, 33/50."""
    top, _, bottom = text.partition("/")
    return float(top) / float(bottom or 1)
