"""Values a page says it put in ("where I have substituted $x = 1$ and $y = 0$", Nielsen ch. 3; ``assume: [x = 1]``)
hold for the display's chains: the claims are proven at those values, and printed with them. A value the claims
do not hold at, a sentence that denies it, or a derivative by the fixed scalar is never proven."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

NIELSEN = """---
---
The cost is

$$
C = \\frac{{(y-a)^2}}{{2}},
$$

Recall that $a = \\sigma(z)$, where $z = wx+b$. Using the chain rule we get

$$
\\frac{{\\partial C}}{{\\partial w}} = (a-y)\\sigma'(z) x = {right}
$$

{trail}
"""


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, fmt: str = "json") -> str:
    path = tmp_path / "d.md"
    path.write_text(page, encoding="utf-8")
    main(["check", str(path), "--format", fmt, "--timeout", "60"])
    return capsys.readouterr().out


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> list[str]:
    return [link["status"] for link in json.loads(report(tmp_path, capsys, page))["links"]]


@pytest.mark.parametrize(
    ("right", "trail", "expected"),
    [
        ("a \\sigma'(z)", "where I have substituted $x = 1$ and $y = 0$.", ["proven", "proven"]),
        ("a \\sigma'(z)", "Here we set $x = 1$, $y = 0$.", ["proven", "proven"]),
        ("2 a \\sigma'(z)", "where I have substituted $x = 1$ and $y = 0$.", ["proven", "refuted"]),
        ("a \\sigma'(z)", "where I have substituted $x = 2$ and $y = 0$.", ["proven", "refuted"]),
        ("a \\sigma'(z)", "where I have substituted $x = 1$.", ["proven", "refuted"]),  # y is not 0
        ("a \\sigma'(z)", "", ["proven", "refuted"]),
        ("a \\sigma'(z)", "where I have not substituted $x = 1$ and $y = 0$.", ["proven", "refuted"]),
    ],
)
def test_values_the_line_after_says_were_put_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, trail: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, NIELSEN.format(right=right, trail=trail)) == expected


def test_the_values_are_printed_with_the_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = NIELSEN.format(right="a \\sigma'(z)", trail="where I have substituted $x = 1$ and $y = 0$.")
    assert "assuming x = 1; y = 0" in report(tmp_path, capsys, page, "text")


def test_a_value_that_is_not_a_scalar_at_a_number_leaves_the_display_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = NIELSEN.format(right="a \\sigma'(z)", trail="where I have substituted $x = y$.")
    out = json.loads(report(tmp_path, capsys, page))
    assert out["links"] == [] and any("cannot read the value" in u["reason"] for u in out["unchecked"])


DERIVATIVE = """---
assume: [x = 1]
---
$$
\\frac{d}{dx} x^2 = 2 x = 2
$$

$$
\\frac{d}{dx} x^3 = 3
$$

$$
\\frac{d}{dx} x^3 = 1
$$
"""


def test_a_derivative_by_the_fixed_scalar_is_not_taken_of_the_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """d/dx x³ at x = 1 is 3, not d/dx 1 = 0: a claim that differentiates by x takes the derivative first and then
    x's value (so d/dx x³ = 3 is proven and d/dx x³ = 1 refuted)."""
    assert statuses(tmp_path, capsys, DERIVATIVE) == ["proven", "proven", "proven", "refuted"]


def test_a_value_in_the_front_matter_that_contradicts_a_domain_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.md"
    path.write_text(DERIVATIVE.replace("assume: [x = 1]", "assume: [x = 1, x > 2]"), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "'x = 1' and 'x > 2' contradict each other" in capsys.readouterr().err


def test_a_value_at_infinity_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x = ∞ is no value a scalar takes: the file is refused, never checked with x drawn from {∞}."""
    path = tmp_path / "d.md"
    path.write_text(DERIVATIVE.replace("assume: [x = 1]", "assume: ['x = \\infty']"), encoding="utf-8")
    assert main(["check", str(path)]) == 2
