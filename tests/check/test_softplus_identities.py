"""−log σ(a) = ζ(−a) (Goodfellow 6.2.2.2: −log σ((2y − 1)z) = ζ((1 − 2y)z)) is proven, for a scalar z and for
z = wᵀh + b at every n: the prover writes log(1 + e^{−a}) as log(e^a + 1) − a. Its false twins are refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
define:
  \\sigma(x): \\frac{{1}}{{1+e^{{-x}}}}
  \\zeta(x): \\log(1 + \\exp(x))
{more}---
$$
-\\log \\sigma\\left((2y - 1)z\\right) = {right}
$$
"""
VECTOR = "  z: \\sum_{i=1}^{n} w_i h_i + b\n"


@pytest.mark.parametrize("more", ["", VECTOR], ids=["scalar z", "z = w^T h + b"])
@pytest.mark.parametrize(
    ("right", "expected"),
    [
        ("\\zeta\\left((1 - 2y)z\\right)", "proven"),
        ("\\zeta\\left((2y - 1)z\\right)", "refuted"),
        ("\\zeta\\left((1 - 2y)z\\right) + z", "refuted"),
        ("\\log\\left(1 + e^{(1 - 2y) z}\\right)", "proven"),
    ],
)
def test_minus_log_sigmoid_is_softplus_of_the_negation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, more: str, expected: str
) -> None:
    found, _ = statuses(tmp_path, capsys, PAGE.format(right=right, more=more))
    assert [status for _, status in found] == [expected]
