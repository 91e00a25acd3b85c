"""``\\Vert w \\Vert`` is the norm ``\\|w\\|`` (``derive.read.double_bars``): its square's gradient proven, a wrong one
refuted, as with ``\\|w\\|``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FRONT = "---\nvectors: [w]\n---\n"
HALF = "\\frac{\\partial}{\\partial w_k} \\frac{\\lambda}{2} \\left\\Vert w \\right\\Vert^2"


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial \\Vert w \\Vert_2^2}{\\partial w_l} = 2 w_l", "proven"),
        (
            "\\frac{\\partial}{\\partial w_k} \\frac{\\lambda}{2} \\left\\Vert w \\right\\Vert^2 = \\lambda w_k",
            "proven",
        ),
        (HALF + " = w_k", "refuted"),
    ],
)
def test_a_double_bar_norm(tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str) -> None:
    assert statuses(tmp_path, capsys, FRONT + f"$${claim}$$\n") == ([(4, status)], [])
