"""`derive check --format json` on a page written in a test: the report, and its links' verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str, cached: bool = True) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(front + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", *([] if cached else ["--no-cache"]), "--timeout", "120"])
    found: dict = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return found


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str) -> list[str]:
    """Each link's verdict, on a page every display of which is read."""
    found = report(tmp_path, capsys, front, body)
    assert not found["unchecked"], found["unchecked"]
    return [link["status"] for link in found["links"]]
