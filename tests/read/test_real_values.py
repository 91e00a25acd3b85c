"""A root of even degree or a logarithm of a negative number has no real value: such a side is undefined there, as
1/0 is, and a point where a side is not real refutes nothing. A probe proved √(−4)·√(−9) = −6, and (√x)² = x,
log x − log x = 0 and d/dx log x = 1/x under "Assume $x < 0$." (SymPy's complex roots); and refuted the true
∛(−8) = −2 with a complex left side."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    ("setup", "claim", "status"),
    [
        ("", "\\sqrt{-4} \\cdot \\sqrt{-9} = -6", "undefined"),
        ("", "\\sqrt{x} \\sqrt{x} = x", "undefined"),
        ("Assume $x < 0$.", "\\sqrt{x}^2 = x", "undefined"),
        ("Assume $x < 0$.", "\\log(x) - \\log(x) = 0", "undefined"),
        ("Assume $x < 0$.", "\\frac{d}{dx} \\log x = \\frac{1}{x}", "undefined"),
        ("Assume $x < 0$.", "x^{1/2} x^{1/2} = x", "undefined"),
        ("Assume $x \\geq 0$.", "\\sqrt{x} \\sqrt{x} = x", "proven"),
        ("Assume $x > 0$.", "\\frac{d}{dx} \\log x = \\frac{1}{x}", "proven"),
        ("", "\\sqrt{x^2} = |x|", "proven"),  # x² ≥ 0: real everywhere
        (
            "Assume $\\epsilon > 0$.",
            "\\frac{d}{d s} \\sqrt{s^2 + \\epsilon} = \\frac{s}{\\sqrt{s^2 + \\epsilon}}",
            "proven",
        ),
        ("", "\\sqrt[3]{-8} = -2", "unproven"),  # SymPy's principal root is complex: no counterexample
        ("", "\\sqrt{x} \\sqrt{x} = x + 1", "refuted"),  # at x ≥ 0 the sides are real and differ
        ("", "\\sqrt{x}\\sqrt{x} = |x|", "undefined"),  # SymPy writes x: x = −9/5 is no counterexample
        ("Let $f(x) = \\sqrt{x}$.", "f(x) f(x) = x", "undefined"),  # a function's body keeps its guard
        (
            "Assume $\\epsilon > 0$.",
            "\\frac{\\partial}{\\partial x_k}\\sqrt{\\sum_i x_i^2 + \\epsilon} = "
            "\\frac{x_k}{\\sqrt{\\sum_i x_i^2 + \\epsilon}}",
            "proven",
        ),  # a sum of squares and ε > 0: real
    ],
)
def test_a_side_with_no_real_value_is_undefined_never_proven(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, claim: str, status: str
) -> None:
    report = _report(tmp_path, capsys, f"{setup}\n\n$${claim}$$\n")
    (link,) = report["links"]
    assert link["status"] == status, link
    if status == "undefined" and "x" in claim:
        assert "x < 0: a root of even degree or a logarithm of it has no real value" in link["method"], link


def test_a_point_with_no_value_beside_a_condition_in_words_decides_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Here $x$ is strictly positive." is a condition derive does not hold: log(x²) = 2 log x, undefined at x ≤ 0,
    is not called undefined at a point the page may rule out, as a counterexample there refutes nothing."""
    report = _report(tmp_path, capsys, "Here $x$ is strictly positive.\n\n$$\\log(x^2) = 2 \\log x$$\n")
    (link,) = report["links"]
    assert link["status"] == "unproven" and "may break $x > 0$, stated at line 1" in link["method"], link
