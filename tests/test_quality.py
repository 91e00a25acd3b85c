"""The code stays lint- and type-clean: ruff and mypy run as part of the tests (both are test extras)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "derive", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = run("ruff", "format", "--check", "derive", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_documented_python_examples_are_formatted() -> None:
    pages = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")))
    blocks = [
        textwrap.dedent(block)
        for page in pages
        for block in re.findall(r"^ *```python\n(.*?)^ *```$", page.read_text("utf-8"), re.DOTALL | re.MULTILINE)
    ]
    assert len(blocks) >= 3  # the README's two, and the Sphinx configuration in docs/exports.md
    for block in blocks:
        result = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--diff", "-"], input=block, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_longer_than_400_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "derive").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long
