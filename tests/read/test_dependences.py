"""An equation that says what a name depends on (``derive.read.dependences``): "the pre-activations of the next layer
are functions of those of the current one, i.e., $z_k^{(\\ell+1)} = z_k^{(\\ell+1)}(\\ldots, z_i^{(\\ell)}, \\ldots)$".
It defines nothing: the page's own definition of z_k^{(\\ell+1)} below is read, and the derivative by z_i^{(\\ell)}
checked (it was refused as a second definition that could not be read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = """---
functions: [\\sigma]
---
The pre-activations $z_k^{(\\ell+1)}$ are functions of $z_i^{(\\ell)}$, i.e.,
$z_k^{(\\ell+1)} = z_k^{(\\ell+1)}(\\ldots, z_i^{(\\ell)}, \\ldots)$.

From the definition

$$
z_k^{(\\ell+1)} = \\sum_j w^{(\\ell+1)}_{k,j} a_j^{(\\ell)} + b_k^{(\\ell+1)},
\\qquad
a_j^{(\\ell)} = \\sigma\\!\\left(z_j^{(\\ell)}\\right),
$$

it follows that

$$
\\frac{\\partial z_k^{(\\ell+1)}}{\\partial z_i^{(\\ell)}}
= w^{(\\ell+1)}_{k,i} \\, RIGHT\\!\\left(z_i^{(\\ell)}\\right)
$$
"""


@pytest.mark.parametrize(("right", "status"), [("\\sigma'", "proven"), ("\\sigma", "refuted")])
def test_a_name_said_to_depend_on_another_keeps_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, PAGE.replace("RIGHT", right))
    assert [s for s, *_ in page_links(report)] == [status]
    assert not [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    if status == "refuted":  # σ = sin at z_2 = 3/20: w cos(0.15) against w sin(0.15)
        assert {"sigma(t)", "z^l_2"} <= set(report["links"][0]["counterexample"]["values"])


def test_a_display_of_a_dependence_is_listed_and_a_product_stays_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``z = z(x, y)`` is notation; ``y_i = y_i(1 - y_i)`` is a product (a factor holds an operator): checked."""
    report = page_report(tmp_path, capsys, "$$\ny_i = y_i(1 - y_i)\n$$\n\n$$\nz = z(x, y)\n$$\n")
    assert [s for s, *_ in page_links(report)] == ["refuted"]
    assert [u["reason"][:40] for u in report["unchecked"]] == ["z = z(…) says what z depends on: notatio"]
