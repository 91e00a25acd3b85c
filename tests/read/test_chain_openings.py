"""A chain whose first side cannot be read (∂Q/∂z_i with Q undefined) still opens at its last side: a display below
that starts with '=' goes on from that side and is checked, true and false, while the unread display stays
listed as unreadable. Before, every display below it was refused as continuing what could not be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FIRST = "$$\\frac{\\partial Q}{\\partial z_i} = 1 - \\frac{e^{z_i}}{\\sum_{k=1}^n e^{z_k}}$$\n"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    path = tmp_path / "d.md"
    path.write_text(f"---\n---\n{text}", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("index", "status"), [("i", "proven"), ("k", "refuted")])
def test_a_display_below_goes_on_from_the_last_side_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: str, status: str
) -> None:
    below = f"\n$$= 1 - \\frac{{e^{{z_{index}}}}}{{\\sum_{{j=1}}^n e^{{z_j}}}}$$\n"
    report = check(tmp_path, capsys, FIRST + below)
    assert [(link["line"], link["status"], link["lhs"]) for link in report["links"]] == [
        (5, status, "1 - \\frac{e^{z_i}}{\\sum_{k=1}^n e^{z_k}}")
    ]
    unread = [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert [u["line"] for u in unread] == [3], unread


def test_the_unread_display_alone_checks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check(tmp_path, capsys, FIRST + "\nSo the gradient is done.\n")
    assert report["links"] == []
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")] == [3]
