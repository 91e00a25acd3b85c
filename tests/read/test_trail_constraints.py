"""A sum to one that the line after a display says its chain used ("Note that the last step uses
$\\sum_j t_j = 1$ for a one-hot target.", Roelants) is that chain's constraint; a line that denies it, or says
anything else, assumes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
The loss is $\\xi = -\\sum_{{j=1}}^C t_j \\log(y_j)$ with $y_j = \\frac{{e^{{z_j}}}}{{\\sum_{{d=1}}^C e^{{z_d}}}}$.

$$
\\frac{{\\partial \\xi}}{{\\partial z_i}} = -t_i + y_i \\sum_{{j=1}}^C t_j = {last}
$$

{trail}
"""

DENIED = "Note that the last step uses $\\sum_{j=1}^C t_j = 1$, which does not hold here."
USES = "Note that the last step uses $\\sum_{j=1}^C t_j = 1$ for a one-hot target."


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, trail: str) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(last=last, trail=trail), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--no-cache", "--timeout", "60"])
    return [link["status"] for link in json.loads(capsys.readouterr().out)["links"]]


@pytest.mark.parametrize(
    ("last", "trail", "expected"),
    [
        ("y_i - t_i", USES, ["proven", "proven"]),
        ("y_i + t_i", USES, ["proven", "refuted"]),
        ("y_i - t_i", "Here we used $\\sum_j t_j = 1$.", ["proven", "proven"]),
        ("y_i - t_i", "", ["proven", "refuted"]),  # nothing stated: the shortcut is false for any t
        ("y_i - t_i", DENIED, ["proven", "refuted"]),
        ("y_i - t_i", "The last step would need $\\sum_j t_j = 1$.", ["proven", "refuted"]),
        ("y_i - t_i", "Note that the last step uses $t_1 = 1$.", ["proven", "refuted"]),
    ],
)
def test_a_sum_to_one_the_line_after_says_the_chain_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, trail: str, expected: list[str]
) -> None:
    assert statuses(tmp_path, capsys, last, trail) == expected
