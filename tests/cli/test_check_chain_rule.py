"""derive check on the chain rule as derivations write it: derivatives by defined quantities (issue 15).

∂A/∂B for a defined B means A written down to B, differentiated with B held independent; B's definition then
applies where the result is used. Each test has a twin that is false and must be refuted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

SOFTMAX_CE = """---
n: symbolic
vectors: [z, t]
indices: [i, j, k]
define:
  o_j: \\frac{e^{z_j}}{\\sum_{k=1}^{n} e^{z_k}}
  E: -\\sum_{j=1}^{n} t_j \\log o_j
---
"""


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, front: str = SOFTMAX_CE) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(front + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "600"])
    report = json.loads(capsys.readouterr().out)
    assert not report["unchecked"], report["unchecked"]
    return [link["status"] for link in report["links"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("$$\\frac{\\partial E}{\\partial o_j} = -\\frac{t_j}{o_j}$$\n", ["proven"]),
        ("$$\\frac{\\partial E}{\\partial o_j} = -\\frac{t_j}{o_j^2}$$\n", ["refuted"]),
        # the sum stays where the page puts it: a bound j beside a free j is another quantity
        ("$$\\frac{\\partial E}{\\partial o_j} = -\\sum_{j=1}^{n} \\frac{t_j}{o_j}$$\n", ["refuted"]),
        ("$$\\frac{\\partial o_j}{\\partial o_k} = \\delta_{jk}$$\n", ["proven"]),
        ("$$\\frac{\\partial}{\\partial o_k} E = -\\frac{t_k}{o_k}$$\n", ["proven"]),
    ],
)
def test_a_derivative_by_a_defined_quantity_holds_it_independent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, body) == expected


def test_the_chain_rule_through_a_defined_quantity_sums_over_every_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "$$\\frac{\\partial E}{\\partial z_k} = \\sum_{j=1}^{n} \\frac{\\partial E}{\\partial o_j} "
        "\\frac{\\partial o_j}{\\partial z_k} = -\\sum_{j=1}^{n} \\frac{t_j}{o_j} o_j (\\delta_{jk} - o_k)$$\n\n"
        "$$\\frac{\\partial E}{\\partial z_k} = "
        "\\frac{\\partial E}{\\partial o_k} \\frac{\\partial o_k}{\\partial z_k}$$\n"
    )
    assert statuses(tmp_path, capsys, body) == ["proven", "proven", "refuted"]


def test_a_defined_scalar_is_held_independent_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\nn: 2\nscalars: [x, y]\ndefine:\n  p: x^2\n  L: p y + p^2\n---\n"
    body = "$$\\frac{\\partial L}{\\partial p} = y + 2 p$$\n\n$$\\frac{\\partial L}{\\partial p} = y + 2 x$$\n"
    assert statuses(tmp_path, capsys, body, front) == ["proven", "refuted"]


WEIGHTS = """---
define:
  z_j: \\sum_{i=1}^{n} w_{ij} h_i + b_j
  o_j: \\frac{e^{z_j}}{\\sum_{k=1}^{n} e^{z_k}}
  E: -\\sum_{j=1}^{n} t_j \\log o_j
---
"""


def test_a_weight_reaches_the_loss_by_every_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = (
        "$$\\frac{\\partial z_j}{\\partial w_{ij}} = h_i$$\n\n"
        "$$\\frac{\\partial E}{\\partial w_{ij}} = \\sum_{k=1}^{n} \\frac{\\partial E}{\\partial z_k} "
        "\\frac{\\partial z_k}{\\partial w_{ij}} = (o_j \\sum_{k=1}^{n} t_k - t_j) h_i$$\n\n"
        # seed 000's question: one path only
        "$$\\frac{\\partial E}{\\partial w_{ij}} = \\frac{\\partial E}{\\partial o_j} "
        "\\frac{\\partial o_j}{\\partial z_j} \\frac{\\partial z_j}{\\partial w_{ij}}$$\n"
    )
    assert statuses(tmp_path, capsys, body, WEIGHTS) == ["proven", "proven", "proven", "refuted"]


@pytest.mark.parametrize("entry", ["w_{j \\to k}", "w_{j,k}", "w_{jk}", "w_{j \\rightarrow k}"])
def test_a_weight_is_written_with_two_indices_in_any_of_the_usual_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str
) -> None:
    front = "---\nn: 2\narrays: [w]\n---\n"
    body = f"$$\\sum_{{k=1}}^{{2}} {entry} = w_{{j1}} + w_{{j2}}$$\n\n$$\\sum_{{k=1}}^{{2}} {entry} = w_{{j1}}$$\n"
    assert statuses(tmp_path, capsys, body, front) == ["proven", "refuted"]


def test_two_digits_under_an_array_are_its_two_indices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\nn: 2\narrays: [w]\n---\n"
    body = "$$w_{12} = w_{1,2}$$\n\n$$w_{12} = w_{2,1}$$\n"
    assert statuses(tmp_path, capsys, body, front) == ["proven", "refuted"]
