"""A derivative operator the front matter declares (``D_j: \\frac{\\partial}{\\partial a_j}``): ``D_j S_i`` is
∂S_i/∂a_j. Undeclared, D_j S_i stays refused naming both readings (tests/read/test_reads_pages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

from derive.cli import main

BENDERSKY = (
    "---\nlength: N\ndefine:\n  S_i: \\frac{e^{a_i}}{\\sum_{k=1}^{N}e^{a_k}}\n"
    "  D_j: \\frac{\\partial}{\\partial a_j}\n---\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("D_jS_i=S_i(\\delta_{ij}-S_j)", "proven"),
        ("D_jS_i=S_i(\\delta_{ij}+S_j)", "refuted"),
        ("D_{k}S_i=S_i(\\delta_{ik}-S_k)", "proven"),  # any index in place of j
        ("D_jS_i=S_j(\\delta_{ij}-S_i)", "proven"),  # symmetric, as the page's summary is
        ("D_jS_i=\\left\\{\\begin{matrix} S_i(1-S_j) & i=j\\\\ -S_jS_i & i\\neq j \\end{matrix}\\right.", "proven"),
        ("D_jS_i=\\left\\{\\begin{matrix} S_i(1-S_j) & i=j\\\\ S_jS_i & i\\neq j \\end{matrix}\\right.", "refuted"),
    ],
)
def test_a_declared_operator_differentiates_what_follows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, BENDERSKY, f"$${claim}$$\n")
    assert not found["unchecked"], found["unchecked"]
    assert [link["status"] for link in found["links"]] == [status]
    assert found["readings"] == [
        "D_j read as the derivative operator \\frac{\\partial}{\\partial a_j} (line 5), with each index in place of j"
    ]


@pytest.mark.parametrize(
    ("front", "words"),
    [
        (BENDERSKY.replace("a_j}", "x}"), "does not use its index j"),
        (BENDERSKY.replace("length: N\n", "length: N\nvectors: [D]\n"), "D is declared twice"),
    ],
)
def test_an_operator_that_cannot_be_read_stops_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, words: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(front + "$$D_jS_i=S_i(\\delta_{ij}-S_j)$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert words in capsys.readouterr().err
