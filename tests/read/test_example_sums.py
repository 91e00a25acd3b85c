"""Nielsen's sum over the training examples, ``\\sum_x`` with x the input: read per example (N_x examples alike),
exact for a claim whose sides are sums over the examples plus terms that do not change with the example. A link
not of that form, or a name both inside and outside the sum, is refused; Σ_x of a constant (their count) too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
define:
  z: \\sum_j w_j x_j + b
---
$$
C = -\\frac{{1}}{{n}} \\sum_x \\left[y \\ln a + (1-y ) \\ln (1-a) \\right],
$$

where the sum is over all training inputs, $x$, and $a = \\sigma(z)$ with $\\sigma(z) = 1/(1+e^{{-z}})$.

$$
\\frac{{\\partial C}}{{\\partial w_j}} = {right}
$$
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(right=right), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    out: dict[str, object] = json.loads(capsys.readouterr().out)
    return out


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        ("\\frac{1}{n} \\sum_x x_j(\\sigma(z)-y)", "proven"),
        ("\\frac{1}{n} \\sum_x x_j(y-\\sigma(z))", "refuted"),
        ("\\sum_x x_j(\\sigma(z)-y)", "refuted"),  # the 1/n dropped
        ("\\frac{1}{n} \\sum_x x_j \\sigma(z) - \\frac{1}{n} \\sum_x x_j y", "proven"),
    ],
)
def test_a_claim_through_a_sum_over_the_examples_is_checked_per_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    out = report(tmp_path, capsys, right)
    assert [link["status"] for link in out["links"]] == [expected]  # type: ignore[union-attr]
    assert any("a sum over the training examples x" in reading for reading in out["readings"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("right", "why"),
    [
        ("\\frac{1}{n} y \\sum_x x_j \\sigma(z) - \\frac{1}{n} \\sum_x x_j y", "y stands inside the sum"),
        ("\\frac{1}{n} \\log \\sum_x e^{x_j (\\sigma(z)-y)}", "not a sum over the examples x plus terms"),
        ("\\frac{1}{n} \\sum_x 1", "counts them"),
    ],
)
def test_what_is_not_read_exactly_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, why: str
) -> None:
    out = report(tmp_path, capsys, right)
    assert out["links"] == []
    assert any(why in u["reason"] for u in out["unchecked"])  # type: ignore[union-attr]


def test_a_derivative_by_each_examples_quantity_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂C/∂a with a = σ(z) each example's: the derivative by one example's a is its term alone, not a sum."""
    right = "\\sum_x \\left(\\frac{y}{a} - \\frac{1-y}{1-a}\\right)"
    page = (
        PAGE.format(right="x").split("$$\n\\frac")[0]
        + f"$$\n\\frac{{\\partial C}}{{\\partial a}} = -\\frac{{1}}{{n}} {right}\n$$\n"
    )
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    out = json.loads(capsys.readouterr().out)
    assert out["links"] == [] and any("is each example's" in u["reason"] for u in out["unchecked"])


def test_a_dropped_sum_over_the_examples_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """∂C/∂w_j = x_j(σ(z) − y), the sum over the examples dropped: refused as that, not read as one example's."""
    out = report(tmp_path, capsys, "\\frac{1}{n} x_j(\\sigma(z)-y)")
    assert out["links"] == []
    assert any("was the sum dropped?" in u["reason"] for u in out["unchecked"])  # type: ignore[union-attr]
