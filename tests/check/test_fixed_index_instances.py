"""A definition that holds an index free besides its own (Szegedy's q(k|x) = δ_{k,y}, y the example's label) makes
each claim through it one for every y: at concrete n, y takes each value 1..n, so Σ_k δ_{k,y} = 1 there. The
concrete check had left such a claim unproven and so capped the proof for every n."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
---
The model computes $p(k|x) = \\frac{{\\exp(z_k)}}{{\\sum_{{i=1}}^K \\exp(z_i)}}$. For brevity, let us omit the
dependence of p and q on example x. The loss is
$\\ell = -\\sum_{{k=1}}^K \\log(p(k)) q(k)$, where $q(k|x) = {target}$ for the ground-truth label $y$.

$$\\frac{{\\partial \\ell}}{{\\partial z_k}} = {right},$$
"""


@pytest.mark.parametrize(
    ("target", "right", "expected"),
    [
        ("\\delta_{k,y}", "p(k) - q(k)", "proven"),
        ("\\delta_{k,y}", "p(k) + q(k)", "refuted"),
        ("2 \\delta_{k,y}", "p(k) - q(k)", "refuted"),  # Σ q = 2: the shortcut fails
        ("2 \\delta_{k,y}", "2 p(k) - q(k)", "proven"),
    ],
)
def test_a_label_free_in_a_definition_takes_each_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, right: str, expected: str
) -> None:
    found, _ = statuses(tmp_path, capsys, PAGE.format(target=target, right=right))
    assert [status for _, status in found] == [expected]
