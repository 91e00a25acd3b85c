"""∂x̂_i/∂x_i below the page's chain rule ∂f/∂x_i = ∂f/∂x̂_i ∂x̂_i/∂x_i + ∂f/∂μ ∂μ/∂x_i + ∂f/∂σ² ∂σ²/∂x_i (R-06,
batch norm): its direct part, μ and σ² held fixed (``derive.read.direct_parts``). It had been refused as two
readings; where the chain rule leaves a term out, or stands below, it still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FRONT = "---\nassume:\n  - \\epsilon > 0\n---\n"  # lines 1-4
FORWARD = (
    "$$\\mu = \\frac{1}{m}\\sum_{i=1}^m x_i$$\n\n"  # line 5
    "$$\\sigma^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i-\\mu)^2$$\n\n"  # line 7
    "$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n\n"  # line 9
    "$$\\frac{\\partial \\sigma^2}{\\partial \\mu} = \\frac{1}{m} \\sum_{i=1}^m 2 (x_i - \\mu) (-1)$$\n\n"  # line 11
    "$$\\frac{\\partial \\hat{x}_i}{\\partial \\mu} = \\frac{-1}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n\n"  # line 13
)
TERMS = {
    "direct": "\\frac{\\partial f}{\\partial \\hat{x}_i} \\cdot \\frac{\\partial \\hat{x}_i}{\\partial x_i}",
    "mean": "\\frac{\\partial f}{\\partial \\mu} \\cdot \\frac{\\partial \\mu}{\\partial x_i}",
    "variance": "\\frac{\\partial f}{\\partial \\sigma^2} \\cdot \\frac{\\partial \\sigma^2}{\\partial x_i}",
}
CLAIMS = (
    "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = \\frac{1}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n\n"  # line 17
    # through μ and σ² as well: true so read, false with them held fixed
    "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = \\frac{1 - \\frac{1}{m}}{\\sqrt{\\sigma^2 + \\epsilon}} - "
    "\\frac{(x_i - \\mu)^2}{m (\\sigma^2 + \\epsilon)^{3/2}}$$\n\n"  # line 19
    "$$\\frac{\\partial \\sigma^2}{\\partial x_i} = \\frac{2(x_i - \\mu)}{m}$$\n"  # line 21
)


def _chain_rule(*terms: str) -> str:
    return "$$\\frac{\\partial f}{\\partial x_i} = " + " + ".join(TERMS[t] for t in terms) + "$$\n\n"


def test_below_the_chain_rule_the_derivative_is_its_direct_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1/√(σ² + ε) proven; the derivative through μ and σ² as well, which reading it so would prove, refuted (at
    ε > 0, x the example's values, μ and σ² theirs); ∂σ²/∂x_i = 2(x_i − μ)/m, μ held, proven."""
    text = FRONT + FORWARD + _chain_rule("direct", "mean", "variance") + CLAIMS
    found, unchecked = statuses(tmp_path, capsys, text)
    assert [f for f in found if f[0] > 15] == [(17, "proven"), (19, "refuted"), (21, "proven")]
    assert not [u for u in unchecked if "∂/∂x_i of \\hat{x}_i can be read two ways" in u]


@pytest.mark.parametrize(
    ("terms", "below"),
    [(("direct", "mean"), False), (("direct", "variance"), False), (("direct", "mean", "variance"), True)],
)
def test_a_chain_rule_that_leaves_a_term_out_or_stands_below_decides_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], terms: tuple[str, ...], below: bool
) -> None:
    """Without σ²'s term (or μ's), or under the claims, ∂x̂_i/∂x_i still reads two ways, and is refused."""
    text = FRONT + FORWARD + (CLAIMS + "\n" + _chain_rule(*terms) if below else _chain_rule(*terms) + CLAIMS)
    found, unchecked = statuses(tmp_path, capsys, text)
    assert not [f for f in found if f[0] in (17, 19)]
    refused = [u for u in unchecked if "∂/∂x_i of \\hat{x}_i can be read two ways: by x_i alone" in u]
    assert len(refused) == 2
