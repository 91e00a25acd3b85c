"""Macros a Markdown page defines inside its math, as MathJax applies them across the page: in force from their
line on, the defining block typeset as nothing; used above their definition they are unknown; a catcode change is
refused for the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main
from tests.read.test_reads_pages import statuses

MACROS = "$$ \\newcommand{\\sq}[1]{{#1}^2} \\newcommand{\\bR}{\\mathbb{R}} $$\n\n"


@pytest.mark.parametrize(("right", "expected"), [("2x", "proven"), ("3x", "refuted")])
def test_a_macro_defined_in_math_is_applied_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    text = f"---\n---\n\n{MACROS}$$\\frac{{d}}{{dx}} \\sq{{x}} = {right}$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, expected)]


def test_a_macro_used_above_its_definition_is_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"---\n---\n\n$$\\frac{{d}}{{dx}} \\sq{{x}} = 2x$$\n\n{MACROS}"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any(reason.startswith("unreadable") for reason in unchecked)


def test_a_catcode_change_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n\n$$\\catcode`\\@=11$$\n\n$$x = x$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "changes how TeX reads the page" in capsys.readouterr().err
