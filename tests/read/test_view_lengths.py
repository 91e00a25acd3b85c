"""Settings of a page that infer their vectors' length apart (a sum to d in one, to m in the next): a symbolic
length is a variable over every size, so both are read with one name, the page's, and each setting's links are
checked, not refused as a name defined twice. Each reading is shown true and false, so the test fails if lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
## Part 1

$$L = \\sum_{j=1}^{d} w_j x_j$$

$$\\frac{\\partial L}{\\partial w_k} = FIRST$$

## Part 2

$$L = \\sum_{j=1}^{m} w_j^2$$

$$\\frac{\\partial L}{\\partial w_k} = SECOND$$
"""


@pytest.mark.parametrize(
    ("first", "second", "verdicts"),
    [
        ("x_k", "2 w_k", ["proven", "proven"]),
        ("w_k", "2 w_k", ["refuted", "proven"]),
        ("x_k", "x_k", ["proven", "refuted"]),
    ],
)
def test_two_settings_of_two_lengths_are_each_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, verdicts: list[str]
) -> None:
    path = tmp_path / "d.md"
    path.write_text(PAGE.replace("FIRST", first).replace("SECOND", second), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    assert [(link["line"], link["status"]) for link in report["links"]] == list(zip([7, 13], verdicts, strict=True))
    assert not [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]
