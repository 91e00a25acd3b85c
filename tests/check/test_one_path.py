"""A single path in the chain rule (seed 000's slip): ∂E/∂w_ij through o_j alone, where w_ij reaches E through every
o_k. Named only when the link is proven equal to that one path and the left side to the sum over every path; the
correct chain rule is proven, and a link wrong some other way gets no name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = """---
define:
  o_j: \\frac{e^{z_j}}{\\sum_k e^{z_k}}
  E: -\\sum_j t_j \\log o_j
  z_j: \\sum_i w_{ij} h_i + b
---
"""
ONE_PATH = "a single path in the chain rule"
E_W = "\\frac{\\partial E}{\\partial w_{ij}}"


def verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "d.md"
    path.write_text(FRONT + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "600"])
    links = json.loads(capsys.readouterr().out)["links"]
    return [(link["status"], link.get("mistake", {}).get("name")) for link in links]


@pytest.mark.parametrize(
    ("rhs", "expected"),
    [
        (
            "\\frac{\\partial E}{\\partial o_j} \\frac{\\partial o_j}{\\partial z_j} "
            "\\frac{\\partial z_j}{\\partial w_{ij}}",
            ("refuted", ONE_PATH),
        ),
        ("\\frac{-t_j}{o_j} o_j (1 - o_j) h_i", ("refuted", ONE_PATH)),
        # the chain rule over every output, and through z_j (the one z that w_ij reaches): proven
        (
            "\\sum_k \\frac{\\partial E}{\\partial o_k} \\frac{\\partial o_k}{\\partial z_j} "
            "\\frac{\\partial z_j}{\\partial w_{ij}}",
            ("proven", None),
        ),
        ("\\frac{\\partial E}{\\partial z_j} \\frac{\\partial z_j}{\\partial w_{ij}}", ("proven", None)),
        # wrong some other way: no name
        ("2 \\frac{-t_j}{o_j} o_j (1 - o_j) h_i", ("refuted", None)),
        ("\\frac{-t_j}{o_j} o_j (1 - o_j)", ("refuted", None)),
    ],
)
def test_a_single_path_is_named_only_when_it_is_the_one_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, expected: tuple[str, str | None]
) -> None:
    assert verdicts(tmp_path, capsys, f"$${E_W} = {rhs}$$\n") == [expected]
