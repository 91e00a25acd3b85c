"""A defined function's constants: p(x) := 1/√(2πσ²) exp(−(x − μ)²/(2σ²)) varies with x alone, so μ and σ, which
the page neither declares nor defines, are constants of it; ∂/∂x of what is written in them alone is 0 (a Gaussian's
log-density, as math.techqa.club derives it), and the report says how they were read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

GAUSSIAN = "p(x)=\\frac{1}{\\sqrt{2 \\pi \\sigma^2}}exp\\left(-\\frac{(x-\\mu)^2}{2 \\sigma^2}\\right)"
#: The page's line 11: the log of the product split in two; the first term's derivative is 0.
SPLIT = (
    "\\frac{d}{dx}log\\left(p(x)\\right)=\\frac{d}{dx}log\\left(\\frac{1}{\\sqrt{2 \\pi \\sigma^2}}\\right)"
    "+\\frac{d}{dx}log\\left(exp\\left(-\\frac{(x-\\mu)^2}{2 \\sigma^2}\\right)\\right)"
)


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--format", "json", "--timeout", "60"]) in (0, 1)
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("display", "status"),
    [
        (SPLIT, "proven"),
        ("\\frac{d}{dx}log\\left(\\frac{1}{\\sqrt{2 \\pi \\sigma^2}}\\right) = 0", "proven"),
        ("\\frac{d}{dx}log\\left(\\frac{1}{\\sqrt{2 \\pi \\sigma^2}}\\right) = \\frac{1}{\\sigma}", "refuted"),
        ("\\frac{d \\mu}{dx} = 1", "refuted"),
    ],
)
def test_what_a_function_holds_beside_its_parameters_is_constant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    report = check(tmp_path, capsys, f"---\nassume: ['\\sigma > 0']\n---\n$${GAUSSIAN}$$\n\n$${display}$$\n")
    assert [link["status"] for link in report["links"]] == [status]
    assert "\\mu, \\sigma read as constants of p(x): its definition varies with x alone" in report["readings"]


def test_a_body_without_its_parameter_says_nothing_of_what_is_constant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """h(x) := σ(z) holds no x: z is what varies with x there, and ∂/∂x of z alone still reads two ways."""
    report = check(tmp_path, capsys, "$$h(x) = 2 z$$\n\n$$\\frac{d}{dx} z^2 = 0$$\n")
    assert report["links"] == []
    assert any("can be read two ways" in u["reason"] for u in report["unchecked"]), report["unchecked"]
    assert not any("constants of" in line for line in report["readings"])
