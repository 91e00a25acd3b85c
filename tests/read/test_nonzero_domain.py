"""``assume: ['x \\neq 0']``, what 2x/x^2 = 2/x needs (Parr & Howard's ln(x^2)), and the hint that names it where
only x = 0 leaves a link undefined."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "status"), [("\\frac{2}{x}", "proven"), ("\\frac{1}{x}", "refuted")])
def test_x_not_zero_is_a_domain(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    text = f"---\nassume: ['x \\neq 0']\n---\n$$\\frac{{2x}}{{x^2}} = {right}$$\n"
    links, unchecked = statuses(tmp_path, capsys, text)
    assert links == [(4, status)], (links, unchecked)


def test_undefined_only_at_zero_names_x_not_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n$$\\frac{2x}{x^2} = \\frac{2}{x}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert link["status"] == "undefined", link
    assert "if the page means x ≠ 0, state it (assume: ['x \\neq 0'])" in link["method"], link["method"]
