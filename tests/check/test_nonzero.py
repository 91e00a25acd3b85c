"""A denominator SymPy cannot call nonzero as written, but nonzero over one denominator (E − E²/(E + 1) + … is
1 + 1/E for a positive E), lets an identity of rational functions prove a claim; one that can be 0 does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sympy import Dummy, Symbol

from derive.check.nonzero import denominators_nonzero
from derive.cli import main


def test_a_denominator_nonzero_once_cancelled_is_nonzero() -> None:
    e = Dummy("E", positive=True)
    assert denominators_nonzero(1 / (e - e**2 / (e + 1) + 2 - 1 / (e + 1) - 2 * e / (e + 1) + 1 / e))
    x = Symbol("x", real=True)
    assert not denominators_nonzero(1 / (x - x**2 / (x + 1)))  # x/(x + 1): 0 at x = 0


BATCH = """For a batch of $m$ examples with $\\hat{{y}}_i = \\sigma(z_i)$,
where $\\sigma(z) = \\frac{{1}}{{1 + e^{{-z}}}}$,

$$J = -\\frac{{1}}{{m}} \\sum_{{i=1}}^{{m}} \\left[ y_i \\log \\hat{{y}}_i
+ (1 - y_i) \\log (1 - \\hat{{y}}_i) \\right]$$

$$\\frac{{\\partial J}}{{\\partial z_i}} = {gradient}$$
"""


@pytest.mark.parametrize(
    ("gradient", "status"),
    [("\\frac{1}{m} (\\hat{y}_i - y_i)", "proven"), ("\\frac{1}{m} (y_i - \\hat{y}_i)", "refuted")],
)
def test_the_batch_cross_entropy_gradient_is_proven_for_every_m(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """It was unproven for every m (the cross-check proved it at m = 2..6): the sigmoid's derivative left a
    denominator SymPy could not call nonzero as written."""
    path = tmp_path / "d.md"
    path.write_text(BATCH.format(gradient=gradient), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]
