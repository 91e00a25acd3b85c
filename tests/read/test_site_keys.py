"""A site's own front matter (MkDocs' ``title:``, Jekyll's ``layout:``, ``tags:``) is the page's, not derive's: one
file named on its own is checked past it, as docs/exports.md says; it stopped with "unknown key 'title'" (exit 2).
A key that looks like a typo of derive's is still named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize("front", ["title: x", "layout: post\ntags: [ml]", "title: x\nn: 2"])
def test_a_sites_keys_are_read_past(tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str) -> None:
    report = _report(tmp_path, capsys, f"---\n{front}\n---\n$$\n2 + 2 = 5\n$$\n")
    assert report["exit"] == 1 and [status for status, *_ in _links(report)] == ["refuted"]


def test_a_typo_of_a_derive_key_is_still_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from derive.cli import main

    path = tmp_path / "page.md"
    path.write_text("---\nvector: [z]\n---\n$$a = a$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "unknown key 'vector'" in capsys.readouterr().err
