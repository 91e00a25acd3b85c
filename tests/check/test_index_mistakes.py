"""The index mistakes derive names in any derivation (seed 001's three slips): a dropped sum, a sum in the wrong
place, an index typo. Each is named only when the link is proven right once the mistake is undone; a link that
is wrong some other way gets no name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = """---
define:
  \\hat{y}_o: \\frac{e^{z_o}}{\\sum_k e^{z_k}}
  L: '- \\sum_{o} y_{o} \\ln{\\hat{y}_{o}}'
---
"""


def mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> list[str | None]:
    path = tmp_path / "d.md"
    path.write_text(FRONT + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "600"])
    links = json.loads(capsys.readouterr().out)["links"]
    assert all(link["status"] == "refuted" for link in links)
    return [link.get("mistake", {}).get("name") for link in links]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "$$\\frac{\\partial L}{\\partial z_i} = \\frac{\\partial L}{\\partial \\hat{y}_o} "
            "\\frac{\\partial \\hat{y}_o}{\\partial z_i}$$\n",
            "a dropped sum over outputs",
        ),
        (
            "$$\\frac{\\partial L}{\\partial \\hat{y}_o} = - \\sum_o \\frac{1}{\\hat{y}_o} y_o$$\n",
            "a sum in the wrong place",
        ),
        (
            "$$\\frac{\\partial \\hat{y}_i}{\\partial z_i} = \\frac{\\partial}{\\partial z_i} "
            "\\left( \\frac{e^{z_o}}{\\sum_k e^{z_k}} \\right) \\quad (i \\neq o)$$\n",
            "an index typo",
        ),
        # wrong some other way: no name
        ("$$\\frac{\\partial L}{\\partial \\hat{y}_o} = - \\frac{2 y_o}{\\hat{y}_o}$$\n", None),
        ("$$\\frac{\\partial L}{\\partial \\hat{y}_o} = - \\sum_o \\frac{2}{\\hat{y}_o} y_o$$\n", None),
    ],
)
def test_an_index_mistake_is_named_when_undoing_it_proves_the_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: str | None
) -> None:
    assert mistakes(tmp_path, capsys, body) == [expected]
