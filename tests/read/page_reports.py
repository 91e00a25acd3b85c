"""A page checked through the command line, its JSON report read back: what the held-out corpora's tests compare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def page_report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *options: str) -> dict:  # type: ignore[type-arg]
    """``derive check --format json`` of ``text`` as a page (with more ``options``, such as a longer ``--timeout``
    for a link slow to decide on a busy machine), with its exit code under "exit"."""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", *options])
    report = json.loads(capsys.readouterr().out)
    report["exit"] = code
    return report


def page_links(report: dict) -> list[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    """Each link's verdict, case and right side."""
    return [(link["status"], link["case"], link["rhs"]) for link in report["links"]]


def one_verdict(report: dict) -> str:  # type: ignore[type-arg]
    """A one-display page's verdict: its one link's status, or "unreadable" where the display was refused (never
    both: anything else is returned as it stands, to fail the comparison)."""
    statuses = [link["status"] for link in report["links"]]
    unread = [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    if unread and not statuses:
        return "unreadable"
    return statuses[0] if len(statuses) == 1 and not unread else f"{statuses} with {len(unread)} unreadable"
